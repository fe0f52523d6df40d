package auth

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"tradewind/ent"
	"tradewind/ent/answer"
	"tradewind/ent/apitoken"
	"tradewind/ent/comment"
	"tradewind/ent/intercept"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/predicate"
	"tradewind/ent/request"
	"tradewind/ent/syncevent"
	"tradewind/ent/task"
	"tradewind/ent/user"
	"tradewind/server/apperr"
)

// The read policy, in one table: what each viewer may read of each entity.
//   - admins read everything;
//   - viewers read everything but the audit trail and others' API tokens;
//   - requesters read their own requests (and their tasks, answers, comments,
//     linked workflows and sync events), themselves, forms and workflows, and
//     nothing of the integration's configuration;
//   - removed comments are read by no one (only Tradewind itself).
//
// Sessions are read by Tradewind only. A context without a viewer is
// Tradewind itself (sign-in, jobs, webhooks): the schema's @hasRole refuses
// anonymous callers before they reach the database.
//
// The table is applied to every query of an entity, whichever way it is
// reached (a list, a Relay node, an edge, eager loading), by InstallPolicy;
// and to every where filter that follows an edge, by ConstrainFilter, since
// such a filter is a SQL subquery that no query interceptor sees.
var readPolicy = map[string]rule{
	ent.TypeRequest:        requesterSees(func(me rows) rows { return rows(ownRequest(me)) }),
	ent.TypeTask:           requesterSees(func(me rows) rows { return rows(task.HasRequestWith(ownRequest(me))) }),
	ent.TypeAnswer:         requesterSees(func(me rows) rows { return rows(answer.HasRequestWith(ownRequest(me))) }),
	ent.TypeComment:        liveComments(requesterSees(func(me rows) rows { return rows(comment.HasRequestWith(ownRequest(me))) })),
	ent.TypeLinkedWorkflow: requesterSees(func(me rows) rows { return rows(linkedworkflow.HasRequestWith(ownRequest(me))) }),
	ent.TypeSyncEvent:      requesterSees(func(me rows) rows { return rows(syncevent.HasRequestWith(ownRequest(me))) }),
	ent.TypeUser:           requesterSees(func(me rows) rows { return me }),
	ent.TypeAPIToken: func(v *Viewer) (rows, error) {
		if v.IsAdmin() {
			return nil, nil
		}
		return rows(apitoken.HasOwnerWith(user.ID(v.User.ID))), nil
	},
	ent.TypeAuditEntry: func(v *Viewer) (rows, error) {
		if v.IsAdmin() {
			return nil, nil
		}
		return nil, apperr.Forbidden("Only admins can read the audit trail.")
	},
	ent.TypeSession:          func(*Viewer) (rows, error) { return nil, apperr.Forbidden("Sessions are not readable.") },
	ent.TypeConnection:       staffOnly,
	ent.TypeIroncladWorkflow: staffOnly,
	ent.TypeIroncladField:    staffOnly,
	ent.TypeMapping:          staffOnly,
	ent.TypeFieldMapping:     staffOnly,
}

// rows selects rows of any entity: every typed ent predicate is one underneath.
type rows = func(*sql.Selector)

// rule says what v may read of one entity type: all of it (nil, nil), the
// rows matching a predicate, or nothing (an error).
type rule func(v *Viewer) (rows, error)

// requesterSees limits requesters to the rows own(me) selects, me being
// "the user is the viewer"; others read every row.
func requesterSees(own func(me rows) rows) rule {
	return func(v *Viewer) (rows, error) {
		if v.User.Role != user.RoleREQUESTER {
			return nil, nil
		}
		return own(rows(user.ID(v.User.ID))), nil
	}
}

func ownRequest(me rows) predicate.Request {
	return request.HasRequesterWith(predicate.User(me))
}

// liveComments hides removed comments from everyone: they are kept only so
// that a back-fill from Ironclad does not bring them back.
func liveComments(r rule) rule {
	return func(v *Viewer) (rows, error) {
		own, err := r(v)
		if err != nil {
			return nil, err
		}
		if own == nil {
			return rows(comment.DeletedAtIsNil()), nil
		}
		return rows(comment.And(comment.DeletedAtIsNil(), predicate.Comment(own))), nil
	}
}

// staffOnly is the integration's configuration: admins and viewers only.
func staffOnly(v *Viewer) (rows, error) {
	if v.User.Role == user.RoleREQUESTER {
		return nil, apperr.Forbidden("Only admins and viewers can see the Ironclad integration's configuration.")
	}
	return nil, nil
}

// readable applies the policy for entity type typ to the viewer in ctx.
func readable(ctx context.Context, typ string) (rows, error) {
	v, r := FromContext(ctx), readPolicy[typ]
	if v == nil || r == nil {
		return nil, nil
	}
	return r(v)
}

// InstallPolicy makes every query through client obey the read policy.
func InstallPolicy(client *ent.Client) {
	client.Intercept(ent.TraverseFunc(func(ctx context.Context, q ent.Query) error {
		gq, err := intercept.NewQuery(q)
		if err != nil {
			return err
		}
		where, err := readable(ctx, gq.Type())
		if where != nil {
			gq.WhereP(where)
		}
		return err
	}))
}
