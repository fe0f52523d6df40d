// Package core is the sandbox's simulator proper: the state, every
// operation that changes it (as methods of Txn, run through Sim.Change so
// that each change publishes its webhook events once), the launch and
// workflow schemas, seed data, persistence, rate limits and API faults. The
// HTTP packages (api, oauth, web, console, control) and the JSON views
// (view) are layers over it.
package core

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
	Config  Config
	Log     *slog.Logger
	Now     func() time.Time
	base    *url.URL
	Hub     *webhooks.Hub
	Limiter *rateLimiter
	Faults  *faultInjector
	saver   *saver

	mu sync.RWMutex
	st *State

	eventsMu sync.Mutex
	events   []loggedEvent

	timersMu sync.Mutex
	timers   map[*time.Timer]struct{}
	closed   bool
}

// NewSim builds the simulator state, loading Config.StatePath when it
// exists.
func NewSim(cfg Config) (*Sim, error) {
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
		Config: cfg, Log: cfg.Logger, Now: time.Now, base: base, Hub: hub,
		Limiter: newRateLimiter(cfg.RateLimits),
		Faults:  newFaultInjector(cfg.Faults),
		timers:  map[*time.Timer]struct{}{},
	}
	s.st = seedState(&cfg)
	if cfg.StatePath != "" {
		if err := s.load(); err != nil {
			_ = hub.Close()
			return nil, err
		}
		s.saver = newSaver(s.save, s.Log)
	}
	return s, nil
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
	errs = append(errs, s.Hub.Close())
	return errors.Join(errs...)
}

// Link builds an absolute URL under the sandbox root.
func (s *Sim) Link(path string) string {
	return s.base.String() + path
}

// BasePath is the sandbox root's path ("" when served at the host root).
func (s *Sim) BasePath() string { return s.base.Path }

// Read runs fn with the state locked for reading.
func (s *Sim) Read(fn func(st *State) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return fn(s.st)
}

// Change is the one path through which state changes: fn mutates inside a
// transaction, then — after the lock is released — every event it emitted is
// published to the webhooks hub and the state is scheduled for saving. API
// handlers, the console and the control API all come through here, so they
// fire the same webhooks. fn must check before it mutates: an error return
// does not roll back.
func (s *Sim) Change(fn func(tx *Txn) error) error {
	s.mu.Lock()
	tx := &Txn{St: s.st, Now: s.Now().UTC(), companyID: s.st.Company.ID, s: s}
	err := fn(tx)
	s.mu.Unlock()
	for _, ev := range tx.events {
		s.publish(ev)
	}
	s.StateChanged()
	return err
}

// StateChanged schedules a save of the state file.
func (s *Sim) StateChanged() {
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
