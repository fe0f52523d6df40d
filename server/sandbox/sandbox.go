// Package sandbox is Tradewind's Ironclad CLM simulator: OAuth, the public
// workflow API, an operator console and a JSON control API, with webhooks
// delegated to package webhooks. Behaviour follows ../shared/ironclad/API.md
// and the recorded exchanges; choices the sources leave open are listed in
// docs/sandbox.md.
package sandbox

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
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
	defaultClientID     = "tradewind-demo"
	defaultClientSecret = "tradewind-demo-secret"
	defaultTokenTTL     = 3600 * time.Second
)

// Sandbox is the simulator; it is an http.Handler rooted at the sandbox root.
type Sandbox struct {
	cfg     Config
	log     *slog.Logger
	now     func() time.Time
	base    *url.URL
	hub     *webhooks.Hub
	limiter *rateLimiter
	faults  *faultInjector
	saver   *saver
	handler http.Handler
	pages   *pages

	mu sync.RWMutex
	st *state

	eventsMu sync.Mutex
	events   []loggedEvent

	timersMu sync.Mutex
	timers   map[*time.Timer]struct{}
	closed   bool
}

// New builds a sandbox, loading Config.StatePath when it exists.
func New(cfg Config) (*Sandbox, error) {
	cfg = withDefaults(cfg)
	base, err := url.Parse(strings.TrimSuffix(cfg.PublicURL, "/"))
	if err != nil || base.Scheme == "" || base.Host == "" {
		return nil, fmt.Errorf("sandbox: public URL %q must be absolute", cfg.PublicURL)
	}
	hub, err := webhooks.New(webhooks.Config{RetrySchedule: cfg.WebhookRetrySchedule, Logger: cfg.Logger.With("component", "webhooks")})
	if err != nil {
		return nil, err
	}
	hub.SetFaults(cfg.WebhookFaults)
	s := &Sandbox{
		cfg: cfg, log: cfg.Logger, now: time.Now, base: base, hub: hub,
		limiter: newRateLimiter(cfg.RateLimits),
		faults:  newFaultInjector(cfg.Faults),
		timers:  map[*time.Timer]struct{}{},
	}
	s.st = seedState(&cfg)
	if cfg.StatePath != "" {
		if err := s.load(); err != nil {
			_ = hub.Close()
			return nil, err
		}
		s.saver = newSaver(s.save, s.log)
	}
	s.pages = loadPages()
	s.handler = s.routes()
	return s, nil
}

func withDefaults(cfg Config) Config {
	if cfg.ClientID == "" {
		cfg.ClientID = defaultClientID
	}
	if cfg.ClientSecret == "" {
		cfg.ClientSecret = defaultClientSecret
	}
	if cfg.TokenTTL <= 0 {
		cfg.TokenTTL = defaultTokenTTL
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

// ServeHTTP serves the sandbox; paths are relative to the sandbox root.
func (s *Sandbox) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// Close stops background work (async jobs, webhook delivery) and writes any
// pending state.
func (s *Sandbox) Close() error {
	s.timersMu.Lock()
	s.closed = true
	for t := range s.timers {
		t.Stop()
	}
	s.timersMu.Unlock()
	var errs []error
	if s.saver != nil {
		errs = append(errs, s.saver.close())
	}
	errs = append(errs, s.hub.Close())
	return errors.Join(errs...)
}

// link builds an absolute URL under the sandbox root.
func (s *Sandbox) link(path string) string {
	return s.base.String() + path
}

// basePath is the sandbox root's path ("" when served at the host root).
func (s *Sandbox) basePath() string { return s.base.Path }

// read runs fn with the state locked for reading.
func (s *Sandbox) read(fn func(st *state) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return fn(s.st)
}

// change is the one path through which state changes: fn mutates inside a
// transaction, then — after the lock is released — every event it emitted is
// published to the webhooks hub and the state is scheduled for saving. API
// handlers, the console and the control API all come through here, so they
// fire the same webhooks. fn must check before it mutates: an error return
// does not roll back.
func (s *Sandbox) change(fn func(tx *txn) error) error {
	s.mu.Lock()
	tx := &txn{st: s.st, now: s.now().UTC(), companyID: s.st.Company.ID, s: s}
	err := fn(tx)
	s.mu.Unlock()
	for _, ev := range tx.events {
		s.publish(ev)
	}
	s.stateChanged()
	return err
}

// stateChanged schedules a save of the state file.
func (s *Sandbox) stateChanged() {
	if s.saver != nil {
		s.saver.touch()
	}
}

// after runs fn once after d unless the sandbox closes first.
func (s *Sandbox) after(d time.Duration, fn func()) {
	s.timersMu.Lock()
	defer s.timersMu.Unlock()
	if s.closed {
		return
	}
	var t *time.Timer
	t = time.AfterFunc(d, func() {
		s.timersMu.Lock()
		delete(s.timers, t)
		closed := s.closed
		s.timersMu.Unlock()
		if !closed {
			fn()
		}
	})
	s.timers[t] = struct{}{}
}
