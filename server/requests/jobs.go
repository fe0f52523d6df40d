package requests

import (
	"context"

	"github.com/riverqueue/river"

	"tradewind/server/jobs"
)

// Jobs are the request jobs this service works: launches and cancellations
// in Ironclad.
func (s *Service) Jobs() []jobs.Worker {
	return []jobs.Worker{
		jobs.Work[jobs.LaunchArgs](&launchWorker{s: s}),
		jobs.Work[jobs.CancelIroncladArgs](&cancelWorker{s: s}),
	}
}

type launchWorker struct {
	river.WorkerDefaults[jobs.LaunchArgs]
	s *Service
}

func (w *launchWorker) Work(ctx context.Context, job *river.Job[jobs.LaunchArgs]) error {
	return jobs.Snooze(w.s.Launch(ctx, job.Args))
}

type cancelWorker struct {
	river.WorkerDefaults[jobs.CancelIroncladArgs]
	s *Service
}

func (w *cancelWorker) Work(ctx context.Context, job *river.Job[jobs.CancelIroncladArgs]) error {
	return jobs.Snooze(w.s.CancelIronclad(ctx, job.Args))
}
