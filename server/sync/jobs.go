package sync

import (
	"context"

	"github.com/riverqueue/river"

	"tradewind/server/jobs"
)

// Jobs are the sync jobs this service works: stored webhooks applied, a
// linked workflow refreshed after its launch, and the periodic back-fill.
func (s *Service) Jobs() []jobs.Worker {
	return []jobs.Worker{
		jobs.Work[jobs.ApplyWebhookArgs](&applyWebhookWorker{s: s}),
		jobs.Work[jobs.RefreshLinkedWorkflowArgs](&refreshWorker{s: s}),
		jobs.Every[jobs.BackfillArgs](jobs.BackfillInterval, false, &backfillWorker{s: s}),
	}
}

type applyWebhookWorker struct {
	river.WorkerDefaults[jobs.ApplyWebhookArgs]
	s *Service
}

func (w *applyWebhookWorker) Work(ctx context.Context, job *river.Job[jobs.ApplyWebhookArgs]) error {
	return jobs.Snooze(w.s.ApplyWebhook(ctx, job.Args))
}

type refreshWorker struct {
	river.WorkerDefaults[jobs.RefreshLinkedWorkflowArgs]
	s *Service
}

func (w *refreshWorker) Work(ctx context.Context, job *river.Job[jobs.RefreshLinkedWorkflowArgs]) error {
	return jobs.Snooze(w.s.RefreshLinkedWorkflow(ctx, job.Args))
}

type backfillWorker struct {
	river.WorkerDefaults[jobs.BackfillArgs]
	s *Service
}

func (w *backfillWorker) Work(ctx context.Context, _ *river.Job[jobs.BackfillArgs]) error {
	return w.s.Backfill(ctx)
}
