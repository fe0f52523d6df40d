package webhooks

import (
	"bytes"
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	companyA  = "65a1f3c9e4b0c12d3e4f0001"
	companyB  = "65a1f3c9e4b0c12d3e4f0b0b"
	adminUser = "65a1f3c9e4b0c12d3e4f0002"
)

func allScopes() []string {
	return []string{ScopeReadWebhooks, ScopeCreateWebhooks, ScopeUpdateWebhooks, ScopeDeleteWebhooks}
}

// testActors maps bearer tokens to the callers the tests use.
func testActors() map[string]Actor {
	admin := Actor{UserID: adminUser, Email: "admin@tradewind.test", CanManageAPI: true,
		Scopes: allScopes(), CompanyID: companyA, GrantType: "authorizationCode"}
	noAPI := admin
	noAPI.UserID, noAPI.CanManageAPI = "65a1f3c9e4b0c12d3e4f0003", false
	other := admin
	other.UserID, other.CompanyID = "65a1f3c9e4b0c12d3e4f0004", companyB
	actors := map[string]Actor{"admin": admin, "noapi": noAPI, "other": other}
	for _, s := range allScopes() {
		only := admin
		only.Scopes = []string{s}
		actors["only:"+s] = only
	}
	return actors
}

// fakeClock is the hub's Now; tests move it to cross the 7-day rule.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type harness struct {
	t     *testing.T
	hub   *Hub
	api   *httptest.Server
	clock *fakeClock
}

// newHarness serves the hub's handler under /public/api/v1 over real HTTP.
// Retries default to a few milliseconds so failure paths finish quickly.
func newHarness(t *testing.T, cfg Config) *harness {
	t.Helper()
	clock := &fakeClock{t: time.Date(2026, 1, 15, 9, 30, 0, 123e6, time.UTC)}
	if cfg.Now == nil {
		cfg.Now = clock.Now
	}
	if cfg.RetrySchedule == nil {
		cfg.RetrySchedule = []time.Duration{time.Millisecond, 2 * time.Millisecond, 4 * time.Millisecond}
	}
	hub, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	actors := testActors()
	actor := func(r *http.Request) (Actor, bool) {
		a, ok := actors[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")]
		return a, ok
	}
	api := httptest.NewServer(http.StripPrefix("/public/api/v1", hub.Handler(actor)))
	t.Cleanup(func() {
		api.Close()
		if err := hub.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return &harness{t: t, hub: hub, api: api, clock: clock}
}

type apiResponse struct {
	Status int
	Header http.Header
	Body   []byte
}

func (h *harness) do(method, path, token string, body any) apiResponse {
	h.t.Helper()
	var reader io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		reader = strings.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			h.t.Fatal(err)
		}
		reader = bytes.NewReader(raw)
	}
	req, err := http.NewRequest(method, h.api.URL+"/public/api/v1"+path, reader)
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	if reader != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Fatal(err)
	}
	return apiResponse{Status: resp.StatusCode, Header: resp.Header, Body: raw}
}

// create registers a webhook as the admin and returns its wire form.
func (h *harness) create(target string, events ...string) webhookWire {
	h.t.Helper()
	resp := h.do(http.MethodPost, "/webhooks", "admin", map[string]any{"targetURL": target, "events": events})
	if resp.Status != http.StatusOK {
		h.t.Fatalf("create %s: %d %s", target, resp.Status, resp.Body)
	}
	return decode[webhookWire](h.t, resp.Body)
}

func (h *harness) registration(id string) Registration {
	h.t.Helper()
	for _, r := range h.hub.Registrations("") {
		if r.ID == id {
			return r
		}
	}
	h.t.Fatalf("registration %s not found", id)
	return Registration{}
}

func (h *harness) publicKeyPEM() []byte {
	h.t.Helper()
	resp := h.do(http.MethodGet, "/webhooks/verification-key", "admin", nil)
	if resp.Status != http.StatusOK {
		h.t.Fatalf("verification key: %d %s", resp.Status, resp.Body)
	}
	return resp.Body
}

func decode[T any](t *testing.T, raw []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
	return v
}

// expectError checks an Ironclad error answer.
func expectError(t *testing.T, resp apiResponse, status int, code, param string) apiError {
	t.Helper()
	if resp.Status != status {
		t.Fatalf("status = %d, want %d (%s)", resp.Status, status, resp.Body)
	}
	e := decode[apiError](t, resp.Body)
	if e.Code != code || e.Param != param || e.Message == "" {
		t.Fatalf("error = %+v, want code %s param %q", e, code, param)
	}
	return e
}

// received is one request as a Tradewind receiver sees it.
type received struct {
	EventID      string
	Verification string
	ContentType  string
	Body         []byte
}

// receiver is a webhook target; respond chooses the status of the n-th
// request (1-based).
type receiver struct {
	srv     *httptest.Server
	mu      sync.Mutex
	got     []received
	respond func(n int, r *http.Request) int
}

func newReceiver(t *testing.T, respond func(n int, r *http.Request) int) *receiver {
	t.Helper()
	rc := &receiver{respond: respond}
	rc.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rc.mu.Lock()
		rc.got = append(rc.got, received{
			EventID:      r.Header.Get("X-Ironclad-Webhook-Event-Id"),
			Verification: r.Header.Get("X-Ironclad-Webhook-Verification"),
			ContentType:  r.Header.Get("Content-Type"),
			Body:         body,
		})
		n := len(rc.got)
		rc.mu.Unlock()
		status := http.StatusOK
		if rc.respond != nil {
			status = rc.respond(n, r)
		}
		w.WriteHeader(status)
	}))
	t.Cleanup(rc.srv.Close)
	return rc
}

// launchedTarget is the common setup: a hub, one receiver and a
// registration of that receiver for workflow_launched.
func launchedTarget(t *testing.T, cfg Config, respond func(int, *http.Request) int) (*harness, *receiver, webhookWire) {
	t.Helper()
	h := newHarness(t, cfg)
	rc := newReceiver(t, respond)
	return h, rc, h.create(rc.url(), EventWorkflowLaunched)
}

func alwaysStatus(status int) func(int, *http.Request) int {
	return func(int, *http.Request) int { return status }
}

func (rc *receiver) url() string { return rc.srv.URL + "/ironclad/events" }

func (rc *receiver) requests() []received {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return slices.Clone(rc.got)
}

// waitFor polls cond; it bounds the wait generously and asserts nothing
// about how long things take.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func (rc *receiver) waitCount(t *testing.T, n int) []received {
	t.Helper()
	waitFor(t, fmt.Sprintf("%d requests at receiver", n), func() bool { return len(rc.requests()) >= n })
	return rc.requests()
}

// waitSettled waits until n deliveries exist and none is still moving.
func waitSettled(t *testing.T, hub *Hub, n int) []Delivery {
	t.Helper()
	var ds []Delivery
	waitFor(t, fmt.Sprintf("%d settled deliveries", n), func() bool {
		ds = hub.Deliveries()
		if len(ds) != n {
			return false
		}
		for _, d := range ds {
			if !d.State.terminal() {
				return false
			}
		}
		return true
	})
	return ds
}

// verifyAsReceiver checks a delivery exactly as Tradewind's receiver must:
// parse the PEM, read the verification JSON, decode the signature per its
// encoding and verify RSA-SHA256 over eventId + raw body + nonce.
func verifyAsReceiver(pemBytes []byte, r received) error {
	block, _ := pem.Decode(pemBytes)
	if block == nil || block.Type != "PUBLIC KEY" {
		return errors.New("no PUBLIC KEY block")
	}
	parsed, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return err
	}
	pub, ok := parsed.(*rsa.PublicKey)
	if !ok {
		return errors.New("not an RSA key")
	}
	var v struct {
		Nonce, SignAlgorithm, Signature, Encoding string
	}
	if err := json.Unmarshal([]byte(r.Verification), &v); err != nil {
		return fmt.Errorf("verification header: %w", err)
	}
	if v.SignAlgorithm != "RSA-SHA256" || v.Encoding != "base64" || v.Nonce == "" {
		return fmt.Errorf("unexpected verification header %s", r.Verification)
	}
	sig, err := base64.StdEncoding.DecodeString(v.Signature)
	if err != nil {
		return err
	}
	digest := sha256.Sum256([]byte(r.EventID + string(r.Body) + v.Nonce))
	return rsa.VerifyPKCS1v15(pub, crypto.SHA256, digest[:], sig)
}

func nonceOf(t *testing.T, r received) string {
	t.Helper()
	return decode[verification](t, []byte(r.Verification)).Nonce
}

// assertShape compares got with a fixture by structure: the same object
// keys at every level and the same JSON value kinds (values may differ).
func assertShape(t *testing.T, fixture string, got []byte) {
	t.Helper()
	raw, err := os.ReadFile("testdata/" + fixture)
	if err != nil {
		t.Fatal(err)
	}
	var want, have any
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("fixture %s: %v", fixture, err)
	}
	if err := json.Unmarshal(got, &have); err != nil {
		t.Fatalf("response is not JSON: %v: %s", err, got)
	}
	if diff := shapeDiff("$", want, have); diff != "" {
		t.Errorf("shape differs from %s: %s\n got: %s", fixture, diff, got)
	}
}

func shapeDiff(path string, want, got any) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s: want object, got %T", path, got)
		}
		if wk, gk := keys(w), keys(g); !slices.Equal(wk, gk) {
			return fmt.Sprintf("%s: keys %v, want %v", path, gk, wk)
		}
		for k := range w {
			if d := shapeDiff(path+"."+k, w[k], g[k]); d != "" {
				return d
			}
		}
	case []any:
		g, ok := got.([]any)
		if !ok {
			return fmt.Sprintf("%s: want array, got %T", path, got)
		}
		for i := range g {
			if len(w) > 0 {
				if d := shapeDiff(fmt.Sprintf("%s[%d]", path, i), w[0], g[i]); d != "" {
					return d
				}
			}
		}
	default:
		if fmt.Sprintf("%T", want) != fmt.Sprintf("%T", got) {
			return fmt.Sprintf("%s: want %T, got %T", path, want, got)
		}
	}
	return ""
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
