package jobs

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"
)

// RequestWork is what the request jobs call (server/requests).
type RequestWork interface {
	Launch(ctx context.Context, args LaunchArgs) error
	CancelIronclad(ctx context.Context, args CancelIroncladArgs) error
}

// SyncWork is what the sync jobs call (server/sync).
type SyncWork interface {
	ApplyWebhook(ctx context.Context, args ApplyWebhookArgs) error
	RefreshLinkedWorkflow(ctx context.Context, args RefreshLinkedWorkflowArgs) error
	Backfill(ctx context.Context) error
}

// Wait asks River to run the job again after Delay without counting a
// failure: an async launch still running, a launch whose outcome is not
// known yet, a launch blocked by drift.
type Wait struct {
	Delay  time.Duration
	Reason string
}

func (w *Wait) Error() string { return fmt.Sprintf("waiting %s: %s", w.Delay, w.Reason) }

// snoozeOn turns a *Wait into River's snooze.
func snoozeOn(err error) error {
	var w *Wait
	if errors.As(err, &w) {
		return river.JobSnooze(w.Delay)
	}
	return err
}

// LaunchArgs launches (or finds the already launched) Ironclad workflow of a
// request's launch task. Safe to run any number of times.
type LaunchArgs struct {
	TaskID string `json:"task_id"`
}

// Kind names the job.
func (LaunchArgs) Kind() string { return "ironclad_launch" }

// InsertOpts: a launch can wait on Ironclad for a long time; its own waits
// are snoozes, so attempts count real failures only.
func (LaunchArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: 10} }

type launchWorker struct {
	river.WorkerDefaults[LaunchArgs]
	work RequestWork
}

func (w *launchWorker) Work(ctx context.Context, job *river.Job[LaunchArgs]) error {
	return snoozeOn(w.work.Launch(ctx, job.Args))
}

// CancelIroncladArgs cancels a withdrawn request's workflow in Ironclad.
type CancelIroncladArgs struct {
	LinkedWorkflowID string `json:"linked_workflow_id"`
	Reason           string `json:"reason"`
}

// Kind names the job.
func (CancelIroncladArgs) Kind() string { return "ironclad_cancel" }

type cancelWorker struct {
	river.WorkerDefaults[CancelIroncladArgs]
	work RequestWork
}

func (w *cancelWorker) Work(ctx context.Context, job *river.Job[CancelIroncladArgs]) error {
	return snoozeOn(w.work.CancelIronclad(ctx, job.Args))
}

// ApplyWebhookArgs applies one stored webhook (a PENDING sync event).
type ApplyWebhookArgs struct {
	SyncEventID string `json:"sync_event_id"`
}

// Kind names the job.
func (ApplyWebhookArgs) Kind() string { return "ironclad_apply_webhook" }

type applyWebhookWorker struct {
	river.WorkerDefaults[ApplyWebhookArgs]
	work SyncWork
}

func (w *applyWebhookWorker) Work(ctx context.Context, job *river.Job[ApplyWebhookArgs]) error {
	return snoozeOn(w.work.ApplyWebhook(ctx, job.Args))
}

// RefreshLinkedWorkflowArgs reads a linked workflow's state from Ironclad
// and applies it (after a launch).
type RefreshLinkedWorkflowArgs struct {
	LinkedWorkflowID string `json:"linked_workflow_id"`
}

// Kind names the job.
func (RefreshLinkedWorkflowArgs) Kind() string { return "ironclad_refresh_workflow" }

type refreshWorker struct {
	river.WorkerDefaults[RefreshLinkedWorkflowArgs]
	work SyncWork
}

func (w *refreshWorker) Work(ctx context.Context, job *river.Job[RefreshLinkedWorkflowArgs]) error {
	return snoozeOn(w.work.RefreshLinkedWorkflow(ctx, job.Args))
}

// BackfillArgs finds linked workflows changed in Ironclad whose webhooks
// were missed, and applies them.
type BackfillArgs struct{}

// Kind names the job.
func (BackfillArgs) Kind() string { return "ironclad_backfill" }

type backfillWorker struct {
	river.WorkerDefaults[BackfillArgs]
	work SyncWork
}

func (w *backfillWorker) Work(ctx context.Context, _ *river.Job[BackfillArgs]) error {
	return w.work.Backfill(ctx)
}

// BackfillInterval is how often the back-fill runs.
const BackfillInterval = 5 * time.Minute

func addRequestWorkers(workers *river.Workers, deps Deps) []*river.PeriodicJob {
	var periodic []*river.PeriodicJob
	if deps.Requests != nil {
		river.AddWorker(workers, &launchWorker{work: deps.Requests})
		river.AddWorker(workers, &cancelWorker{work: deps.Requests})
	}
	if deps.Sync != nil {
		river.AddWorker(workers, &applyWebhookWorker{work: deps.Sync})
		river.AddWorker(workers, &refreshWorker{work: deps.Sync})
		river.AddWorker(workers, &backfillWorker{work: deps.Sync})
		periodic = append(periodic, river.NewPeriodicJob(river.PeriodicInterval(BackfillInterval),
			func() (river.JobArgs, *river.InsertOpts) { return BackfillArgs{}, nil }, nil))
	}
	return periodic
}
