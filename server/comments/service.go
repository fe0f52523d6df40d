// Package comments is the thread on a request and its mirror in Ironclad.
// A comment is added and deleted in Tradewind by people (the request's
// visibility rules: requesters on their own requests, admins anywhere) and
// in Ironclad by Ironclad's users; when comment sync is on for the request's
// Ironclad workflow, each side's changes reach the other: Tradewind's writes
// through a per-connection outbox job that shares the connection's write
// allowance, Ironclad's through webhooks (applied by server/sync), a
// back-fill and an import when sync is switched on. See docs/comments.md.
package comments

import (
	"context"
	"log/slog"
	"time"

	"tradewind/ent"
	"tradewind/server/events"
	"tradewind/server/integration"
	"tradewind/server/jobs"
)

// Broker topics, one per kind of change. Each carries the *ent.Comment after
// the change (a removed one too: Tradewind itself can still read it).
const (
	TopicAdded   = "comments.added"
	TopicEdited  = "comments.edited"
	TopicRemoved = "comments.removed"
)

// Topics are the three topics, for a subscription to all changes.
var Topics = []string{TopicAdded, TopicEdited, TopicRemoved}

// DefaultRetryBackoff is the wait before the second attempt of a failed
// comment write; it doubles with each attempt.
const DefaultRetryBackoff = 10 * time.Second

// MaxAttempts is how often a comment write is tried before it is FAILED
// (with its reason and a Retry).
const MaxAttempts = 5

// Config wires the service.
type Config struct {
	DB           *ent.Client // the base client: jobs read and write outside requests
	Integration  *integration.Service
	Broker       *events.Broker
	Queue        *jobs.Queue
	Logger       *slog.Logger
	RetryBackoff time.Duration // zero: DefaultRetryBackoff
}

// Service keeps threads and their Ironclad mirror.
type Service struct {
	cfg Config
	now func() time.Time
}

// New returns the service.
func New(cfg Config) *Service {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.RetryBackoff == 0 {
		cfg.RetryBackoff = DefaultRetryBackoff
	}
	return &Service{cfg: cfg, now: time.Now}
}

// SetRetryBackoff changes the wait between attempts (tests).
func (s *Service) SetRetryBackoff(d time.Duration) { s.cfg.RetryBackoff = d }

func (s *Service) publish(ctx context.Context, topic string, c *ent.Comment) {
	s.cfg.Broker.PublishAfterCommit(ctx, events.Event{Topic: topic, Data: c, ID: string(c.ID)})
}
