// Package ironcladtest drives Tradewind's Ironclad integration in tests: a
// demo server with the sandbox, Connect through the consent page as a
// person's browser would, and the sandbox's control and public APIs.
package ironcladtest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"tradewind/ent/schema/pulid"
	"tradewind/server"
	"tradewind/server/sandbox/browser"
	"tradewind/server/servertest"
)

// Env is a demo server (sandbox mounted in-process) with its admin signed in.
type Env struct {
	T     *testing.T
	Srv   *servertest.Server
	Admin *servertest.Client
}

// Start starts a demo server with jobs running and signs its admin in.
func Start(t *testing.T, dialect string) *Env {
	s := servertest.Start(t, dialect, servertest.Options{Demo: true, Jobs: true})
	return &Env{T: t, Srv: s, Admin: s.Login(t, server.DemoAdminEmail)}
}

const ConnectionFields = `id name status environment baseURL integrationUserEmail integrationUserName companyName scopes
	webhookID webhookStatus lastError lastErrorCode missingScopes lastVerifiedAt`

type ConnectionView struct {
	ID                   string
	Name                 string
	Status               string
	IntegrationUserEmail string
	Scopes               []string
	WebhookID            string
	WebhookStatus        string
	LastError            string
	LastErrorCode        *string
	MissingScopes        []string
	LastVerifiedAt       *string
}

func (e *Env) CreateSandboxConnection(name string) string {
	var out struct{ CreateConnection ConnectionView }
	e.Admin.MustGraphQL(`mutation($in: CreateConnectionInput!) { createConnection(input: $in) { `+ConnectionFields+` } }`,
		map[string]any{"in": map[string]any{"name": name, "environment": "SANDBOX"}}, &out)
	return out.CreateConnection.ID
}

func (e *Env) Connection(id string) ConnectionView {
	var out struct{ Node ConnectionView }
	e.Admin.MustGraphQL(`query($id: ID!) { node(id: $id) { ... on Connection { `+ConnectionFields+` } } }`, map[string]any{"id": id}, &out)
	return out.Node
}

func (e *Env) AuthorizationURL(id string) string {
	var out struct {
		ConnectIronclad struct{ AuthorizationURL string }
	}
	e.Admin.MustGraphQL(`mutation($id: ID!) { connectIronclad(id: $id) { authorizationURL } }`, map[string]any{"id": id}, &out)
	return out.ConnectIronclad.AuthorizationURL
}

// consent drives Ironclad's consent page in the admin's browser as email,
// clicks decision, and returns where Tradewind finally sent the browser.
func (e *Env) Consent(authURL, email, decision string) *url.URL {
	t := e.T
	t.Helper()
	b := e.Admin.HTTP
	resp, err := b.Get(authURL)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(resp.Request.URL.Path, "/login") { // signed in to Ironclad from an earlier test step
		resp.Body.Close()
		if resp, err = b.PostForm(e.Srv.URL+"/ironclad-sandbox/logout", nil); err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp, err = b.Get(authURL); err != nil { //nolint:bodyclose // submitForm reads and closes it
			t.Fatal(err)
		}
	}
	resp = submitForm(t, b, resp, "Sign in", map[string]string{"email": email, "password": "sandbox"})
	resp = submitForm(t, b, resp, decision, nil)
	resp.Body.Close()
	if resp.Request.URL.Path != "/integrations/ironclad" {
		t.Fatalf("browser ended at %s", resp.Request.URL)
	}
	return resp.Request.URL
}

// connect runs Connect → Allow Access as admin@ironclad.example.
func (e *Env) Connect(name string) string {
	id := e.CreateSandboxConnection(name)
	u := e.Consent(e.AuthorizationURL(id), "admin@ironclad.example", "Allow Access")
	if u.Query().Get("result") != "ok" {
		e.T.Fatalf("connect result %s: %+v", u.RawQuery, e.Connection(id))
	}
	return id
}

// submitForm submits the page's form through its button labelled button, as
// a person clicking it would.
func submitForm(t *testing.T, c *http.Client, page *http.Response, button string, fill map[string]string) *http.Response {
	t.Helper()
	resp, err := browser.Submit(c, page, button, fill)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// Sandbox calls the sandbox's control API.
func (e *Env) Sandbox(method, path string, body any, out any) {
	e.T.Helper()
	e.call(method, e.Srv.URL+"/ironclad-sandbox"+path, nil, body, out)
}

func (e *Env) call(method, url string, header http.Header, body, out any) {
	e.T.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, url, r)
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.T.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		e.T.Fatalf("%s %s: %d %s", method, url, resp.StatusCode, raw)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			e.T.Fatalf("%s %s: %v: %s", method, url, err, raw)
		}
	}
}

func ConnectionID(id string) pulid.ID { return pulid.ID(id) }

// consentWith drives the consent flow in another Tradewind user's browser.
func (e *Env) ConsentWith(c *servertest.Client, authURL string) *url.URL {
	saved := e.Admin
	e.Admin = c
	defer func() { e.Admin = saved }()
	return e.Consent(authURL, "admin@ironclad.example", "Allow Access")
}

func (e *Env) ConnectionByName(name string) ConnectionView {
	var out struct{ Connections []ConnectionView }
	e.Admin.MustGraphQL(`{ connections { `+ConnectionFields+` } }`, nil, &out)
	for _, c := range out.Connections {
		if c.Name == name {
			return c
		}
	}
	e.T.Fatalf("no connection %q", name)
	return ConnectionView{}
}

// ironcladAPI calls the sandbox's public API as its admin, with a
// client-credentials token of its own (independent of Tradewind's).
func (e *Env) IroncladAPI(method, path string, body, out any) {
	e.T.Helper()
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {"tradewind-demo"}, "client_secret": {"tradewind-demo-secret"}}
	resp, err := http.PostForm(e.Srv.URL+"/ironclad-sandbox/oauth/token", form)
	if err != nil {
		e.T.Fatal(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&tok)
	resp.Body.Close()
	header := http.Header{"Authorization": {"Bearer " + tok.AccessToken}, "X-As-User-Email": {"admin@ironclad.example"}}
	e.call(method, e.Srv.URL+"/ironclad-sandbox/public/api/v1"+path, header, body, out)
}

// Webhooks lists the registrations in the sandbox.
func (e *Env) Webhooks(out any) {
	var page struct{ List json.RawMessage }
	e.IroncladAPI("GET", "/webhooks?pageSize=100", nil, &page)
	if err := json.Unmarshal(page.List, out); err != nil {
		e.T.Fatal(err)
	}
}
