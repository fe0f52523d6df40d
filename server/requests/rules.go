package requests

import (
	"context"

	"tradewind/ent"
	"tradewind/ent/predicate"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/task"
	"tradewind/ent/taskdefinition"
	"tradewind/ent/user"
)

// Who may do what to a request or task, as query conditions: the service
// enforces them and graph/ shows them (Task.canAct, Task.canRetry,
// Request.canWithdraw) for a whole page in one statement each, so the two
// never disagree.

// AssignedTo: the tasks viewer may do. Admins any; others a task whose
// definition names them or their role. A task without either is for admins.
func AssignedTo(viewer *ent.User) []predicate.Task {
	if viewer.Role == user.RoleADMIN {
		return nil
	}
	return []predicate.Task{task.HasDefinitionWith(taskdefinition.Or(
		taskdefinition.HasAssigneeWith(user.ID(viewer.ID)),
		taskdefinition.AssigneeRoleEQ(taskdefinition.AssigneeRole(viewer.Role)),
	))}
}

// Actionable: the manual tasks and approvals viewer may complete or decide now.
func Actionable(viewer *ent.User) []predicate.Task {
	return append(AssignedTo(viewer), task.StatusEQ(task.StatusIN_PROGRESS), task.TypeIn(task.TypeMANUAL, task.TypeAPPROVAL))
}

// Retryable: failed or waiting Ironclad tasks of a request still running or
// failed. Only admins retry (MayRetry).
func Retryable() []predicate.Task {
	return []predicate.Task{task.TypeEQ(task.TypeINTEGRATION), task.StatusIn(task.StatusFAILED, task.StatusWAITING),
		task.HasRequestWith(request.StatusIn(request.StatusFAILED, request.StatusSUBMITTED, request.StatusIN_PROGRESS))}
}

// MayRetry: retrying is for admins.
func MayRetry(viewer *ent.User) bool { return viewer.Role == user.RoleADMIN }

// OwnedBy: the requests viewer may withdraw if still running: admins any,
// others their own.
func OwnedBy(viewer *ent.User) []predicate.Request {
	if viewer.Role == user.RoleADMIN {
		return nil
	}
	return []predicate.Request{request.HasRequesterWith(user.ID(viewer.ID))}
}

// Withdrawable: the running requests viewer may withdraw.
func Withdrawable(viewer *ent.User) []predicate.Request {
	return append(OwnedBy(viewer), request.StatusIn(request.StatusSUBMITTED, request.StatusIN_PROGRESS))
}

// TaskIDs is the set of task ids matching preds, for the viewer in ctx.
func TaskIDs(ctx context.Context, client *ent.Client, preds []predicate.Task) (map[pulid.ID]bool, error) {
	ids, err := client.Task.Query().Where(preds...).IDs(ctx)
	return set(ids), err
}

// RequestIDs is the set of request ids matching preds, for the viewer in ctx.
func RequestIDs(ctx context.Context, client *ent.Client, preds []predicate.Request) (map[pulid.ID]bool, error) {
	ids, err := client.Request.Query().Where(preds...).IDs(ctx)
	return set(ids), err
}

func set(ids []pulid.ID) map[pulid.ID]bool {
	out := make(map[pulid.ID]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out
}
