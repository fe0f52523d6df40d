package auth

import (
	"context"

	"tradewind/ent"
	"tradewind/ent/answer"
	"tradewind/ent/apitoken"
	"tradewind/ent/comment"
	"tradewind/ent/intercept"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/ent/task"
	"tradewind/ent/user"
	"tradewind/server/apperr"
)

// InstallPolicy makes every read through client respect the viewer in the
// context, whichever way it is reached (a list, a Relay node, a nested edge):
//   - admins read everything;
//   - viewers read everything but the audit trail and others' API tokens;
//   - requesters read their own requests (and their tasks, answers, comments,
//     linked workflows and sync events), themselves, forms and workflows, and
//     nothing of the integration's configuration.
//
// A context without a viewer is Tradewind itself (sign-in, jobs, webhooks):
// GraphQL resolvers refuse anonymous callers before they reach the database.
func InstallPolicy(client *ent.Client) {
	client.Request.Intercept(intercept.TraverseRequest(func(ctx context.Context, q *ent.RequestQuery) error {
		if me := requesterID(ctx); me != "" {
			q.Where(request.HasRequesterWith(user.ID(me)))
		}
		return nil
	}))
	client.Task.Intercept(intercept.TraverseTask(func(ctx context.Context, q *ent.TaskQuery) error {
		if me := requesterID(ctx); me != "" {
			q.Where(task.HasRequestWith(request.HasRequesterWith(user.ID(me))))
		}
		return nil
	}))
	client.Answer.Intercept(intercept.TraverseAnswer(func(ctx context.Context, q *ent.AnswerQuery) error {
		if me := requesterID(ctx); me != "" {
			q.Where(answer.HasRequestWith(request.HasRequesterWith(user.ID(me))))
		}
		return nil
	}))
	client.Comment.Intercept(intercept.TraverseComment(func(ctx context.Context, q *ent.CommentQuery) error {
		if me := requesterID(ctx); me != "" {
			q.Where(comment.HasRequestWith(request.HasRequesterWith(user.ID(me))))
		}
		return nil
	}))
	client.LinkedWorkflow.Intercept(intercept.TraverseLinkedWorkflow(func(ctx context.Context, q *ent.LinkedWorkflowQuery) error {
		if me := requesterID(ctx); me != "" {
			q.Where(linkedworkflow.HasRequestWith(request.HasRequesterWith(user.ID(me))))
		}
		return nil
	}))
	client.SyncEvent.Intercept(intercept.TraverseSyncEvent(func(ctx context.Context, q *ent.SyncEventQuery) error {
		if me := requesterID(ctx); me != "" {
			q.Where(syncevent.HasRequestWith(request.HasRequesterWith(user.ID(me))))
		}
		return nil
	}))
	client.User.Intercept(intercept.TraverseUser(func(ctx context.Context, q *ent.UserQuery) error {
		if me := requesterID(ctx); me != "" {
			q.Where(user.ID(me))
		}
		return nil
	}))
	client.APIToken.Intercept(intercept.TraverseAPIToken(func(ctx context.Context, q *ent.APITokenQuery) error {
		if v := FromContext(ctx); v != nil && !v.IsAdmin() {
			q.Where(apitoken.HasOwnerWith(user.ID(v.User.ID)))
		}
		return nil
	}))
	client.AuditEntry.Intercept(intercept.TraverseAuditEntry(func(ctx context.Context, _ *ent.AuditEntryQuery) error {
		if v := FromContext(ctx); v != nil && !v.IsAdmin() {
			return apperr.Forbidden("Only admins can read the audit trail.")
		}
		return nil
	}))
	client.Connection.Intercept(intercept.TraverseConnection(func(ctx context.Context, _ *ent.ConnectionQuery) error {
		if requesterID(ctx) != "" {
			return apperr.Forbidden("Only admins and viewers can see Ironclad connections.")
		}
		return nil
	}))
	client.Session.Intercept(intercept.TraverseSession(func(ctx context.Context, _ *ent.SessionQuery) error {
		if FromContext(ctx) != nil {
			return apperr.Forbidden("Sessions are not readable.")
		}
		return nil
	}))
}

// requesterID is the viewer's id when the viewer is a requester, else "".
func requesterID(ctx context.Context) pulid.ID {
	if v := FromContext(ctx); v != nil && v.User.Role == user.RoleREQUESTER {
		return v.User.ID
	}
	return ""
}
