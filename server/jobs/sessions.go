package jobs

import (
	"context"

	"github.com/riverqueue/river"

	"tradewind/server/auth"
)

// SessionCleanupArgs asks for expired sessions to be deleted.
type SessionCleanupArgs struct{}

// Kind names the job.
func (SessionCleanupArgs) Kind() string { return "session_cleanup" }

type sessionCleanupWorker struct {
	river.WorkerDefaults[SessionCleanupArgs]
	auth *auth.Service
}

func (w *sessionCleanupWorker) Work(ctx context.Context, _ *river.Job[SessionCleanupArgs]) error {
	_, err := w.auth.DeleteExpiredSessions(ctx)
	return err
}
