package requests_test

import (
	"context"
	"strings"
	"testing"

	"tradewind/ent"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/mapping"
	"tradewind/ent/request"
	"tradewind/ent/syncevent"
	"tradewind/ent/task"
	"tradewind/ent/user"
	"tradewind/server/servertest"
)

// A launch blocked by unaccepted drift waits with the reason; an
// out-of-date mapping fails it with the reason; Retry launches once fixed.
func TestBlockedLaunchAndRetry(t *testing.T) {
	w := setup(t, servertest.SQLite, false)
	ctx := context.Background()
	w.db.IroncladWorkflow.UpdateOne(w.icw).SetDrift(ironcladworkflow.DriftCHANGED).SetDriftSummary("1 field changes").ExecX(ctx)
	req := w.submit(t, "blocked")
	waiting := w.waitTask(t, req, task.ActionLAUNCH_WORKFLOW, task.StatusWAITING)
	if !strings.Contains(waiting.Detail, "not accepted yet") {
		t.Fatalf("waiting because %q", waiting.Detail)
	}
	w.db.IroncladWorkflow.UpdateOne(w.icw).SetDrift(ironcladworkflow.DriftNONE).ExecX(ctx)
	w.db.Mapping.Update().Where(mapping.Current(true)).SetAffectedByDrift(true).ExecX(ctx)
	if _, err := w.svc.Retry(w.as(w.admin), w.db, w.admin, waiting.ID); err != nil {
		t.Fatal(err)
	}
	failed := w.waitTask(t, req, task.ActionLAUNCH_WORKFLOW, task.StatusFAILED)
	if !strings.Contains(failed.Error, "out of date") {
		t.Fatalf("failed because %q", failed.Error)
	}
	w.waitRequest(t, req, request.StatusFAILED)
	if _, err := w.svc.Retry(w.as(w.requester), w.db, w.requester, failed.ID); err == nil {
		t.Fatal("a requester retried a task")
	}
	w.db.Mapping.Update().Where(mapping.Current(true)).SetAffectedByDrift(false).ExecX(ctx)
	if _, err := w.svc.Retry(w.as(w.admin), w.db, w.admin, failed.ID); err != nil {
		t.Fatal(err)
	}
	w.waitTask(t, req, task.ActionLAUNCH_WORKFLOW, task.StatusCOMPLETED)
	w.waitRequest(t, req, request.StatusIN_PROGRESS)
	if n := w.ironcladWorkflows("blocked"); n != 1 {
		t.Fatalf("%d Ironclad workflows", n)
	}
}

// A webhook whose apply fails while Ironclad answers 500 stays RETRYING in
// the request's ledger; an admin (not a viewer) may retry it, which applies
// Ironclad's state once it answers again; a settled entry is refused.
func TestLedgerRetry(t *testing.T) {
	w := setup(t, servertest.SQLite, false)
	w.Srv.CreateUser(t, "viewer@example.com", user.RoleVIEWER)
	viewer := w.Srv.Login(t, "viewer@example.com")
	req := w.submit(t, "ledger")
	w.waitTask(t, req, task.ActionMONITOR_APPROVALS, task.StatusIN_PROGRESS)
	lw := w.linked(t, req)
	w.Sandbox("PUT", "/_control/faults", map[string]any{"errorRate": 1.0}, nil)
	w.act(lw, "approve", legalRole)
	var stuck *ent.SyncEvent
	eventually(t, "the approval's webhook is retrying", func() bool {
		var err error
		stuck, err = w.db.SyncEvent.Query().Where(syncevent.KindEQ("workflow_approval_status_changed"),
			syncevent.StatusEQ(syncevent.StatusRETRYING)).First(context.Background())
		return err == nil
	})
	const ledger = `query($id: ID!) { node(id: $id) { ... on Request { syncEvents(first: 50) { edges { node { id status canRetry } } } } } }`
	retryable := func(c *servertest.Client) map[string]bool {
		var out struct {
			Node struct {
				SyncEvents struct {
					Edges []struct {
						Node struct {
							ID, Status string
							CanRetry   bool
						}
					}
				}
			}
		}
		c.MustGraphQL(ledger, map[string]any{"id": string(req.ID)}, &out)
		m := map[string]bool{}
		for _, e := range out.Node.SyncEvents.Edges {
			m[e.Node.ID] = e.Node.CanRetry
		}
		return m
	}
	eventually(t, "the entry is on the request's ledger", func() bool { _, ok := retryable(w.Admin)[string(stuck.ID)]; return ok })
	if admin := retryable(w.Admin); !admin[string(stuck.ID)] {
		t.Fatalf("the admin may not retry the retrying webhook: %v", admin)
	}
	for id, can := range retryable(viewer) {
		if can {
			t.Fatalf("a viewer may retry %s", id)
		}
	}
	if code := viewer.GraphQL(`mutation($id: ID!) { retrySyncEvent(id: $id) { id } }`, map[string]any{"id": string(stuck.ID)}).Code(); code != "FORBIDDEN" {
		t.Fatalf("a viewer retrying: %q", code)
	}
	launch := w.db.SyncEvent.Query().Where(syncevent.KindEQ("launch")).FirstX(context.Background())
	if code := w.Admin.GraphQL(`mutation($id: ID!) { retrySyncEvent(id: $id) { id } }`, map[string]any{"id": string(launch.ID)}).Code(); code != "CONFLICT" {
		t.Fatalf("retrying a settled call: %q", code)
	}

	w.Sandbox("PUT", "/_control/faults", map[string]any{"errorRate": 0.0}, nil)
	var retried struct{ RetrySyncEvent struct{ Status string } }
	w.Admin.MustGraphQL(`mutation($id: ID!) { retrySyncEvent(id: $id) { status } }`, map[string]any{"id": string(stuck.ID)}, &retried)
	if retried.RetrySyncEvent.Status != "RETRYING" {
		t.Fatalf("retried entry: %+v", retried)
	}
	eventually(t, "Legal's approval applied", func() bool {
		return w.taskOf(t, req, task.ActionMONITOR_APPROVALS).Detail == "Approvals in Ironclad: Legal: approved, Finance: pending."
	})
	eventually(t, "the entry settled", func() bool {
		return w.db.SyncEvent.GetX(context.Background(), stuck.ID).Status == syncevent.StatusSUCCEEDED
	})
}
