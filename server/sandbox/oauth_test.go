package sandbox

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"tradewind/server/sandbox/api"
	"tradewind/server/sandbox/core"
)

var csrfPattern = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// signIn returns a browser signed in to the sandbox as email.
func (e *env) signIn(email string) *http.Client {
	e.t.Helper()
	jar, _ := cookiejar.New(nil)
	b := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := b.PostForm(e.srv.URL+"/login", url.Values{"email": {email}, "password": {"sandbox"}, "next": {"/console"}})
	if err != nil {
		e.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		e.t.Fatalf("sign in: %d", resp.StatusCode)
	}
	return b
}

func authorizeURL(e *env, redirect, scope string) string {
	q := url.Values{"response_type": {"code"}, "client_id": {core.DefaultClientID}, "redirect_uri": {redirect}, "state": {"xyz"}}
	if scope != "" {
		q.Set("scope", scope)
	}
	return e.srv.URL + "/oauth/authorize?" + q.Encode()
}

// consent opens the consent page and presses decision; it returns where the
// sandbox redirected the browser.
func consent(t *testing.T, e *env, b *http.Client, decision string) *url.URL {
	t.Helper()
	resp, err := b.Get(authorizeURL(e, testRedirect, "public.workflows.readWorkflows public.workflows.createWorkflows"))
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), "Allow Access") || !strings.Contains(string(page), "Deny") {
		t.Fatalf("consent page %d: %s", resp.StatusCode, page)
	}
	form := url.Values{"response_type": {"code"}, "client_id": {core.DefaultClientID}, "redirect_uri": {testRedirect},
		"scope": {"public.workflows.readWorkflows public.workflows.createWorkflows"}, "state": {"xyz"},
		"csrf": {csrfPattern.FindStringSubmatch(string(page))[1]}, "decision": {decision}}
	resp, err = b.PostForm(e.srv.URL+"/oauth/authorize", form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		t.Fatalf("decision: %d", resp.StatusCode)
	}
	loc, _ := url.Parse(resp.Header.Get("Location"))
	return loc
}

func TestOAuthAuthorizationCodeDance(t *testing.T) {
	e := newEnv(t, Config{})

	// Not signed in: sent to the sandbox's sign-in page first.
	r := e.do("GET", strings.TrimPrefix(authorizeURL(e, testRedirect, ""), e.srv.URL), nil, nil)
	if r.status != http.StatusFound || !strings.Contains(r.header.Get("Location"), "/login?next=") {
		t.Fatalf("anonymous authorize: %d %s", r.status, r.header.Get("Location"))
	}

	loc := consent(t, e, e.signIn(AdminEmail), "allow")
	if loc.Query().Get("state") != "xyz" || loc.Query().Get("code") == "" || !strings.HasPrefix(loc.String(), testRedirect) {
		t.Fatalf("allow redirect: %s", loc)
	}
	code := loc.Query().Get("code")
	// Code exchange with HTTP Basic client auth and a form body.
	tok := e.do("POST", "/oauth/token", map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Authorization": basic(core.DefaultClientID, core.DefaultClientSecret)},
		url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {testRedirect}}.Encode())
	e.mustStatus(tok, 200)
	body := tok.obj()
	if body["token_type"] != "Bearer" || body["expires_in"] != 3600.0 || body["refresh_token"] == nil {
		t.Fatalf("token: %s", tok.raw)
	}
	// The code is single-use.
	again := e.do("POST", "/oauth/token", nil, map[string]string{"grant_type": "authorization_code", "code": code, "redirect_uri": testRedirect,
		"client_id": core.DefaultClientID, "client_secret": core.DefaultClientSecret})
	if again.status != 403 || again.obj()["error"] != "invalid_grant" {
		t.Fatalf("reused code: %d %s", again.status, again.raw)
	}
	// The token acts as the consenting user, no x-as-user header needed.
	info := e.mustStatus(e.do("GET", "/oauth/userinfo", map[string]string{"Authorization": "Bearer " + body["access_token"].(string)}, nil), 200).obj()
	if info["email"] != AdminEmail || info["sub"] != core.AdminUserID {
		t.Fatalf("userinfo: %v", info)
	}
	// Refresh (JSON body, client in body) issues new tokens.
	ref := e.mustStatus(e.do("POST", "/oauth/token", nil, map[string]string{"grant_type": "refresh_token", "refresh_token": body["refresh_token"].(string),
		"client_id": core.DefaultClientID, "client_secret": core.DefaultClientSecret}), 200).obj()
	if ref["access_token"] == body["access_token"] || ref["refresh_token"] == nil || ref["scope"] != "public.workflows.readWorkflows public.workflows.createWorkflows" {
		t.Fatalf("refresh: %v", ref)
	}
	// The token carries only the granted scopes.
	r = e.api("GET", "/workflow-schemas?form=launch", ref["access_token"].(string), "", nil)
	if r.status != 403 || r.obj()["code"] != "FORBIDDEN" {
		t.Fatalf("scope enforcement: %d %s", r.status, r.raw)
	}
}

func basic(id, secret string) string {
	req, _ := http.NewRequest("GET", "/", nil)
	req.SetBasicAuth(id, secret)
	return req.Header.Get("Authorization")
}

func TestOAuthDenyAndBadRequests(t *testing.T) {
	e := newEnv(t, Config{})
	b := e.signIn(LegalEmail)
	if loc := consent(t, e, b, "deny"); loc.Query().Get("error") != "access_denied" || loc.Query().Get("state") != "xyz" {
		t.Fatalf("deny: %s", loc)
	}
	cases := []struct {
		name, url     string
		status        int
		redirectError string
	}{
		{"unregistered redirect uri shows an error page", authorizeURL(e, "https://evil.example/cb", ""), 400, ""},
		{"unknown client shows an error page", strings.Replace(authorizeURL(e, testRedirect, ""), core.DefaultClientID, "nope", 1), 400, ""},
		{"invalid scope redirects with invalid_scope", authorizeURL(e, testRedirect, "public.workflows.readWorkflows not.a.scope"), 302, "invalid_scope"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := b.Get(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			loc, _ := url.Parse(resp.Header.Get("Location"))
			if tc.redirectError == "" && resp.Header.Get("Location") != "" {
				t.Fatalf("redirected to %s", loc)
			}
			if tc.redirectError != "" && (loc.Query().Get("error") != tc.redirectError || !strings.HasPrefix(loc.String(), testRedirect)) {
				t.Fatalf("redirect %s", loc)
			}
		})
	}
}

func TestTokenEndpointErrors(t *testing.T) {
	e := newEnv(t, Config{})
	cases := []struct {
		name   string
		body   map[string]string
		status int
		err    string
	}{
		{"wrong secret", map[string]string{"grant_type": "client_credentials", "client_id": core.DefaultClientID, "client_secret": "x"}, 401, "invalid_client"},
		{"unknown grant", map[string]string{"grant_type": "password", "client_id": core.DefaultClientID, "client_secret": core.DefaultClientSecret}, 400, "unsupported_grant_type"},
		{"bad code", map[string]string{"grant_type": "authorization_code", "code": "nope", "redirect_uri": testRedirect, "client_id": core.DefaultClientID, "client_secret": core.DefaultClientSecret}, 403, "invalid_grant"},
		{"bad refresh token", map[string]string{"grant_type": "refresh_token", "refresh_token": "nope", "client_id": core.DefaultClientID, "client_secret": core.DefaultClientSecret}, 403, "invalid_grant"},
		{"scope beyond the client", map[string]string{"grant_type": "client_credentials", "scope": "scim.users.readUsers", "client_id": core.DefaultClientID, "client_secret": core.DefaultClientSecret}, 400, "invalid_scope"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := e.do("POST", "/oauth/token", nil, tc.body)
			if r.status != tc.status || r.obj()["error"] != tc.err {
				t.Fatalf("%d %s", r.status, r.raw)
			}
		})
	}
}

func TestClientCredentialsNeedAnActor(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	cases := []struct {
		name   string
		header map[string]string
		status int
		code   string
	}{
		{"no actor header", map[string]string{}, 400, "MISSING_PARAM"},
		{"unknown actor", map[string]string{"x-as-user-email": "nobody@ironclad.example"}, 400, "INVALID_PARAM"},
		{"actor by email", map[string]string{"x-as-user-email": LegalEmail}, 200, ""},
		{"actor by id", map[string]string{"x-as-user-id": core.AdminUserID}, 200, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.header["Authorization"] = "Bearer " + tok
			r := e.do("GET", api.Prefix+"/workflows", tc.header, nil)
			if r.status != tc.status || (tc.code != "" && r.obj()["code"] != tc.code) {
				t.Fatalf("%d %s", r.status, r.raw)
			}
		})
	}
	info := e.mustStatus(e.do("GET", "/oauth/userinfo", map[string]string{"Authorization": "Bearer " + tok, "x-as-user-email": LegalEmail}, nil), 200).obj()
	if info["email"] != LegalEmail {
		t.Fatalf("userinfo as legal: %v", info)
	}
}

// TestWebhookManagementNeedsAPIManagement checks the group permission: the
// admin (API management) may list webhooks, legal may not.
func TestWebhookManagementNeedsAPIManagement(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	e.mustStatus(e.api("GET", "/webhooks", tok, AdminEmail, nil), 200)
	r := e.mustStatus(e.api("GET", "/webhooks", tok, LegalEmail, nil), 403)
	if r.obj()["code"] != "FORBIDDEN" {
		t.Fatalf("legal: %s", r.raw)
	}
}
