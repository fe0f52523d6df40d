package jobs

import (
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// CommentOutboxArgs sends a connection's waiting comment writes to Ironclad
// (posts and deletes), one at a time, oldest first: so they go out in order
// per workflow and one connection's comment backlog holds one place in the
// connection's write allowance, never a queue in front of launches. One job
// per connection at a time (unique by args); it works until nothing is due.
type CommentOutboxArgs struct {
	ConnectionID string `json:"connection_id"`
}

// Kind names the job.
func (CommentOutboxArgs) Kind() string { return "ironclad_comment_outbox" }

// InsertOpts: one outbox job per connection; a second insert while one waits
// or runs is skipped (the running one looks again before it finishes).
func (CommentOutboxArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRetryable,
		rivertype.JobStateRunning, rivertype.JobStateScheduled}}}
}

// CommentImportArgs brings the existing Ironclad comments of every linked
// workflow of an Ironclad workflow into Tradewind, after its comment sync was
// switched on. Safe to run again: comments already there are recognised.
type CommentImportArgs struct {
	IroncladWorkflowID string `json:"ironclad_workflow_id"`
}

// Kind names the job.
func (CommentImportArgs) Kind() string { return "ironclad_comment_import" }

// CommentOutboxSweep is how often waiting comment writes are looked for
// without a job (a write queued while its connection's job was finishing).
const CommentOutboxSweep = time.Minute

// CommentOutboxSweepArgs is the periodic sweep.
type CommentOutboxSweepArgs struct{}

// Kind names the job.
func (CommentOutboxSweepArgs) Kind() string { return "ironclad_comment_outbox_sweep" }
