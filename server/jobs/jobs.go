// Package jobs runs Tradewind's background work on River: durable retries,
// unique and periodic jobs, inserted in the same transaction as the change
// that causes them.
package jobs

import (
	"context"
	"database/sql"
	"log/slog"
	"time"

	"entgo.io/ent/dialect"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"tradewind/server/auth"
	"tradewind/server/database"
)

// Client is River's client over database/sql transactions (ent's).
type Client = river.Client[*sql.Tx]

func driver(db *database.DB) riverdriver.Driver[*sql.Tx] {
	if db.Dialect == dialect.Postgres {
		// database/sql pool shared with ent, so jobs join ent's transactions;
		// poll-only (no LISTEN), which is enough for our volumes.
		return riverdatabasesql.New(db.SQL)
	}
	return riversqlite.New(db.SQL)
}

// Migrate applies River's own migrations.
func Migrate(ctx context.Context, db *database.DB) error {
	m, err := rivermigrate.New(driver(db), nil)
	if err != nil {
		return err
	}
	_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	return err
}

// Pending reports whether River has migrations left to apply.
func Pending(ctx context.Context, db *database.DB) (bool, error) {
	m, err := rivermigrate.New(driver(db), nil)
	if err != nil {
		return false, err
	}
	res, err := m.Migrate(ctx, rivermigrate.DirectionUp, &rivermigrate.MigrateOpts{DryRun: true})
	if err != nil {
		return false, err
	}
	return len(res.Versions) > 0, nil
}

// Deps is what the workers need.
type Deps struct {
	Auth     *auth.Service
	Ironclad IroncladWork // nil: no Ironclad workers (tools that only migrate)
	Requests RequestWork  // nil: no launch or cancel workers
	Sync     SyncWork     // nil: no webhook, refresh or back-fill workers
}

// NewClient returns a River client with every Tradewind worker and periodic job.
func NewClient(db *database.DB, deps Deps, logger *slog.Logger) (*Client, error) {
	workers := river.NewWorkers()
	river.AddWorker(workers, &sessionCleanupWorker{auth: deps.Auth})
	periodic := []*river.PeriodicJob{
		river.NewPeriodicJob(river.PeriodicInterval(time.Hour),
			func() (river.JobArgs, *river.InsertOpts) { return SessionCleanupArgs{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true}),
	}
	if deps.Ironclad != nil {
		river.AddWorker(workers, &importTemplateWorker{work: deps.Ironclad})
		river.AddWorker(workers, &ironcladHealthWorker{work: deps.Ironclad})
		periodic = append(periodic, river.NewPeriodicJob(river.PeriodicInterval(IroncladHealthInterval),
			func() (river.JobArgs, *river.InsertOpts) { return IroncladHealthArgs{}, nil }, nil))
	}
	periodic = append(periodic, addRequestWorkers(workers, deps)...)
	pollInterval := time.Second
	return river.NewClient(driver(db), &river.Config{
		Logger:            logger,
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 10}},
		Workers:           workers,
		FetchPollInterval: pollInterval,
		PeriodicJobs:      periodic,
	})
}
