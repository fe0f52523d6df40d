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
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"tradewind/server/database"
)

// driver is River over ent's database/sql pool, so that jobs are inserted
// in ent's transactions (Queue). On Postgres it sends a NOTIFY with each
// insert, but cannot LISTEN: the Client that works the jobs uses pgx.
func driver(db *database.DB) riverdriver.Driver[*sql.Tx] {
	if db.Dialect == dialect.Postgres {
		return riverdatabasesql.New(db.SQL)
	}
	return riversqlite.New(db.SQL)
}

// Client works the jobs. On Postgres it is River's client on a pgx pool of
// its own, which LISTENs: a job inserted on any replica (a NOTIFY in the
// inserting transaction) starts at once on whichever replica fetches it
// first, and leadership (periodic jobs once per cluster, the rescuer) moves
// at once when a leader stops. Elsewhere (SQLite, a single replica) it is
// River's client over database/sql, woken by inserts made through this
// process and polling every FetchPollInterval.
type Client struct {
	start func(context.Context) error
	stop  func(context.Context) error
	close func()
	once  sync.Once
}

// Start starts working jobs.
func (c *Client) Start(ctx context.Context) error { return c.start(ctx) }

// Stop waits for the running jobs (until ctx ends) and releases the client.
func (c *Client) Stop(ctx context.Context) error {
	err := c.stop(ctx)
	c.Close()
	return err
}

// Close releases the client's own connections (Postgres), started or not.
func (c *Client) Close() { c.once.Do(c.close) }

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
	cfg := &river.Config{
		Logger: logger,
		// A job still "running" past the longest timeout was interrupted
		// (kill -9, a lost replica): give it back to the queue then, not after
		// River's default hour.
		RescueStuckJobsAfter: MaxJobTimeout + time.Minute,
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 10}},
		Workers:              bundle,
		// The fallback when a notification is missed (or, without LISTEN,
		// for jobs inserted by another process).
		FetchPollInterval: time.Second,
		PeriodicJobs:      periodic,
	}
	if db.Dialect == dialect.Postgres {
		pool, err := pgxpool.New(context.Background(), db.URL)
		if err != nil {
			return nil, err
		}
		c, err := river.NewClient(riverpgxv5.New(pool), cfg)
		if err != nil {
			pool.Close()
			return nil, err
		}
		return &Client{start: c.Start, stop: c.Stop, close: pool.Close}, nil
	}
	c, err := river.NewClient(driver(db), cfg)
	if err != nil {
		return nil, err
	}
	return &Client{start: c.Start, stop: c.Stop, close: func() {}}, nil
}
