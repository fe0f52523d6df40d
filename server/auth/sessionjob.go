package auth

import (
	"context"
	"time"

	"github.com/riverqueue/river"

	"tradewind/server/jobs"
)

// SessionCleanupArgs asks for expired sessions to be deleted.
type SessionCleanupArgs struct{}

// Kind names the job.
func (SessionCleanupArgs) Kind() string { return "session_cleanup" }

type sessionCleanupWorker struct {
	river.WorkerDefaults[SessionCleanupArgs]
	s *Service
}

func (w *sessionCleanupWorker) Work(ctx context.Context, _ *river.Job[SessionCleanupArgs]) error {
	_, err := w.s.DeleteExpiredSessions(ctx)
	return err
}

// Jobs are auth's background jobs: hourly (and at start) expired sessions
// are deleted.
func (s *Service) Jobs() []jobs.Worker {
	return []jobs.Worker{jobs.Every[SessionCleanupArgs](time.Hour, true, &sessionCleanupWorker{s: s})}
}
