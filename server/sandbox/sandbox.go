// Package sandbox is Tradewind's Ironclad CLM simulator: OAuth, the public
// workflow API, an operator console and a JSON control API, with webhooks
// delegated to package webhooks. Behaviour follows ../shared/ironclad/API.md
// and the recorded exchanges; choices the sources leave open are listed in
// docs/sandbox.md.
package sandbox

import (
	"log/slog"
	"net/http"
	"time"

	"tradewind/server/sandbox/webhooks"
)

// Config configures a Sandbox. The zero value of every field has a default.
type Config struct {
	// PublicURL is the externally visible base URL of the sandbox root; all
	// links, redirects and webhook payload links are built from it.
	PublicURL              string
	ClientID, ClientSecret string   // defaults tradewind-demo / tradewind-demo-secret
	RedirectURIs           []string // registered for the seeded client
	TokenTTL               time.Duration
	// CommentDelete turns on DELETE /workflows/{id}/comments/{commentId},
	// which real Ironclad does not have (404 when off).
	CommentDelete bool
	StatePath     string // "" keeps state in memory only
	RateLimits    RateLimits
	// WebhookRetrySchedule is handed to the webhooks package; nil = its
	// Ironclad-like default.
	WebhookRetrySchedule []time.Duration
	Logger               *slog.Logger

	// AsyncLaunchDelay is how long an async launch job stays in_progress
	// before it runs on its own (a status poll may run it sooner; see
	// asyncJob). Default 2s.
	AsyncLaunchDelay time.Duration
	// Faults are injected from the start; the control API changes them.
	Faults Faults
	// WebhookFaults are delivery faults injected from the start (dropped,
	// duplicated, delayed, reordered); the control API changes them.
	WebhookFaults webhooks.Faults
}

const (
	DefaultClientID     = "tradewind-demo"
	DefaultClientSecret = "tradewind-demo-secret"
	DefaultTokenTTL     = 3600 * time.Second
)

// Sandbox is the simulator; it is an http.Handler rooted at the sandbox root.
type Sandbox struct {
	*Sim
	handler http.Handler
	pages   *pages
}

// New builds a sandbox, loading Config.StatePath when it exists.
func New(cfg Config) (*Sandbox, error) {
	sim, err := NewSim(cfg)
	if err != nil {
		return nil, err
	}
	s := &Sandbox{Sim: sim}
	s.pages = loadPages()
	s.handler = s.routes()
	return s, nil
}

// ServeHTTP serves the sandbox; paths are relative to the sandbox root.
func (s *Sandbox) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}
