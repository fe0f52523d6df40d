package sandbox

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"tradewind/server/sandbox/api"
	"tradewind/server/sandbox/core"
)

// env is a sandbox served over real HTTP for a test.
type env struct {
	t   *testing.T
	sb  *Sandbox
	srv *httptest.Server
}

const testRedirect = "http://127.0.0.1:8080/auth/ironclad/callback"

func newEnv(t *testing.T, cfg Config) *env {
	t.Helper()
	e := &env{t: t}
	e.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { e.sb.ServeHTTP(w, r) }))
	t.Cleanup(e.srv.Close)
	cfg.PublicURL = e.srv.URL
	if cfg.RedirectURIs == nil {
		cfg.RedirectURIs = []string{testRedirect}
	}
	sb, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.sb = sb
	t.Cleanup(func() { _ = sb.Close() })
	return e
}

// response is a decoded HTTP answer.
type response struct {
	status int
	header http.Header
	raw    []byte
	body   any
}

func (r response) obj() map[string]any {
	m, _ := r.body.(map[string]any)
	return m
}

func (e *env) do(method, path string, header map[string]string, body any) response {
	e.t.Helper()
	out, err := e.send(method, path, header, body)
	if err != nil {
		e.t.Fatal(err)
	}
	return out
}

// send is do for a request that may get no answer at all.
func (e *env) send(method, path string, header map[string]string, body any) (response, error) {
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		data, _ := json.Marshal(b)
		rd = bytes.NewReader(data)
		if header == nil {
			header = map[string]string{}
		}
		if _, set := header["Content-Type"]; !set {
			header["Content-Type"] = "application/json"
		}
	}
	req, err := http.NewRequest(method, e.srv.URL+path, rd)
	if err != nil {
		return response{}, err
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		return response{}, err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := response{status: resp.StatusCode, header: resp.Header, raw: raw}
	_ = json.Unmarshal(raw, &out.body)
	return out, nil
}

// token gets a client-credentials access token.
func (e *env) token() string {
	e.t.Helper()
	r := e.do("POST", "/oauth/token", nil, map[string]string{
		"grant_type": "client_credentials", "client_id": core.DefaultClientID, "client_secret": core.DefaultClientSecret})
	if r.status != 200 {
		e.t.Fatalf("token: %d %s", r.status, r.raw)
	}
	return r.obj()["access_token"].(string)
}

// api calls the public API with a client-credentials token acting as.
func (e *env) api(method, path, tok, as string, body any) response {
	e.t.Helper()
	h := map[string]string{"Authorization": "Bearer " + tok}
	if as != "" {
		h["x-as-user-email"] = as
	}
	return e.do(method, api.Prefix+path, h, body)
}

func (e *env) control(method, path string, body any) response {
	e.t.Helper()
	return e.do(method, "/_control"+path, nil, body)
}

func (e *env) mustStatus(r response, want int) response {
	e.t.Helper()
	if r.status != want {
		e.t.Fatalf("status %d, want %d: %s", r.status, want, r.raw)
	}
	return r
}

// vendorAttributes are valid launch attributes for the Vendor Agreement.
func vendorAttributes() map[string]any {
	return map[string]any{
		"counterpartyName":                     "Acme LLC",
		"role4b8c1e2f3a5d4c7e8f9a0b1c2d3e4f5a": "signer@acme.test",
		"role5c9d2f3a4b6e4d8f9a0b1c2d3e4f5a6b": "Pat Signer",
		"paperSource":                          "Our paper",
		"vendorCategory":                       "Software",
		"annualContractValue":                  map[string]any{"currency": "USD", "amount": 25000},
		"effectiveDate":                        "2026-09-01",
		"vendorAccessesData":                   false,
	}
}

func query(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return "?" + v.Encode()
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
