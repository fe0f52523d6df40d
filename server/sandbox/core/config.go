package core

import (
	"log/slog"
	"time"

	"tradewind/server/sandbox/webhooks"
)

// Config configures the simulator (sandbox.Config is this type). The zero value of every field has a default.
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
	DefaultClientSecret = "tradewind-demo-secret" //nolint:gosec // G101: the simulator's documented demo client, not a credential
	DefaultTokenTTL     = 3600 * time.Second
)

func withDefaults(cfg Config) Config {
	if cfg.ClientID == "" {
		cfg.ClientID = DefaultClientID
	}
	if cfg.ClientSecret == "" {
		cfg.ClientSecret = DefaultClientSecret
	}
	if cfg.TokenTTL <= 0 {
		cfg.TokenTTL = DefaultTokenTTL
	}
	if cfg.PublicURL == "" {
		cfg.PublicURL = "http://127.0.0.1:9090"
	}
	if cfg.AsyncLaunchDelay <= 0 {
		cfg.AsyncLaunchDelay = 2 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.RateLimits = cfg.RateLimits.withDefaults()
	return cfg
}
