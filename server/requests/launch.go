package requests

import (
	"context"
	"errors"
	"time"

	"tradewind/ent"
	"tradewind/ent/answer"
	"tradewind/ent/ironcladfield"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/predicate"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/ent/task"
	"tradewind/server/integration"
	"tradewind/server/ironclad"
	"tradewind/server/jobs"
	"tradewind/server/mapping"
)

// pollEvery is how soon an accepted async launch is asked about again.
const pollEvery = time.Second

// driftWait is how often a launch blocked by unaccepted drift looks again.
const driftWait = time.Minute

// Launch is the launch job. It is idempotent: a workflow already linked is
// kept; an accepted async job is polled, never sent again; and a launch
// whose response was lost (timeout, crash, 500 after creation) is first
// looked for in Ironclad (launchFinder) and sent again only when Ironclad
// shows no such workflow well after it would have appeared.
func (s *Service) Launch(ctx context.Context, args jobs.LaunchArgs) error {
	t, err := s.cfg.DB.Task.Query().Where(task.ID(pulid.ID(args.TaskID))).
		WithRequest(func(q *ent.RequestQuery) { q.WithRequester().WithRequestForm() }).
		WithLinkedWorkflow(func(q *ent.LinkedWorkflowQuery) {
			q.WithIroncladWorkflow(func(q *ent.IroncladWorkflowQuery) { q.WithConnection() })
		}).Only(ctx)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if t.Status != task.StatusIN_PROGRESS && t.Status != task.StatusWAITING {
		return nil // done, cancelled, or failed and not retried
	}
	lw := t.Edges.LinkedWorkflow
	if lw.IroncladID != "" {
		return s.launched(ctx, t, lw.IroncladID, lw.URL)
	}
	icw := lw.Edges.IroncladWorkflow
	if icw == nil || icw.Edges.Connection == nil {
		return s.failLaunch(ctx, t, "The Ironclad workflow this task launches was removed from Tradewind; edit the workflow and choose another one, then Retry.")
	}
	c, err := s.cfg.Integration.Client(ctx, icw.Edges.Connection)
	if err != nil {
		return s.failLaunch(ctx, t, reason(err, icw.Edges.Connection.Name))
	}
	if lw.LaunchJobID != "" {
		return s.pollLaunch(ctx, c, t, lw)
	}
	if lw.LaunchAttemptedAt != nil {
		found, err := s.findLaunched(ctx, c, icw, lw)
		if err != nil {
			return err
		}
		if found != "" {
			return s.launched(ctx, t, found, "")
		}
		if wait := lw.LaunchAttemptedAt.Add(s.cfg.LaunchGrace).Sub(s.now()); wait > 0 {
			return &jobs.Wait{Delay: wait, Reason: "an earlier launch may still appear in Ironclad"}
		}
	}
	return s.sendLaunch(ctx, c, t, lw, icw)
}

// sendLaunch checks the launch would pass, records the marker, then sends it.
func (s *Service) sendLaunch(ctx context.Context, c *ironclad.Client, t *ent.Task, lw *ent.LinkedWorkflow, icw *ent.IroncladWorkflow) error {
	req := t.Edges.Request
	issues, err := launchIssues(ctx, s.cfg.DB, icw, req.Edges.RequestForm)
	if err != nil {
		return err
	}
	for _, is := range issues {
		if is.Severity != SeverityError {
			continue
		}
		if icw.Drift != ironcladworkflow.DriftNONE {
			if err := s.waitLaunch(ctx, t, is.Message); err != nil {
				return err
			}
			return &jobs.Wait{Delay: driftWait, Reason: "unaccepted drift"}
		}
		return s.failLaunch(ctx, t, is.Message)
	}
	attrs, err := s.launchAttributes(ctx, req, icw)
	if err != nil {
		return s.failLaunch(ctx, t, "The answers could not be turned into Ironclad's values ("+err.Error()+"); check the mapping, then Retry.")
	}
	// The marker is committed before the call: whatever happens to the
	// response or to this process, the next attempt knows to look first.
	// It is a compare-and-set, so of two jobs racing (a Retry beside a
	// snoozed job) only one sends.
	claim := []predicate.LinkedWorkflow{linkedworkflow.ID(lw.ID), linkedworkflow.IroncladID(""), linkedworkflow.LaunchJobID(""),
		linkedworkflow.LaunchAttemptedAtIsNil()}
	if lw.LaunchAttemptedAt != nil {
		claim[3] = linkedworkflow.LaunchAttemptedAtEQ(*lw.LaunchAttemptedAt)
	}
	n, err := s.cfg.DB.LinkedWorkflow.Update().Where(claim...).SetLaunchAttemptedAt(s.now()).SetLaunchAttributes(attrs).Save(ctx)
	if err != nil {
		return err
	}
	if n == 0 {
		return &jobs.Wait{Delay: pollEvery, Reason: "another attempt is launching"}
	}
	if err := s.cfg.DB.Task.UpdateOne(t).AddAttempts(1).SetStatus(task.StatusIN_PROGRESS).SetDetail(startDetail(t)).Exec(ctx); err != nil {
		return err
	}
	job, err := c.LaunchWorkflowAsync(ctx, ironclad.LaunchRequest{Template: icw.TemplateID, Attributes: attrs})
	s.ledger(ctx, req, icw, "launch", err, "Launch of "+icw.Name+" sent to Ironclad")
	switch {
	case errors.Is(err, ironclad.ErrOutcomeUnknown):
		return &jobs.Wait{Delay: s.cfg.LaunchGrace, Reason: "the launch's outcome is unknown"}
	case err != nil:
		return s.launchError(ctx, t, icw, err)
	}
	if err := s.cfg.DB.LinkedWorkflow.UpdateOne(lw).SetLaunchJobID(job.ID).Exec(ctx); err != nil {
		return err
	}
	lw.LaunchJobID = job.ID
	return s.pollLaunch(ctx, c, t, lw)
}

// pollLaunch asks about an accepted async launch (safe to repeat).
func (s *Service) pollLaunch(ctx context.Context, c *ironclad.Client, t *ent.Task, lw *ent.LinkedWorkflow) error {
	st, err := c.GetAsyncJob(ctx, lw.LaunchJobID)
	if err != nil {
		return s.launchError(ctx, t, lw.Edges.IroncladWorkflow, err)
	}
	switch st.Status {
	case ironclad.JobSuccess:
		url := ""
		if st.WorkflowURLs != nil {
			url = st.WorkflowURLs.BrowserURL
		}
		return s.launched(ctx, t, st.WorkflowID(), url)
	case ironclad.JobFailed:
		// A failed job created nothing: the next attempt may launch afresh.
		if err := s.cfg.DB.LinkedWorkflow.UpdateOne(lw).SetLaunchJobID("").ClearLaunchAttemptedAt().Exec(ctx); err != nil {
			return err
		}
		var jobErr error = &ironclad.AsyncJobError{Code: "UNKNOWN", Message: "launch failed without a reason"}
		if st.Error != nil {
			jobErr = st.Error
		}
		s.ledger(ctx, t.Edges.Request, lw.Edges.IroncladWorkflow, "launch_failed", jobErr, "")
		return s.failLaunch(ctx, t, launchFailure(ctx, jobErr, lw.Edges.IroncladWorkflow))
	}
	return &jobs.Wait{Delay: pollEvery, Reason: "Ironclad is still launching"}
}

// launched links the Ironclad workflow, completes the launch task and moves
// the request on; the workflow's full state follows in a refresh job. A
// request withdrawn meanwhile gets its new workflow cancelled.
func (s *Service) launched(ctx context.Context, t *ent.Task, workflowID, url string) error {
	lw := t.Edges.LinkedWorkflow
	c, err := s.cfg.Integration.Client(ctx, lw.Edges.IroncladWorkflow.Edges.Connection)
	if err != nil {
		return err
	}
	wf, err := c.GetWorkflow(ctx, workflowID)
	if err != nil {
		return err
	}
	return s.withTx(ctx, s.cfg.DB, func(ctx context.Context, tx *ent.Client) error {
		if err := tx.LinkedWorkflow.UpdateOne(lw).SetIroncladID(wf.ID).SetReadableID(wf.IroncladID).SetTitle(wf.Title).
			SetStep(wf.Step).SetStatus(wf.Status).SetURL(url).SetLastEventAt(s.now()).Exec(ctx); err != nil {
			return err
		}
		req, err := tx.Request.Get(ctx, t.Edges.Request.ID)
		if err != nil {
			return err
		}
		// Lists show the request's IC- id: it changed even if the status does not.
		s.publishRequest(ctx, req)
		if !activeRequest(req.Status) {
			return s.cfg.Queue.InsertTx(ctx, jobs.CancelIroncladArgs{LinkedWorkflowID: string(lw.ID), Reason: "The request was withdrawn in Tradewind"}, nil)
		}
		if t.Status != task.StatusCOMPLETED {
			if err := s.finishTask(ctx, tx, t, task.StatusCOMPLETED, ""); err != nil {
				return err
			}
		}
		if err := s.cfg.Queue.InsertTx(ctx, jobs.RefreshLinkedWorkflowArgs{LinkedWorkflowID: string(lw.ID)}, nil); err != nil {
			return err
		}
		return s.advance(ctx, tx, req.ID)
	})
}

// launchAttributes are the mapped answers through the mapping's transforms,
// plus the requester's email in Integration Requestor Email when the
// mapping does not already fill it.
func (s *Service) launchAttributes(ctx context.Context, req *ent.Request, icw *ent.IroncladWorkflow) (map[string]any, error) {
	m, err := CurrentMapping(ctx, s.cfg.DB, icw.ID, req.Edges.RequestForm.ID)
	if err != nil || m == nil {
		return nil, errors.Join(err, errors.New("no saved mapping"))
	}
	pairs, err := mapping.LaunchPairs(ctx, m)
	if err != nil {
		return nil, err
	}
	answers, err := AnswerValues(ctx, s.cfg.DB, req.ID)
	if err != nil {
		return nil, err
	}
	email := req.Edges.Requester.Email
	attrs, err := mapping.Attributes(pairs, answers, email)
	if err != nil {
		return nil, err
	}
	fields, err := icw.QueryFields().Where(ironcladfield.Removed(false)).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range fields {
		if _, set := attrs[f.Key]; !set && mapping.IsRequestorEmailField(f) {
			attrs[f.Key] = email
		}
	}
	return attrs, nil
}

// AnswerValues are a request's answers by question key.
func AnswerValues(ctx context.Context, client *ent.Client, requestID pulid.ID) (map[string]any, error) {
	rows, err := client.Answer.Query().Where(answer.HasRequestWith(request.ID(requestID))).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]any, len(rows))
	for _, a := range rows {
		out[a.QuestionKey] = a.Value["value"]
	}
	return out, nil
}

func (s *Service) failLaunch(ctx context.Context, t *ent.Task, why string) error {
	return s.withTx(ctx, s.cfg.DB, func(ctx context.Context, tx *ent.Client) error {
		if err := s.finishTask(ctx, tx, t, task.StatusFAILED, why); err != nil {
			return err
		}
		r, err := tx.Request.UpdateOneID(t.Edges.Request.ID).SetStatus(request.StatusFAILED).Save(ctx)
		if err == nil {
			s.publishRequest(ctx, r)
		}
		return err
	})
}

func (s *Service) waitLaunch(ctx context.Context, t *ent.Task, why string) error {
	saved, err := s.cfg.DB.Task.UpdateOne(t).SetStatus(task.StatusWAITING).SetDetail(why).Save(ctx)
	if err == nil {
		s.publishTask(ctx, saved)
	}
	return err
}

// launchError fails the task with a reason for a refusal; a failure worth
// retrying (429, network, Ironclad down) is returned for River to retry.
func (s *Service) launchError(ctx context.Context, t *ent.Task, icw *ent.IroncladWorkflow, err error) error {
	if e, ok := ironclad.AsError(err); ok && e.StatusCode == 429 {
		return &jobs.Wait{Delay: max(e.RetryAfter, time.Second), Reason: "rate limited"}
	}
	if retryable(err) {
		return err
	}
	return s.failLaunch(ctx, t, launchFailure(ctx, err, icw))
}

func retryable(err error) bool {
	if errors.Is(err, ironclad.ErrReconnectNeeded) {
		return false
	}
	e, ok := ironclad.AsError(err)
	return !ok || e.StatusCode >= 500
}

func (s *Service) ledger(ctx context.Context, req *ent.Request, icw *ent.IroncladWorkflow, kind string, err error, summary string) {
	e := integration.LedgerEntry{Direction: syncevent.DirectionOUTBOUND, Kind: kind, Status: syncevent.StatusSUCCEEDED,
		Summary: summary, Connection: icw.Edges.Connection, IroncladWorkflow: icw, Request: req}
	if err != nil {
		e.Status, e.Error = syncevent.StatusFAILED, err.Error()
		if errors.Is(err, ironclad.ErrOutcomeUnknown) {
			e.Status = syncevent.StatusRETRYING
		}
	}
	if _, lerr := s.cfg.Integration.RecordLedger(ctx, s.cfg.DB, e); lerr != nil {
		s.cfg.Logger.ErrorContext(ctx, "recording the launch", "request", req.ID, "error", lerr)
	}
}
