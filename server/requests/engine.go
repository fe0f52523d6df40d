package requests

import (
	"context"

	"tradewind/ent"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/task"
	"tradewind/ent/taskdefinition"
	"tradewind/server/ironclad"
	"tradewind/server/jobs"
)

func taskType(t taskdefinition.Type) task.Type       { return task.Type(t) }
func taskAction(a taskdefinition.Action) task.Action { return task.Action(a) }
func activeRequest(st request.Status) bool {
	return st == request.StatusSUBMITTED || st == request.StatusIN_PROGRESS
}
func monitor(t *ent.Task) bool {
	return t.Action == task.ActionMONITOR_APPROVALS || t.Action == task.ActionMONITOR_SIGNATURES
}

var endStates = []task.Status{task.StatusCOMPLETED, task.StatusFAILED, task.StatusCANCELLED}

// advance moves a request along: tasks run in order, each starting when the
// one before it completes; a monitor task completes as soon as its linked
// workflow shows what it waits for; the request completes with its last
// task. Run inside the transaction of the change that may move it.
func (s *Service) advance(ctx context.Context, tx *ent.Client, requestID pulid.ID) error {
	req, err := tx.Request.Get(ctx, requestID)
	if err != nil || !activeRequest(req.Status) {
		return err
	}
	tasks, err := tx.Task.Query().Where(task.HasRequestWith(request.ID(requestID))).WithLinkedWorkflow().
		Order(ent.Asc(task.FieldPosition)).All(ctx)
	if err != nil {
		return err
	}
	for _, t := range tasks {
		switch t.Status {
		case task.StatusCOMPLETED:
			continue
		case task.StatusFAILED, task.StatusCANCELLED:
			return nil
		case task.StatusPENDING:
			if err := s.start(ctx, tx, t); err != nil {
				return err
			}
			if req.Status == request.StatusSUBMITTED {
				if req, err = tx.Request.UpdateOne(req).SetStatus(request.StatusIN_PROGRESS).Save(ctx); err != nil {
					return err
				}
				s.publishRequest(ctx, req)
			}
		}
		if !monitor(t) || !monitorDone(t) {
			return nil
		}
		if err := s.finishTask(ctx, tx, t, task.StatusCOMPLETED, ""); err != nil {
			return err
		}
	}
	req, err = tx.Request.UpdateOne(req).SetStatus(request.StatusCOMPLETED).Save(ctx)
	if err == nil {
		s.publishRequest(ctx, req)
	}
	return err
}

// start puts a task in progress; a launch gets its River job in the
// transaction that starts it.
func (s *Service) start(ctx context.Context, tx *ent.Client, t *ent.Task) error {
	upd := tx.Task.UpdateOne(t).SetStatus(task.StatusIN_PROGRESS).SetStartedAt(s.now()).SetDetail(startDetail(t))
	if t.Action == task.ActionLAUNCH_WORKFLOW {
		if err := s.cfg.Queue.InsertTx(ctx, jobs.LaunchArgs{TaskID: string(t.ID)}, nil); err != nil {
			return err
		}
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return err
	}
	saved.Edges = t.Edges
	*t = *saved
	s.publishTask(ctx, t)
	return nil
}

func startDetail(t *ent.Task) string {
	switch t.Action {
	case task.ActionLAUNCH_WORKFLOW:
		return "Launching the workflow in Ironclad."
	case task.ActionMONITOR_APPROVALS:
		return "Waiting for the approvals in Ironclad."
	case task.ActionMONITOR_SIGNATURES:
		return "Waiting for the signature packet to be fully signed in Ironclad."
	case task.ActionNONE:
		if t.Type == task.TypeAPPROVAL {
			return "Waiting for approval."
		}
	}
	return "Waiting to be marked done."
}

// monitorDone says whether Ironclad shows what a monitor task waits for:
// every approval given (the workflow has moved past Review), or the packet
// fully signed (past Sign).
func monitorDone(t *ent.Task) bool {
	lw := t.Edges.LinkedWorkflow
	if lw == nil || lw.IroncladID == "" {
		return false
	}
	if lw.Status == ironclad.StatusCompleted {
		return true
	}
	past := map[string]int{ironclad.StepCreate: 0, ironclad.StepReview: 1, ironclad.StepSign: 2, ironclad.StepArchive: 3, ironclad.StepComplete: 4}
	if t.Action == task.ActionMONITOR_APPROVALS {
		return past[lw.Step] > past[ironclad.StepReview]
	}
	return past[lw.Step] > past[ironclad.StepSign] || lw.PacketStatus == ironclad.PacketComplete
}

// finishTask ends a task with status and, for a failure, a reason.
func (s *Service) finishTask(ctx context.Context, tx *ent.Client, t *ent.Task, status task.Status, reason string) error {
	upd := tx.Task.UpdateOne(t).SetStatus(status).SetError(reason).SetDetail("")
	if status == task.StatusCOMPLETED {
		upd.SetCompletedAt(s.now())
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return err
	}
	saved.Edges = t.Edges
	*t = *saved
	s.publishTask(ctx, t)
	return nil
}

// end stops a request: every unfinished task is cancelled, the request gets
// status, and a launched Ironclad workflow still running is cancelled there
// (a River job, after commit).
func (s *Service) end(ctx context.Context, tx *ent.Client, req *ent.Request, status request.Status, why string) error {
	tasks, err := tx.Task.Query().Where(task.HasRequestWith(request.ID(req.ID)), task.StatusNotIn(endStates...)).All(ctx)
	if err != nil {
		return err
	}
	for _, t := range tasks {
		if err := s.finishTask(ctx, tx, t, task.StatusCANCELLED, ""); err != nil {
			return err
		}
	}
	saved, err := tx.Request.UpdateOne(req).SetStatus(status).Save(ctx)
	if err != nil {
		return err
	}
	s.publishRequest(ctx, saved)
	running, err := tx.LinkedWorkflow.Query().Where(linkedworkflow.HasRequestWith(request.ID(req.ID)),
		linkedworkflow.StatusIn("", ironclad.StatusActive, ironclad.StatusPaused)).All(ctx)
	if err != nil {
		return err
	}
	for _, lw := range running {
		if lw.IroncladID == "" && lw.LaunchAttemptedAt == nil {
			continue // never sent to Ironclad
		}
		if err := s.cfg.Queue.InsertTx(ctx, jobs.CancelIroncladArgs{LinkedWorkflowID: string(lw.ID), Reason: why}, nil); err != nil {
			return err
		}
	}
	return nil
}
