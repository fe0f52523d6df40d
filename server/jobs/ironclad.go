package jobs

import (
	"context"
	"errors"
	"time"

	"github.com/riverqueue/river"

	"tradewind/server/database"
)

// IroncladWork is what the Ironclad jobs call: the catalog imports one
// template, the integration checks connections and drift.
type IroncladWork interface {
	ImportTemplate(ctx context.Context, args ImportTemplateArgs) error
	CheckIroncladHealth(ctx context.Context) error
}

// ImportTemplateArgs imports one Ironclad template (Import Forms): one job
// per template, so a failure on one never loses the others.
type ImportTemplateArgs struct {
	ImportID     string `json:"import_id"`
	ConnectionID string `json:"connection_id"`
	TemplateID   string `json:"template_id"`
	Name         string `json:"name"`
}

// Kind names the job.
func (ImportTemplateArgs) Kind() string { return "ironclad_import_template" }

// InsertOpts: a template failing for good (unknown, forbidden) is reported
// after a few attempts rather than retried for days.
func (ImportTemplateArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: 3} }

type importTemplateWorker struct {
	river.WorkerDefaults[ImportTemplateArgs]
	work IroncladWork
}

func (w *importTemplateWorker) Work(ctx context.Context, job *river.Job[ImportTemplateArgs]) error {
	return w.work.ImportTemplate(ctx, job.Args)
}

// Timeout bounds one import; the client's own retries fit inside.
func (w *importTemplateWorker) Timeout(*river.Job[ImportTemplateArgs]) time.Duration {
	return 5 * time.Minute
}

// IroncladHealthArgs re-checks every connection (token, webhook) and every
// imported workflow (drift).
type IroncladHealthArgs struct{}

// Kind names the job.
func (IroncladHealthArgs) Kind() string { return "ironclad_health" }

type ironcladHealthWorker struct {
	river.WorkerDefaults[IroncladHealthArgs]
	work IroncladWork
}

func (w *ironcladHealthWorker) Work(ctx context.Context, _ *river.Job[IroncladHealthArgs]) error {
	return w.work.CheckIroncladHealth(ctx)
}

// IroncladHealthInterval is how often the health job runs.
const IroncladHealthInterval = 15 * time.Minute

// ErrNoTransaction means InsertTx was called outside a transaction that
// database.SQLTx can see.
var ErrNoTransaction = errors.New("jobs: no transaction in context (begin it with database.WithSQLTxSlot)")

// InsertTx inserts a job in the transaction of ctx (a GraphQL mutation's,
// or one begun with database.WithSQLTxSlot), so the job exists if and only
// if the change that causes it commits.
func InsertTx(ctx context.Context, c *Client, args river.JobArgs, opts *river.InsertOpts) error {
	tx := database.SQLTx(ctx)
	if tx == nil {
		return ErrNoTransaction
	}
	_, err := c.InsertTx(ctx, tx, args, opts)
	return err
}
