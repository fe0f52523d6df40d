package catalog

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/schema/pulid"
)

// An import is interrupted when its server stops mid-import (kill -9, a lost
// replica: its job stays "running" until River's rescuer gives it back to the
// queue, see jobs.NewClient) or when it runs past importTimeout. Both are
// recorded on the job's attempts, which is where ImportStatus reads them.
const (
	rescuedError  = "Stuck job rescued by JobRescuer" // what River's rescuer records on the attempt
	timedOutError = "the import ran past its time limit"
)

// interruptedBefore reports whether an attempt of the job was cut off.
func interruptedBefore(errs []rivertype.AttemptError) bool {
	return slices.ContainsFunc(errs, func(e rivertype.AttemptError) bool {
		return e.Error == rescuedError || strings.HasPrefix(e.Error, timedOutError)
	})
}

// ImportStatus is a connection's latest import as its jobs record it, in the
// order queued: what the Import Forms page shows after a reload or a server
// restart, when the progress events it missed are gone.
func (s *Service) ImportStatus(ctx context.Context, connectionID pulid.ID) ([]Progress, error) {
	rows, err := s.queue.List(ctx, river.NewJobListParams().Kinds(ImportTemplateArgs{}.Kind()).
		Where("args ->> 'connection_id' = @connection_id", river.NamedArgs{"connection_id": string(connectionID)}).
		OrderBy(river.JobListOrderByID, river.SortOrderDesc).First(maxImport))
	if err != nil {
		return nil, err
	}
	out := []Progress{}
	for _, j := range rows {
		var args ImportTemplateArgs
		if err := json.Unmarshal(j.EncodedArgs, &args); err != nil {
			return nil, err
		}
		if len(out) > 0 && args.ImportID != out[0].ImportID {
			continue
		}
		p, err := s.jobProgress(ctx, j, args, time.Now())
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	slices.Reverse(out)
	return out, nil
}

func (s *Service) jobProgress(ctx context.Context, j *rivertype.JobRow, args ImportTemplateArgs, now time.Time) (Progress, error) {
	p := Progress{ImportID: args.ImportID, ConnectionID: pulid.ID(args.ConnectionID), TemplateID: args.TemplateID,
		Name: args.Name, State: ImportQueued, Interrupted: interruptedBefore(j.Errors)}
	switch j.State {
	case rivertype.JobStateRunning:
		p.State = ImportRunning
		// Running longer than it may: its server stopped mid-import, and
		// River's rescuer will give it back to the queue.
		if j.AttemptedAt != nil && now.Sub(*j.AttemptedAt) > importTimeout {
			p.Interrupted = true
		}
	case rivertype.JobStateCompleted:
		p.State = ImportDone
		wf, err := s.db.IroncladWorkflow.Query().Where(ironcladworkflow.TemplateID(args.TemplateID),
			ironcladworkflow.HasConnectionWith(connection.ID(p.ConnectionID))).Only(ctx)
		switch {
		case err == nil:
			p.Workflow, p.Name = wf, wf.Name
		case !ent.IsNotFound(err): // not found: removed since
			return p, err
		}
	case rivertype.JobStateCancelled, rivertype.JobStateDiscarded:
		p.State = ImportFailed
		p.Error = "The import failed; the sync ledger says why. Import it again once that is fixed."
		if p.Interrupted {
			p.Error = "The import was interrupted (the server stopped or it ran past its time limit) and is no longer retried; import it again."
		}
	case rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRetryable, rivertype.JobStateScheduled:
	}
	return p, nil
}

// timedOut names an attempt cut off by its timeout, so ImportStatus knows it
// was interrupted rather than refused.
func timedOut(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return errors.New(timedOutError + ": " + err.Error())
	}
	return err
}
