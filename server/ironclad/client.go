// Package ironclad is Tradewind's typed client for Ironclad CLM's public API:
// workflows, schemas, approvals, signatures, comments, webhooks and the OAuth
// helpers, with pacing, retries and webhook verification. It talks to any
// Ironclad stack or to Tradewind's sandbox; only the base URL differs.
package ironclad

import (
	"log/slog"
	"net/http"
	"strings"

	"golang.org/x/oauth2"
)

// Options configure a Client. BaseURL is required; the rest has defaults.
type Options struct {
	// BaseURL is scheme and host (plus a path prefix for the sandbox), e.g.
	// https://ironcladapp.com or http://127.0.0.1:8080/ironclad-sandbox.
	BaseURL string
	// HTTPClient sends the requests; its Timeout should be zero because
	// RetryPolicy.AttemptTimeout bounds each attempt.
	HTTPClient *http.Client
	// TokenSource authorises each request. Use NewTokenSource for the
	// authorization-code grant so refreshed tokens are persisted and a dead
	// grant becomes ErrReconnectNeeded. Nil sends no Authorization header.
	TokenSource oauth2.TokenSource
	// Limiter paces calls; share one per connection. Nil gets a private
	// limiter with DefaultLimits.
	Limiter *Limiter
	Retry   RetryPolicy
	// ActAsEmail / ActAsUserID name the Ironclad user a client-credentials
	// token acts as (x-as-user-email / x-as-user-id). Leave empty with
	// authorization-code tokens: the token's user is the actor.
	ActAsEmail  string
	ActAsUserID string
	Logger      *slog.Logger
}

// Client calls one Ironclad connection. It is safe for concurrent use.
type Client struct {
	apiRoot   string
	oauthRoot string
	http      *http.Client
	tokens    oauth2.TokenSource
	limiter   *Limiter
	retry     RetryPolicy
	actor     actor
	log       *slog.Logger
}

type actor struct{ email, userID string }

// New builds a Client.
func New(opts Options) *Client {
	base := strings.TrimRight(opts.BaseURL, "/")
	c := &Client{
		apiRoot:   base + apiPrefix,
		oauthRoot: base + oauthPrefix,
		http:      opts.HTTPClient,
		tokens:    opts.TokenSource,
		limiter:   opts.Limiter,
		retry:     opts.Retry.withDefaults(),
		actor:     actor{email: opts.ActAsEmail, userID: opts.ActAsUserID},
		log:       opts.Logger,
	}
	if c.http == nil {
		c.http = &http.Client{}
	}
	if c.limiter == nil {
		c.limiter = NewLimiter(DefaultLimits())
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	return c
}

// ActingAs returns a client that makes the same calls as the Ironclad user
// with this email (client-credentials tokens only), sharing pacing and tokens.
func (c *Client) ActingAs(email string) *Client {
	cp := *c
	cp.actor = actor{email: email}
	return &cp
}

func (a actor) apply(h http.Header) {
	if a.email != "" {
		h.Set("x-as-user-email", a.email)
	}
	if a.userID != "" {
		h.Set("x-as-user-id", a.userID)
	}
}
