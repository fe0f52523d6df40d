// Package jobs assembles River for Tradewind: its driver over ent's
// database/sql pool, its migrations, the Queue services insert jobs on and
// the Client that works them. The jobs themselves (arguments and workers)
// live with their domain, which hands them to NewClient as Workers, so this
// package imports no service.
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

// Worker is one kind of job a domain works, and how often River schedules it
// on its own (never, for jobs that services insert).
type Worker struct {
	add      func(*river.Workers)
	periodic *river.PeriodicJob
}

// Work registers a job that services insert.
func Work[T river.JobArgs](w river.Worker[T]) Worker {
	return Worker{add: func(ws *river.Workers) { river.AddWorker(ws, w) }}
}

// Every registers a job River inserts itself every interval (once per
// cluster), and also when the client starts if onStart.
func Every[T river.JobArgs](interval time.Duration, onStart bool, w river.Worker[T]) Worker {
	var args T
	job := river.NewPeriodicJob(river.PeriodicInterval(interval),
		func() (river.JobArgs, *river.InsertOpts) { return args, nil },
		&river.PeriodicJobOpts{RunOnStart: onStart})
	return Worker{add: Work(w).add, periodic: job}
}

// MaxJobTimeout is the longest a worker's Timeout may be: River rescues a
// job left running longer.
const MaxJobTimeout = 5 * time.Minute

// NewClient returns the River client that works the given jobs.
func NewClient(db *database.DB, logger *slog.Logger, workers ...Worker) (*Client, error) {
	bundle := river.NewWorkers()
	var periodic []*river.PeriodicJob
	for _, w := range workers {
		w.add(bundle)
		if w.periodic != nil {
			periodic = append(periodic, w.periodic)
		}
	}
	return river.NewClient(driver(db), &river.Config{
		Logger: logger,
		// A job still "running" past the longest timeout was interrupted
		// (kill -9, a lost replica): give it back to the queue then, not after
		// River's default hour.
		RescueStuckJobsAfter: MaxJobTimeout + time.Minute,
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 10}},
		Workers:              bundle,
		FetchPollInterval:    time.Second,
		PeriodicJobs:         periodic,
	})
}
