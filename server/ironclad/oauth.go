package ironclad

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

// DefaultScopes are the scopes Tradewind asks for. Comment creation is
// guarded by public.records.createComments although documented as
// public.workflows.createComments (API.md §12), so both are requested.
func DefaultScopes() []string {
	return []string{
		"public.workflows.readSchemas",
		"public.workflows.createWorkflows",
		"public.workflows.readWorkflows",
		"public.workflows.updateWorkflows",
		"public.workflows.cancel",
		"public.workflows.pauseAndResume",
		"public.workflows.revertToReview",
		"public.workflows.readApprovals",
		"public.workflows.updateApprovals",
		"public.workflows.readSignatures",
		"public.workflows.readSignStatus",
		"public.workflows.sendSignatureRequests",
		"public.workflows.cancelSignatureRequests",
		"public.workflows.updateSigners",
		"public.workflows.deleteSigners",
		"public.workflows.remindSigners",
		"public.workflows.readComments",
		"public.workflows.createComments",
		"public.records.createComments",
		"public.webhooks.readWebhooks",
		"public.webhooks.createWebhooks",
		"public.webhooks.updateWebhooks",
		"public.webhooks.deleteWebhooks",
	}
}

// OAuthConfig describes Tradewind's OAuth client at one Ironclad stack.
// Client credentials go in the form body, as Ironclad documents them.
func OAuthConfig(baseURL, clientID, clientSecret, redirectURL string, scopes []string) *oauth2.Config {
	base := strings.TrimRight(baseURL, "/")
	return &oauth2.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		RedirectURL:  redirectURL,
		Scopes:       scopes,
		Endpoint: oauth2.Endpoint{
			AuthURL:   base + oauthPrefix + "/authorize",
			TokenURL:  base + oauthPrefix + "/token",
			AuthStyle: oauth2.AuthStyleInParams,
		},
	}
}

// NewState returns an unguessable value for the authorization request's
// state, to be stored with the pending connection and checked on callback.
func NewState() (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("ironclad: oauth state: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// OAuthError is an OAuth refusal ({error, error_description}), from the
// token endpoint or carried back on the redirect.
type OAuthError struct {
	Code        string // access_denied, invalid_grant, invalid_scope…
	Description string
	StatusCode  int // zero when it came on a redirect
}

func (e *OAuthError) Error() string {
	msg := "ironclad oauth: " + e.Code
	if e.Description != "" {
		msg += ": " + e.Description
	}
	return msg
}

// ErrStateMismatch means the callback's state is not the one we sent.
var ErrStateMismatch = errors.New("ironclad oauth: state does not match")

// ParseCallback reads the redirect back from Ironclad's consent page: the
// authorization code, or the refusal (error=access_denied when the user denied).
func ParseCallback(q url.Values, wantState string) (code string, err error) {
	if subtle.ConstantTimeCompare([]byte(q.Get("state")), []byte(wantState)) != 1 || wantState == "" {
		return "", ErrStateMismatch
	}
	if e := q.Get("error"); e != "" {
		return "", &OAuthError{Code: e, Description: q.Get("error_description")}
	}
	if code = q.Get("code"); code == "" {
		return "", &OAuthError{Code: "invalid_request", Description: "callback carries no code"}
	}
	return code, nil
}

// ExchangeCode trades an authorization code for tokens.
func ExchangeCode(ctx context.Context, cfg *oauth2.Config, code string) (*oauth2.Token, error) {
	tok, err := cfg.Exchange(ctx, code)
	if err != nil {
		return nil, oauthError(err)
	}
	return tok, nil
}

// oauthError reduces x/oauth2's error, which quotes the whole response
// body, to the code and description.
func oauthError(err error) error {
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) {
		return fmt.Errorf("ironclad oauth: %w", err)
	}
	oe := &OAuthError{Code: re.ErrorCode, Description: re.ErrorDescription}
	if re.Response != nil {
		oe.StatusCode = re.Response.StatusCode
	}
	if oe.Code == "" {
		oe.Code = fmt.Sprintf("http_%d", oe.StatusCode)
	}
	return oe
}

// TokenStore persists tokens; Tradewind encrypts them at rest.
type TokenStore interface {
	SaveToken(ctx context.Context, tok *oauth2.Token) error
}

// refreshTimeout bounds one refresh exchange.
const refreshTimeout = 30 * time.Second

// TokenSource hands out a connection's access token, refreshing it when it
// expires, saving each refreshed token, and stopping for good (until
// SetToken) once Ironclad refuses the refresh token: retrying a dead grant
// only fills logs, an administrator has to reconnect.
type TokenSource struct {
	cfg   *oauth2.Config
	ctx   context.Context
	store TokenStore

	mu      sync.Mutex
	tok     *oauth2.Token
	broken  error // wraps ErrReconnectNeeded once the grant is dead
	unsaved bool  // a refreshed token the store has not accepted yet
}

// NewTokenSource starts from a stored token. ctx supplies the HTTP client
// for refreshes (oauth2.HTTPClient); its cancellation is ignored because
// the source outlives the request that built it. store may be nil.
func NewTokenSource(ctx context.Context, cfg *oauth2.Config, tok *oauth2.Token, store TokenStore) *TokenSource {
	return &TokenSource{cfg: cfg, ctx: context.WithoutCancel(ctx), store: store, tok: tok}
}

// Token returns a valid access token, refreshing it when needed.
func (ts *TokenSource) Token() (*oauth2.Token, error) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.broken != nil {
		return nil, ts.broken
	}
	if ts.unsaved {
		if err := ts.save(); err != nil {
			return nil, err
		}
	}
	if ts.tok != nil && ts.tok.Valid() {
		return ts.tok, nil
	}
	if ts.tok == nil || ts.tok.RefreshToken == "" {
		ts.broken = fmt.Errorf("%w: no refresh token", ErrReconnectNeeded)
		return nil, ts.broken
	}
	fresh, err := ts.refresh()
	if err != nil {
		var oe *OAuthError
		if errors.As(err, &oe) && oe.Code == "invalid_grant" {
			ts.broken = fmt.Errorf("%w: %s", ErrReconnectNeeded, oe.Error())
			return nil, ts.broken
		}
		return nil, err
	}
	ts.tok, ts.unsaved = fresh, true
	if err := ts.save(); err != nil {
		return nil, err
	}
	return fresh, nil
}

func (ts *TokenSource) refresh() (*oauth2.Token, error) {
	ctx, cancel := context.WithTimeout(ts.ctx, refreshTimeout)
	defer cancel()
	// x/oauth2 keeps the old refresh token when Ironclad sends none back.
	fresh, err := ts.cfg.TokenSource(ctx, &oauth2.Token{RefreshToken: ts.tok.RefreshToken}).Token()
	if err != nil {
		return nil, oauthError(err)
	}
	return fresh, nil
}

// save hands the current token to the store. On failure the token stays in
// use and the save is retried by the next Token call.
func (ts *TokenSource) save() error {
	if ts.store == nil {
		ts.unsaved = false
		return nil
	}
	ctx, cancel := context.WithTimeout(ts.ctx, refreshTimeout)
	defer cancel()
	if err := ts.store.SaveToken(ctx, ts.tok); err != nil {
		return fmt.Errorf("ironclad: persist refreshed token: %w", err)
	}
	ts.unsaved = false
	return nil
}

// Invalidate drops accessToken if it is still current, so the next Token
// refreshes; the client calls it when Ironclad answers 401 with it.
func (ts *TokenSource) Invalidate(accessToken string) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.tok == nil || ts.tok.AccessToken != accessToken {
		return
	}
	expired := *ts.tok
	expired.Expiry = time.Now().Add(-time.Minute)
	ts.tok = &expired
}

// SetToken installs a token from a new authorization (reconnect), saves
// it, and lifts a reconnect-needed state.
func (ts *TokenSource) SetToken(tok *oauth2.Token) error {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.tok, ts.broken, ts.unsaved = tok, nil, true
	return ts.save()
}

// Err is non-nil (wrapping ErrReconnectNeeded) while the grant is dead.
func (ts *TokenSource) Err() error {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.broken
}
