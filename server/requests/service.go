// Package requests is the request side of Tradewind: workflows (ordered task
// definitions), submitted requests and their answers, and the task engine
// that runs a request's tasks in order, launches its Ironclad workflow
// (idempotently) and follows it to the signed contract. It knows nothing of
// GraphQL: it takes and returns ent entities and domain types.
package requests

import (
	"context"
	"log/slog"
	"time"

	"tradewind/ent"
	"tradewind/server/audit"
	"tradewind/server/database"
	"tradewind/server/events"
	"tradewind/server/integration"
	"tradewind/server/jobs"
)

// Broker topics. Each carries the entity after a committed change, re-read
// after the commit (events.PublishAfterCommit), so subscriptions such as
// taskUpdated and requestUpdated can filter and resolve its edges.
const (
	// TopicTask carries *ent.Task.
	TopicTask = "requests.task"
	// TopicRequest carries *ent.Request.
	TopicRequest = "requests.request"
)

// DefaultLaunchGrace is how long a launch whose outcome is unknown (the
// response was lost) is given to appear in Ironclad before it is sent
// again: an async launch runs seconds after it is accepted.
const DefaultLaunchGrace = 2 * time.Minute

// Config wires the service.
type Config struct {
	DB          *ent.Client // the base client: jobs open their own transactions
	Integration *integration.Service
	Audit       *audit.Recorder
	Broker      *events.Broker
	Queue       *jobs.Queue // launches and cancellations, inserted in the change's transaction
	Logger      *slog.Logger
	LaunchGrace time.Duration // zero: DefaultLaunchGrace
}

// Service runs workflows and requests.
type Service struct {
	cfg Config
	now func() time.Time
}

// New returns the service.
func New(cfg Config) *Service {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.LaunchGrace == 0 {
		cfg.LaunchGrace = DefaultLaunchGrace
	}
	return &Service{cfg: cfg, now: time.Now}
}

// SetLaunchGrace changes how long an uncertain launch is waited for (tests).
func (s *Service) SetLaunchGrace(d time.Duration) { s.cfg.LaunchGrace = d }

// withTx runs fn in a transaction of the base client whose *sql.Tx River can
// join, so jobs inserted by fn commit (or vanish) with its changes. Inside a
// caller's transaction (a GraphQL mutation's), fn joins it instead.
func (s *Service) withTx(ctx context.Context, client *ent.Client, fn func(ctx context.Context, tx *ent.Client) error) error {
	if ent.TxFromContext(ctx) != nil && database.SQLTx(ctx) != nil {
		return fn(ctx, client)
	}
	slotCtx := database.WithSQLTxSlot(ctx)
	tx, err := s.cfg.DB.Tx(slotCtx)
	if err != nil {
		return err
	}
	txCtx := ent.NewTxContext(slotCtx, tx)
	if err := fn(txCtx, tx.Client()); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (s *Service) publishTask(ctx context.Context, t *ent.Task) {
	s.cfg.Broker.PublishAfterCommit(ctx, events.Event{Topic: TopicTask, Data: t, ID: string(t.ID)})
}

func (s *Service) publishRequest(ctx context.Context, r *ent.Request) {
	s.cfg.Broker.PublishAfterCommit(ctx, events.Event{Topic: TopicRequest, Data: r, ID: string(r.ID)})
}
