package jobs

import (
	"context"
	"database/sql"
	"errors"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"tradewind/server/database"
)

// Queue inserts jobs and works none: River's insert-only client. Services
// get it when they are built, before the Client that works their jobs exists
// (that client needs the services' workers), so neither waits on the other.
// Inserting in a transaction is the same through either client: River wakes
// its own workers only for jobs inserted outside one.
type Queue struct{ c *river.Client[*sql.Tx] }

// NewQueue returns the queue of db.
func NewQueue(db *database.DB) (*Queue, error) {
	c, err := river.NewClient(driver(db), &river.Config{})
	if err != nil {
		return nil, err
	}
	return &Queue{c: c}, nil
}

// ErrNoTransaction means InsertTx was called outside a transaction that
// database.SQLTx can see.
var ErrNoTransaction = errors.New("jobs: no transaction in context (begin it with database.WithSQLTxSlot)")

// InsertTx inserts a job in the transaction of ctx (a GraphQL mutation's,
// or one begun with database.WithSQLTxSlot), so the job exists if and only
// if the change that causes it commits.
func (q *Queue) InsertTx(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) error {
	tx := database.SQLTx(ctx)
	if tx == nil {
		return ErrNoTransaction
	}
	_, err := q.c.InsertTx(ctx, tx, args, opts)
	return err
}

// InsertManyTx inserts several jobs (default options) in the transaction of
// ctx, as InsertTx does, in one statement.
func (q *Queue) InsertManyTx(ctx context.Context, args []river.JobArgs) error {
	tx := database.SQLTx(ctx)
	if tx == nil {
		return ErrNoTransaction
	}
	params := make([]river.InsertManyParams, len(args))
	for i, a := range args {
		params[i] = river.InsertManyParams{Args: a}
	}
	_, err := q.c.InsertManyTx(ctx, tx, params)
	return err
}

// List lists jobs (River's own filters), e.g. so a page shows where its
// background work stands after a reload or a restart.
func (q *Queue) List(ctx context.Context, params *river.JobListParams) ([]*rivertype.JobRow, error) {
	res, err := q.c.JobList(ctx, params)
	if err != nil {
		return nil, err
	}
	return res.Jobs, nil
}
