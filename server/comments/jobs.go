package comments

import (
	"context"
	"time"

	"github.com/riverqueue/river"

	"tradewind/ent/comment"
	"tradewind/ent/connection"
	"tradewind/ent/linkedworkflow"
	"tradewind/server/database"
	"tradewind/server/jobs"
)

// Jobs are the comment jobs: the per-connection outbox, its periodic sweep,
// and the import after comment sync is switched on.
func (s *Service) Jobs() []jobs.Worker {
	return []jobs.Worker{
		jobs.Work[jobs.CommentOutboxArgs](&outboxWorker{s: s}),
		jobs.Work[jobs.CommentImportArgs](&importWorker{s: s}),
		jobs.Every[jobs.CommentOutboxSweepArgs](jobs.CommentOutboxSweep, true, &sweepWorker{s: s}),
	}
}

type outboxWorker struct {
	river.WorkerDefaults[jobs.CommentOutboxArgs]
	s *Service
}

func (w *outboxWorker) Work(ctx context.Context, job *river.Job[jobs.CommentOutboxArgs]) error {
	return jobs.Snooze(w.s.Outbox(ctx, job.Args))
}

// Timeout: a run works up to outboxRun, paced by the limiter.
func (w *outboxWorker) Timeout(*river.Job[jobs.CommentOutboxArgs]) time.Duration {
	return jobs.MaxJobTimeout
}

type importWorker struct {
	river.WorkerDefaults[jobs.CommentImportArgs]
	s *Service
}

func (w *importWorker) Work(ctx context.Context, job *river.Job[jobs.CommentImportArgs]) error {
	return w.s.Import(ctx, job.Args)
}

type sweepWorker struct {
	river.WorkerDefaults[jobs.CommentOutboxSweepArgs]
	s *Service
}

// Work starts the outbox of every connection with waiting writes: one
// queued while its connection's outbox job was finishing has no job.
func (w *sweepWorker) Work(ctx context.Context, _ *river.Job[jobs.CommentOutboxSweepArgs]) error {
	ids, err := w.s.cfg.DB.Connection.Query().Where(connection.HasLinkedWorkflowsWith(
		linkedworkflow.HasCommentsWith(comment.SyncStatusEQ(comment.SyncStatusPENDING)))).IDs(ctx)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return nil
	}
	ctx = database.WithSQLTxSlot(ctx)
	tx, err := w.s.cfg.DB.Tx(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := w.s.cfg.Queue.InsertTx(ctx, jobs.CommentOutboxArgs{ConnectionID: string(id)}, nil); err != nil {
			_ = tx.Rollback()
			return err
		}
	}
	return tx.Commit()
}
