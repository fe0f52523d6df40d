// Package catalog holds the Ironclad workflows Tradewind imported (Import
// Forms), their fields' review state (Needs Review), re-sync with a diff, and
// the synced-workflows list's edits.
package catalog

import (
	"context"
	"log/slog"
	"time"

	"tradewind/ent"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/audit"
	"tradewind/server/events"
	"tradewind/server/integration"
	"tradewind/server/jobs"
)

// Service manages imported Ironclad workflows.
type Service struct {
	db     *ent.Client
	conns  *integration.Service
	broker *events.Broker
	audit  *audit.Recorder
	queue  *jobs.Queue
	log    *slog.Logger
	now    func() time.Time
}

// Config is what the service needs.
type Config struct {
	Client      *ent.Client
	Integration *integration.Service // Ironclad connections, their clients and ledger
	Broker      *events.Broker       // import progress
	Audit       *audit.Recorder
	Queue       *jobs.Queue // import jobs; Jobs lists their workers
	Logger      *slog.Logger
}

// New returns the service.
func New(cfg Config) *Service {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Broker != nil {
		cfg.Broker.SetDecoder(ImportTopic(""), decodeProgress)
	}
	return &Service{db: cfg.Client, conns: cfg.Integration, broker: cfg.Broker, audit: cfg.Audit, queue: cfg.Queue,
		log: logger, now: time.Now}
}

func (s *Service) workflow(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.IroncladWorkflow, error) {
	wf, err := client.IroncladWorkflow.Query().Where(ironcladworkflow.ID(id)).WithConnection().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Ironclad workflow")
	}
	return wf, err
}

// withTx runs fn in a transaction of the base client (jobs and the
// mutations that talk to Ironclad run outside the GraphQL transaction).
func (s *Service) withTx(ctx context.Context, fn func(ctx context.Context, tx *ent.Client) error) error {
	tx, err := s.db.Tx(ctx)
	if err != nil {
		return err
	}
	txCtx := ent.NewTxContext(ctx, tx)
	if err := fn(txCtx, tx.Client()); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}
