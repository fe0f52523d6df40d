package ironclad

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/oauth2"
)

// memoryStore records saved tokens; failFirst makes the first save fail.
type memoryStore struct {
	mu        sync.Mutex
	saved     []*oauth2.Token
	failFirst bool
}

func (s *memoryStore) SaveToken(_ context.Context, tok *oauth2.Token) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failFirst {
		s.failFirst = false
		return errors.New("database is locked")
	}
	s.saved = append(s.saved, tok)
	return nil
}

func (s *memoryStore) last() *oauth2.Token {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.saved) == 0 {
		return nil
	}
	return s.saved[len(s.saved)-1]
}

// oauthFake is an Ironclad whose token endpoint answers with tokenAnswer
// and whose API accepts only the bearer tokens in valid.
type oauthFake struct {
	*fakeIronclad
	refreshes   atomic.Int32
	apiCalls    atomic.Int32
	tokenStatus int
	tokenAnswer string
	mu          sync.Mutex
	valid       map[string]bool
}

func newOAuthFake(t *testing.T, tokenStatus int, tokenAnswer string, valid ...string) *oauthFake {
	o := &oauthFake{tokenStatus: tokenStatus, tokenAnswer: tokenAnswer, valid: map[string]bool{}}
	for _, v := range valid {
		o.valid[v] = true
	}
	o.fakeIronclad = newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) {
		if strings.HasSuffix(r.URL.Path, "/oauth/token") {
			o.refreshes.Add(1)
			_ = r.ParseForm()
			if r.Form.Get("grant_type") != "refresh_token" || r.Form.Get("client_id") != "tradewind" || r.Form.Get("client_secret") != "s3cret" {
				reply(w, 401, `{"error":"invalid_client"}`)
				return
			}
			reply(w, o.tokenStatus, o.tokenAnswer)
			return
		}
		o.apiCalls.Add(1)
		o.mu.Lock()
		ok := o.valid[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")]
		o.mu.Unlock()
		if !ok {
			reply(w, 401, `{"code":"UNAUTHORIZED","message":"token has been revoked"}`)
			return
		}
		reply(w, 200, workflowJSON)
	})
	return o
}

func (o *oauthFake) config() *oauth2.Config {
	return OAuthConfig(o.baseURL(), "tradewind", "s3cret", "https://tradewind.example/auth/ironclad/callback", DefaultScopes())
}

func (o *oauthFake) clientWith(ts oauth2.TokenSource) *Client {
	return New(Options{BaseURL: o.baseURL(), TokenSource: ts, Retry: fastRetry()})
}

const freshTokenAnswer = `{"token_type":"Bearer","access_token":"at-2","refresh_token":"rt-2","expires_in":3600}`

func expiredToken() *oauth2.Token {
	return &oauth2.Token{AccessToken: "at-1", RefreshToken: "rt-1-secret", Expiry: time.Now().Add(-time.Hour), TokenType: "Bearer"}
}

func TestRefreshedTokenIsPersistedAndUsed(t *testing.T) {
	o := newOAuthFake(t, 200, freshTokenAnswer, "at-2")
	store := &memoryStore{}
	ts := NewTokenSource(context.Background(), o.config(), expiredToken(), store)
	c := o.clientWith(ts)
	for range 3 {
		if _, err := c.GetWorkflow(context.Background(), "wf1"); err != nil {
			t.Fatal(err)
		}
	}
	if n := o.refreshes.Load(); n != 1 {
		t.Errorf("%d refreshes, want 1", n)
	}
	if saved := store.last(); saved == nil || saved.AccessToken != "at-2" || saved.RefreshToken != "rt-2" {
		t.Errorf("saved = %+v", saved)
	}
}

func TestConcurrentCallsShareOneRefresh(t *testing.T) {
	o := newOAuthFake(t, 200, freshTokenAnswer, "at-2")
	c := o.clientWith(NewTokenSource(context.Background(), o.config(), expiredToken(), nil))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := c.GetWorkflow(context.Background(), "wf1"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := o.refreshes.Load(); n != 1 {
		t.Errorf("%d refreshes, want 1", n)
	}
}

func TestInvalidRefreshNeedsReconnectOnceAndSticks(t *testing.T) {
	o := newOAuthFake(t, 400, `{"error":"invalid_grant","error_description":"refresh token is invalid"}`, "at-9")
	ts := NewTokenSource(context.Background(), o.config(), expiredToken(), &memoryStore{})
	c := o.clientWith(ts)
	for range 3 {
		_, err := c.GetWorkflow(context.Background(), "wf1")
		if !errors.Is(err, ErrReconnectNeeded) {
			t.Fatalf("err = %v, want ErrReconnectNeeded", err)
		}
		if strings.Contains(err.Error(), "rt-1-secret") {
			t.Errorf("error leaks the refresh token: %v", err)
		}
	}
	if n := o.refreshes.Load(); n != 1 {
		t.Errorf("%d refresh attempts, want 1: a dead grant must not be retried", n)
	}
	if n := o.apiCalls.Load(); n != 0 {
		t.Errorf("%d API calls without a token", n)
	}
	if !errors.Is(ts.Err(), ErrReconnectNeeded) {
		t.Errorf("Err() = %v", ts.Err())
	}
	// An administrator reconnects: the new grant lifts the state.
	if err := ts.SetToken(&oauth2.Token{AccessToken: "at-9", RefreshToken: "rt-9", Expiry: time.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.GetWorkflow(context.Background(), "wf1"); err != nil {
		t.Fatalf("after reconnect: %v", err)
	}
}

func TestRejectedAccessTokenIsRefreshedOnce(t *testing.T) {
	o := newOAuthFake(t, 200, freshTokenAnswer, "at-2")
	current := &oauth2.Token{AccessToken: "at-1", RefreshToken: "rt-1", Expiry: time.Now().Add(time.Hour)}
	c := o.clientWith(NewTokenSource(context.Background(), o.config(), current, nil))
	if _, err := c.GetWorkflow(context.Background(), "wf1"); err != nil {
		t.Fatal(err)
	}
	if r, a := o.refreshes.Load(), o.apiCalls.Load(); r != 1 || a != 2 {
		t.Errorf("refreshes %d, API calls %d; want 1 and 2", r, a)
	}
}

func TestRevokedGrantNeedsReconnect(t *testing.T) {
	o := newOAuthFake(t, 400, `{"error":"invalid_grant","error_description":"token has been revoked"}`)
	current := &oauth2.Token{AccessToken: "at-1", RefreshToken: "rt-1", Expiry: time.Now().Add(time.Hour)}
	c := o.clientWith(NewTokenSource(context.Background(), o.config(), current, nil))
	_, err := c.GetWorkflow(context.Background(), "wf1")
	if !errors.Is(err, ErrReconnectNeeded) {
		t.Fatalf("err = %v, want ErrReconnectNeeded", err)
	}
	if a := o.apiCalls.Load(); a != 1 {
		t.Errorf("%d API calls, want 1", a)
	}
}

func TestTokenSaveFailureIsRetried(t *testing.T) {
	o := newOAuthFake(t, 200, freshTokenAnswer, "at-2")
	store := &memoryStore{failFirst: true}
	ts := NewTokenSource(context.Background(), o.config(), expiredToken(), store)
	if _, err := ts.Token(); err == nil || !strings.Contains(err.Error(), "persist") {
		t.Fatalf("first Token() = %v, want the save failure", err)
	}
	tok, err := ts.Token()
	if err != nil || tok.AccessToken != "at-2" || store.last() == nil {
		t.Fatalf("second Token() = %v, %v; saved %v", tok, err, store.last())
	}
	if n := o.refreshes.Load(); n != 1 {
		t.Errorf("%d refreshes, want 1", n)
	}
}

func TestAuthorizationURL(t *testing.T) {
	cfg := OAuthConfig("https://eu1.ironcladapp.com/", "tradewind", "s3cret", "https://tradewind.example/auth/ironclad/callback", []string{"public.workflows.readWorkflows", "public.webhooks.readWebhooks"})
	state, err := NewState()
	if err != nil || len(state) < 30 {
		t.Fatalf("state %q, %v", state, err)
	}
	u, err := url.Parse(cfg.AuthCodeURL(state))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	if u.Host != "eu1.ironcladapp.com" || u.Path != "/oauth/authorize" || q.Get("state") != state || q.Get("response_type") != "code" ||
		q.Get("client_id") != "tradewind" || q.Get("scope") != "public.workflows.readWorkflows public.webhooks.readWebhooks" ||
		q.Get("redirect_uri") != "https://tradewind.example/auth/ironclad/callback" {
		t.Errorf("authorization URL = %s", u)
	}
	if cfg.Endpoint.TokenURL != "https://eu1.ironcladapp.com/oauth/token" {
		t.Errorf("token URL = %s", cfg.Endpoint.TokenURL)
	}
}

func TestParseCallback(t *testing.T) {
	cases := []struct {
		name     string
		query    string
		wantCode string
		wantErr  func(error) bool
	}{
		{"granted", "code=abc&state=s1", "abc", nil},
		{"denied", "error=access_denied&error_description=user+denied&state=s1", "", func(err error) bool {
			var oe *OAuthError
			return errors.As(err, &oe) && oe.Code == "access_denied"
		}},
		{"forged state", "code=abc&state=other", "", func(err error) bool { return errors.Is(err, ErrStateMismatch) }},
		{"no state", "code=abc", "", func(err error) bool { return errors.Is(err, ErrStateMismatch) }},
		{"no code", "state=s1", "", func(err error) bool { var oe *OAuthError; return errors.As(err, &oe) }},
	}
	for _, tc := range cases {
		q, _ := url.ParseQuery(tc.query)
		code, err := ParseCallback(q, "s1")
		if code != tc.wantCode || (tc.wantErr == nil) != (err == nil) || (tc.wantErr != nil && !tc.wantErr(err)) {
			t.Errorf("%s: code %q err %v", tc.name, code, err)
		}
	}
}

func TestExchangeCodeErrorCarriesNoBody(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) {
		reply(w, 403, `{"error":"invalid_grant","error_description":"authorization code has expired","echo":"code-xyz-secret"}`)
	})
	cfg := OAuthConfig(f.baseURL(), "tradewind", "s3cret", "https://tradewind.example/cb", nil)
	_, err := ExchangeCode(context.Background(), cfg, "code-xyz-secret")
	var oe *OAuthError
	if !errors.As(err, &oe) || oe.Code != "invalid_grant" || oe.StatusCode != 403 {
		t.Fatalf("err = %#v", err)
	}
	if strings.Contains(err.Error(), "code-xyz-secret") || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("error leaks secrets: %v", err)
	}
}
