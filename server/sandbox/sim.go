package sandbox

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"tradewind/server/sandbox/webhooks"
)

// Sim is the simulator's state and everything that changes it: the
// HTTP layers (api, oauth, console, control, web) share one Sim.
type Sim struct {
	cfg     Config
	log     *slog.Logger
	now     func() time.Time
	base    *url.URL
	hub     *webhooks.Hub
	limiter *rateLimiter
	faults  *faultInjector
	saver   *saver

	mu sync.RWMutex
	st *state

	eventsMu sync.Mutex
	events   []loggedEvent

	timersMu sync.Mutex
	timers   map[*time.Timer]struct{}
	closed   bool
}

// newSim builds the simulator state, loading Config.StatePath when it
// exists.
func newSim(cfg Config) (*Sim, error) {
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
	s := &Sim{
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

// Close stops background work (async jobs, webhook delivery) and writes any
// pending state.
func (s *Sim) Close() error {
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
func (s *Sim) link(path string) string {
	return s.base.String() + path
}

// basePath is the sandbox root's path ("" when served at the host root).
func (s *Sim) basePath() string { return s.base.Path }

// read runs fn with the state locked for reading.
func (s *Sim) read(fn func(st *state) error) error {
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
func (s *Sim) change(fn func(tx *txn) error) error {
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
func (s *Sim) stateChanged() {
	if s.saver != nil {
		s.saver.touch()
	}
}

// after runs fn once after d unless the sandbox closes first.
func (s *Sim) after(d time.Duration, fn func()) {
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
