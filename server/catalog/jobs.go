package catalog

import (
	"context"
	"time"

	"github.com/riverqueue/river"

	"tradewind/server/jobs"
)

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
	s *Service
}

func (w *importTemplateWorker) Work(ctx context.Context, job *river.Job[ImportTemplateArgs]) error {
	return w.s.ImportTemplate(ctx, job.Args, interruptedBefore(job.Errors))
}

// Timeout bounds one import; the client's own retries fit inside.
func (w *importTemplateWorker) Timeout(*river.Job[ImportTemplateArgs]) time.Duration {
	return importTimeout
}

// Job timeouts: each covers its job's real length, within jobs.MaxJobTimeout
// (River rescues a job left running longer).
const (
	importTimeout = jobs.MaxJobTimeout
	healthTimeout = jobs.MaxJobTimeout // every connection and workflow, paced by Ironclad's limits
)

// IroncladHealthArgs re-checks every connection (token, webhook) and every
// imported workflow (drift).
type IroncladHealthArgs struct{}

// Kind names the job.
func (IroncladHealthArgs) Kind() string { return "ironclad_health" }

type ironcladHealthWorker struct {
	river.WorkerDefaults[IroncladHealthArgs]
	s *Service
}

// Timeout: River's default (a minute) is too short for many connections.
func (w *ironcladHealthWorker) Timeout(*river.Job[IroncladHealthArgs]) time.Duration {
	return healthTimeout
}

func (w *ironcladHealthWorker) Work(ctx context.Context, _ *river.Job[IroncladHealthArgs]) error {
	return w.s.CheckIroncladHealth(ctx)
}

// IroncladHealthInterval is how often the health job runs.
const IroncladHealthInterval = 15 * time.Minute

// Jobs are the catalog's background jobs: imports, and the periodic health
// and drift check.
func (s *Service) Jobs() []jobs.Worker {
	return []jobs.Worker{
		jobs.Work[ImportTemplateArgs](&importTemplateWorker{s: s}),
		jobs.Every[IroncladHealthArgs](IroncladHealthInterval, false, &ironcladHealthWorker{s: s}),
	}
}
