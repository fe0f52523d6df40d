package jobs

import (
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"
)

// Wait asks River to run the job again after Delay without counting a
// failure: an async launch still running, a launch whose outcome is not
// known yet, a launch blocked by drift.
type Wait struct {
	Delay  time.Duration
	Reason string
}

func (w *Wait) Error() string { return fmt.Sprintf("waiting %s: %s", w.Delay, w.Reason) }

// Snooze turns a *Wait into River's snooze; other errors pass unchanged.
func Snooze(err error) error {
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

// CancelIroncladArgs cancels a withdrawn request's workflow in Ironclad.
type CancelIroncladArgs struct {
	LinkedWorkflowID string `json:"linked_workflow_id"`
	Reason           string `json:"reason"`
}

// Kind names the job.
func (CancelIroncladArgs) Kind() string { return "ironclad_cancel" }

// ApplyWebhookArgs applies one stored webhook (a PENDING sync event).
type ApplyWebhookArgs struct {
	SyncEventID string `json:"sync_event_id"`
}

// Kind names the job.
func (ApplyWebhookArgs) Kind() string { return "ironclad_apply_webhook" }

// RefreshLinkedWorkflowArgs reads a linked workflow's state from Ironclad
// and applies it (after a launch).
type RefreshLinkedWorkflowArgs struct {
	LinkedWorkflowID string `json:"linked_workflow_id"`
}

// Kind names the job.
func (RefreshLinkedWorkflowArgs) Kind() string { return "ironclad_refresh_workflow" }

// BackfillArgs finds linked workflows changed in Ironclad whose webhooks
// were missed, and applies them.
type BackfillArgs struct{}

// Kind names the job.
func (BackfillArgs) Kind() string { return "ironclad_backfill" }

// BackfillInterval is how often the back-fill runs.
const BackfillInterval = 5 * time.Minute
