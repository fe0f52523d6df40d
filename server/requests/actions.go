package requests

import (
	"context"
	"strings"

	"tradewind/ent"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/task"
	"tradewind/server/apperr"
	"tradewind/server/jobs"
)

// CompleteTask marks a manual task done, with an optional note.
func (s *Service) CompleteTask(ctx context.Context, client *ent.Client, viewer *ent.User, taskID pulid.ID, note string) (*ent.Task, error) {
	return s.act(ctx, client, viewer, taskID, task.TypeMANUAL, func(ctx context.Context, tx *ent.Client, t *ent.Task, req *ent.Request) error {
		if err := tx.Task.UpdateOne(t).SetNote(strings.TrimSpace(note)).Exec(ctx); err != nil {
			return err
		}
		return s.finishTask(ctx, tx, t, task.StatusCOMPLETED, "")
	})
}

// DecideApproval approves or rejects an approval task, with a note. A
// rejection fails the task and ends the request (FAILED), cancelling its
// Ironclad workflow if one was launched.
func (s *Service) DecideApproval(ctx context.Context, client *ent.Client, viewer *ent.User, taskID pulid.ID, approve bool, note string) (*ent.Task, error) {
	note = strings.TrimSpace(note)
	if !approve && note == "" {
		return nil, apperr.BadInput("note", "Say why you reject it, so the requester knows what to change.")
	}
	return s.act(ctx, client, viewer, taskID, task.TypeAPPROVAL, func(ctx context.Context, tx *ent.Client, t *ent.Task, req *ent.Request) error {
		if err := tx.Task.UpdateOne(t).SetNote(note).Exec(ctx); err != nil {
			return err
		}
		if approve {
			return s.finishTask(ctx, tx, t, task.StatusCOMPLETED, "")
		}
		if err := s.finishTask(ctx, tx, t, task.StatusFAILED, "Rejected by "+viewer.Name+": "+note); err != nil {
			return err
		}
		return s.end(ctx, tx, req, request.StatusFAILED, "Rejected in Tradewind by "+viewer.Name+": "+note)
	})
}

// act runs a person's action on an in-progress task they may act on, then
// moves the request along, all in one transaction.
func (s *Service) act(ctx context.Context, client *ent.Client, viewer *ent.User, taskID pulid.ID, typ task.Type,
	fn func(ctx context.Context, tx *ent.Client, t *ent.Task, req *ent.Request) error) (*ent.Task, error) {
	t, err := client.Task.Query().Where(task.ID(taskID)).WithRequest(func(q *ent.RequestQuery) { q.WithRequester() }).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Task")
	}
	if err != nil {
		return nil, err
	}
	mine, err := client.Task.Query().Where(append(AssignedTo(viewer), task.ID(taskID))...).Exist(ctx)
	if err != nil {
		return nil, err
	}
	switch {
	case !mine:
		return nil, apperr.Forbidden("This task is assigned to someone else.")
	case t.Type != typ:
		return nil, apperr.Conflict("“%s” is not a %s task.", t.Name, strings.ToLower(string(typ)))
	case t.Status != task.StatusIN_PROGRESS:
		return nil, apperr.Conflict("“%s” is not waiting for you (it is %s).", t.Name, strings.ToLower(string(t.Status)))
	}
	err = s.withTx(ctx, client, func(ctx context.Context, tx *ent.Client) error {
		t.Edges.CompletedBy = viewer
		if err := tx.Task.UpdateOne(t).SetCompletedBy(viewer).Exec(ctx); err != nil {
			return err
		}
		if err := fn(ctx, tx, t, t.Edges.Request); err != nil {
			return err
		}
		return s.advance(ctx, tx, t.Edges.Request.ID)
	})
	if err != nil {
		return nil, err
	}
	return client.Task.Get(ctx, taskID)
}

// Withdraw ends a request at its requester's or an admin's wish: its tasks
// end CANCELLED and its Ironclad workflow is cancelled there.
func (s *Service) Withdraw(ctx context.Context, client *ent.Client, viewer *ent.User, requestID pulid.ID) (*ent.Request, error) {
	req, err := client.Request.Query().Where(request.ID(requestID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Request")
	}
	if err != nil {
		return nil, err
	}
	mine, err := client.Request.Query().Where(append(OwnedBy(viewer), request.ID(requestID))...).Exist(ctx)
	if err != nil {
		return nil, err
	}
	switch {
	case !mine:
		return nil, apperr.Forbidden("Only the requester or an admin can withdraw a request.")
	case !activeRequest(req.Status):
		return nil, apperr.Conflict("This request is %s already; there is nothing to withdraw.", strings.ToLower(string(req.Status)))
	}
	err = s.withTx(ctx, client, func(ctx context.Context, tx *ent.Client) error {
		return s.end(ctx, tx, req, request.StatusWITHDRAWN, "Withdrawn in Tradewind by "+viewer.Name)
	})
	if err != nil {
		return nil, err
	}
	return client.Request.Get(ctx, requestID)
}

// Retry runs a failed Ironclad task again. A launch retried finds the
// workflow its earlier attempt created instead of starting a second one.
func (s *Service) Retry(ctx context.Context, client *ent.Client, viewer *ent.User, taskID pulid.ID) (*ent.Task, error) {
	if !MayRetry(viewer) {
		return nil, apperr.Forbidden("Only an admin can retry a task.")
	}
	t, err := client.Task.Query().Where(task.ID(taskID)).WithRequest().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Task")
	}
	if err != nil {
		return nil, err
	}
	req := t.Edges.Request
	retryable, err := client.Task.Query().Where(append(Retryable(), task.ID(taskID))...).Exist(ctx)
	switch {
	case err != nil:
		return nil, err
	case !retryable:
		return nil, apperr.Conflict("Only a failed or waiting Ironclad task of a running or failed request can be retried; “%s” is %s and its request %s.",
			t.Name, strings.ToLower(string(t.Status)), strings.ToLower(string(req.Status)))
	}
	err = s.withTx(ctx, client, func(ctx context.Context, tx *ent.Client) error {
		saved, err := tx.Task.UpdateOne(t).SetStatus(task.StatusIN_PROGRESS).SetError("").SetDetail(startDetail(t)).Save(ctx)
		if err != nil {
			return err
		}
		s.publishTask(ctx, saved)
		if req.Status == request.StatusFAILED {
			r, err := tx.Request.UpdateOne(req).SetStatus(request.StatusIN_PROGRESS).Save(ctx)
			if err != nil {
				return err
			}
			s.publishRequest(ctx, r)
		}
		if t.Action == task.ActionLAUNCH_WORKFLOW {
			return s.cfg.Queue.InsertTx(ctx, jobs.LaunchArgs{TaskID: string(t.ID)}, nil)
		}
		return s.advance(ctx, tx, req.ID)
	})
	if err != nil {
		return nil, err
	}
	return client.Task.Get(ctx, taskID)
}
