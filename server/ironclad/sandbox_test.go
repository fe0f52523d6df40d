package ironclad

import (
	"context"
	"errors"
	"html"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/oauth2"

	"tradewind/server/sandbox"
)

// The tests below run the client against Tradewind's Ironclad simulator
// over real HTTP, mounted under a path as `tradewind serve --demo` mounts it.

const (
	sandboxAdmin    = "admin@ironclad.example" // has API management
	sandboxLegal    = "legal@ironclad.example" // has not
	sandboxPassword = "sandbox"
	sandboxClientID = "tradewind-demo"
	sandboxSecret   = "tradewind-demo-secret"
)

// sandboxEnv is a running sandbox with an OAuth callback and a webhook receiver.
type sandboxEnv struct {
	t        *testing.T
	sb       *sandbox.Sandbox
	srv      *httptest.Server
	callback *httptest.Server
	codes    chan url.Values
	receiver *webhookReceiver
}

func startSandbox(t *testing.T, adjust func(*sandbox.Config)) *sandboxEnv {
	t.Helper()
	env := &sandboxEnv{t: t, codes: make(chan url.Values, 4)}
	env.callback = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		env.codes <- r.URL.Query()
		_, _ = io.WriteString(w, "connected")
	}))
	t.Cleanup(env.callback.Close)
	env.receiver = newWebhookReceiver(t)

	var mounted http.Handler = http.NotFoundHandler()
	var mountMu sync.RWMutex
	env.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mountMu.RLock()
		h := mounted
		mountMu.RUnlock()
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(env.srv.Close)
	cfg := sandbox.Config{
		PublicURL:            env.srv.URL + sandboxPrefix,
		ClientID:             sandboxClientID,
		ClientSecret:         sandboxSecret,
		RedirectURIs:         []string{env.callback.URL + "/auth/ironclad/callback"},
		CommentDelete:        true,
		WebhookRetrySchedule: []time.Duration{20 * time.Millisecond, 50 * time.Millisecond},
		AsyncLaunchDelay:     50 * time.Millisecond,
	}
	if adjust != nil {
		adjust(&cfg)
	}
	sb, err := sandbox.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sb.Close() })
	env.sb = sb
	mountMu.Lock()
	mounted = http.StripPrefix(sandboxPrefix, sb)
	mountMu.Unlock()
	return env
}

func (env *sandboxEnv) baseURL() string { return env.srv.URL + sandboxPrefix }

func (env *sandboxEnv) oauthConfig(redirect string) *oauth2.Config {
	if redirect == "" {
		redirect = env.callback.URL + "/auth/ironclad/callback"
	}
	return OAuthConfig(env.baseURL(), sandboxClientID, sandboxSecret, redirect, DefaultScopes())
}

// browser is a person's browser: cookies kept, redirects followed.
func browser(t *testing.T) *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, Timeout: 10 * time.Second}
}

var (
	formRe   = regexp.MustCompile(`(?s)<form[^>]*action="([^"]*)"[^>]*>(.*?)</form>`)
	inputRe  = regexp.MustCompile(`<input([^>]*)>`)
	attrRe   = regexp.MustCompile(`(\w+)="([^"]*)"`)
	buttonRe = regexp.MustCompile(`<button([^>]*)>([^<]*)</button>`)
)

// submitForm fills the page's form that has a button labelled button and
// submits it through that button, as a person clicking it would.
func submitForm(t *testing.T, c *http.Client, page *http.Response, button string, fill map[string]string) *http.Response {
	t.Helper()
	body, _ := io.ReadAll(page.Body)
	page.Body.Close()
	for _, form := range formRe.FindAllStringSubmatch(string(body), -1) {
		values := url.Values{}
		pressed := false
		for _, b := range buttonRe.FindAllStringSubmatch(form[2], -1) {
			if strings.TrimSpace(b[2]) == button {
				pressed = true
				attrs := attributes(b[1])
				if attrs["name"] != "" {
					values.Set(attrs["name"], attrs["value"])
				}
			}
		}
		if !pressed {
			continue
		}
		for _, in := range inputRe.FindAllStringSubmatch(form[2], -1) {
			attrs := attributes(in[1])
			if attrs["name"] != "" {
				values.Set(attrs["name"], attrs["value"])
			}
		}
		for k, v := range fill {
			values.Set(k, v)
		}
		action, err := page.Request.URL.Parse(html.UnescapeString(form[1]))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := c.PostForm(action.String(), values)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	t.Fatalf("no form with a %q button on %s:\n%s", button, page.Request.URL, body)
	return nil
}

func attributes(s string) map[string]string {
	out := map[string]string{}
	for _, a := range attrRe.FindAllStringSubmatch(s, -1) {
		out[a[1]] = html.UnescapeString(a[2])
	}
	return out
}

// authorize walks the consent flow as email and clicks decision ("Allow
// Access" or "Deny"); it returns the query Ironclad redirected back with.
func (env *sandboxEnv) authorize(cfg *oauth2.Config, state, email, decision string) url.Values {
	t := env.t
	t.Helper()
	b := browser(t)
	resp, err := b.Get(cfg.AuthCodeURL(state))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(resp.Request.URL.Path, "/login") {
		t.Fatalf("not sent to sign in first: %s", resp.Request.URL)
	}
	resp = submitForm(t, b, resp, "Sign in", map[string]string{"email": email, "password": sandboxPassword})
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("consent page: %d at %s", resp.StatusCode, resp.Request.URL)
	}
	resp = submitForm(t, b, resp, decision, nil)
	resp.Body.Close()
	select {
	case q := <-env.codes:
		return q
	case <-time.After(5 * time.Second):
		t.Fatalf("no redirect to the callback (last page %d %s)", resp.StatusCode, resp.Request.URL)
		return nil
	}
}

// connect runs the whole authorization-code dance as email and returns a
// client of that connection and its token store.
func (env *sandboxEnv) connect(email string, limiter *Limiter) (*Client, *TokenSource, *memoryStore) {
	t := env.t
	t.Helper()
	cfg := env.oauthConfig("")
	state, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	code, err := ParseCallback(env.authorize(cfg, state, email, "Allow Access"), state)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := ExchangeCode(context.Background(), cfg, code)
	if err != nil {
		t.Fatal(err)
	}
	store := &memoryStore{}
	ts := NewTokenSource(context.Background(), cfg, tok, store)
	c := New(Options{BaseURL: env.baseURL(), TokenSource: ts, Limiter: limiter, Retry: fastRetry()})
	return c, ts, store
}

func TestSandboxOAuth(t *testing.T) {
	env := startSandbox(t, nil)
	ctx := context.Background()

	t.Run("allow", func(t *testing.T) {
		c, _, _ := env.connect(sandboxAdmin, nil)
		me, err := c.UserInfo(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if me.Email != sandboxAdmin || me.Sub == "" || len(me.Scopes) == 0 {
			t.Errorf("userinfo = %+v", me)
		}
		co, err := c.CompanyInfo(ctx)
		if err != nil || co.CompanyID == "" || co.CompanyID != me.CompanyID {
			t.Errorf("company info = %+v, %v", co, err)
		}
	})

	t.Run("deny", func(t *testing.T) {
		q := env.authorize(env.oauthConfig(""), "s-deny", sandboxAdmin, "Deny")
		_, err := ParseCallback(q, "s-deny")
		var oe *OAuthError
		if !errors.As(err, &oe) || oe.Code != "access_denied" {
			t.Errorf("deny: %v (query %v)", err, q)
		}
	})

	t.Run("unregistered redirect URI is not redirected to", func(t *testing.T) {
		cfg := env.oauthConfig(env.callback.URL + "/evil")
		b := browser(t)
		resp, err := b.Get(cfg.AuthCodeURL("s-bad"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.HasPrefix(resp.Request.URL.String(), env.baseURL()) {
			t.Errorf("bad redirect URI: %d at %s", resp.StatusCode, resp.Request.URL)
		}
		select {
		case q := <-env.codes:
			t.Errorf("redirected to an unregistered URI with %v", q)
		default:
		}
	})

	t.Run("a code is single use", func(t *testing.T) {
		cfg := env.oauthConfig("")
		code, err := ParseCallback(env.authorize(cfg, "s-once", sandboxAdmin, "Allow Access"), "s-once")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ExchangeCode(ctx, cfg, code); err != nil {
			t.Fatal(err)
		}
		_, err = ExchangeCode(ctx, cfg, code)
		var oe *OAuthError
		if !errors.As(err, &oe) || oe.Code != "invalid_grant" {
			t.Errorf("second exchange: %v", err)
		}
	})
}

// webhookReceiver is Tradewind's webhook endpoint in miniature: it verifies
// each delivery and answers as the receiver should.
type webhookReceiver struct {
	srv *httptest.Server

	mu       sync.Mutex
	verifier *Verifier
	events   []*WebhookEvent
	replays  int
	rejected []error
}

func newWebhookReceiver(t *testing.T) *webhookReceiver {
	rc := &webhookReceiver{}
	rc.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "unreadable", http.StatusBadRequest)
			return
		}
		rc.mu.Lock()
		v := rc.verifier
		rc.mu.Unlock()
		if v == nil {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		ev, err := v.Verify(r.Context(), r.Header, body)
		rc.mu.Lock()
		defer rc.mu.Unlock()
		switch {
		case errors.Is(err, ErrReplayedEvent):
			rc.replays++
		case err != nil:
			rc.rejected = append(rc.rejected, err)
			http.Error(w, "rejected", http.StatusBadRequest)
			return
		default:
			rc.events = append(rc.events, ev)
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(rc.srv.Close)
	return rc
}

func (rc *webhookReceiver) url() string { return rc.srv.URL + "/webhooks/ironclad/conn_test" }

func (rc *webhookReceiver) use(v *Verifier) {
	rc.mu.Lock()
	rc.verifier = v
	rc.mu.Unlock()
}

// waitFor waits until an event of each type has arrived for workflowID.
func (rc *webhookReceiver) waitFor(t *testing.T, workflowID string, types ...EventType) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		rc.mu.Lock()
		missing := missingTypes(rc.events, workflowID, types)
		rejected := append([]error(nil), rc.rejected...)
		rc.mu.Unlock()
		if len(rejected) > 0 {
			t.Fatalf("deliveries rejected: %v", rejected)
		}
		if len(missing) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("webhooks %v for %s never arrived", missing, workflowID)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func missingTypes(events []*WebhookEvent, workflowID string, types []EventType) []EventType {
	var missing []EventType
	for _, want := range types {
		found := false
		for _, ev := range events {
			found = found || (ev.Type() == want && ev.Payload.WorkflowID == workflowID)
		}
		if !found {
			missing = append(missing, want)
		}
	}
	return missing
}
