package requests_test

import (
	"context"
	"testing"

	"tradewind/ent/linkedworkflow"
	"tradewind/ent/request"
	"tradewind/ent/syncevent"
	"tradewind/ent/task"
	"tradewind/ent/user"
	"tradewind/server/apperr"
	"tradewind/server/servertest"
)

// A launch whose response is lost (connection dropped, or 500, after
// Ironclad created it) is found again, never launched twice.
func TestIdempotentLaunch(t *testing.T) {
	for _, fault := range []string{"dropAfterCreate", "errorAfterCreate"} {
		t.Run(fault, func(t *testing.T) {
			servertest.EachDatabase(t, func(t *testing.T, dialect string) {
				w := setup(t, dialect, false)
				w.Sandbox("PUT", "/_control/faults", map[string]any{fault: 1}, nil)
				req := w.submit(t, "once-"+fault)
				w.waitTask(t, req, task.ActionLAUNCH_WORKFLOW, task.StatusCOMPLETED)
				var faults map[string]any
				w.Sandbox("GET", "/_control/faults", nil, &faults)
				if faults[fault] != 0.0 {
					t.Fatalf("the fault never fired: %v", faults)
				}
				if n := w.ironcladWorkflows("once-" + fault); n != 1 {
					t.Fatalf("%d Ironclad workflows after a lost launch response", n)
				}
				if tk := w.taskOf(t, req, task.ActionLAUNCH_WORKFLOW); tk.Attempts != 1 {
					t.Fatalf("launch sent %d times", tk.Attempts)
				}
			})
		})
	}
}

// Duplicated, delayed and reordered deliveries: the current state read
// from Ironclad is applied, so the request ends where Ironclad is.
func TestWebhookDeliveryFaults(t *testing.T) {
	for name, faults := range map[string]map[string]any{"duplicated": {"duplicate": true}, "delayed": {"delayMs": 200}, "reordered": {"reorder": true}} {
		t.Run(name, func(t *testing.T) { webhookFaults(t, faults) })
	}
}

func webhookFaults(t *testing.T, faults map[string]any) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		w := setup(t, dialect, false)
		req := w.submit(t, "hooks")
		w.waitTask(t, req, task.ActionMONITOR_APPROVALS, task.StatusIN_PROGRESS)
		lw := w.linked(t, req)
		w.Sandbox("PUT", "/_control/webhooks/faults", faults, nil)
		w.act(lw, "approve", legalRole)
		w.act(lw, "approve", financeRole)
		if faults["reorder"] == true {
			w.Sandbox("PUT", "/_control/webhooks/faults", map[string]any{"reorder": false}, nil)
		}
		w.waitTask(t, req, task.ActionMONITOR_APPROVALS, task.StatusCOMPLETED)
		eventually(t, "every delivery applied", func() bool {
			n, err := w.db.SyncEvent.Query().Where(syncevent.DirectionEQ(syncevent.DirectionINBOUND),
				syncevent.StatusIn(syncevent.StatusPENDING, syncevent.StatusRETRYING)).Count(context.Background())
			return err == nil && n == 0
		})
		lw = w.linked(t, req)
		if lw.Step != "Sign" || lw.Approvals[0].Status != "approved" || lw.Approvals[1].Status != "approved" {
			t.Fatalf("after %v: %+v", faults, lw)
		}
	})
}

// Dropped webhooks are repaired by the back-fill, and the ledger says so.
func TestBackfillRepairsDroppedWebhooks(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		w := setup(t, dialect, false)
		req := w.submit(t, "dropped")
		w.waitTask(t, req, task.ActionMONITOR_APPROVALS, task.StatusIN_PROGRESS)
		eventually(t, "the refresh after launch", func() bool { return len(w.linked(t, req).Approvals) == 2 })
		lw := w.linked(t, req)
		w.Sandbox("PUT", "/_control/webhooks/faults", map[string]any{"dropRate": 1}, nil)
		w.act(lw, "approve", legalRole)
		w.act(lw, "approve", financeRole)
		if err := w.Srv.Sync.Backfill(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := w.taskOf(t, req, task.ActionMONITOR_APPROVALS).Status; got != task.StatusCOMPLETED {
			t.Fatalf("after back-fill the approvals task is %s", got)
		}
		n, err := w.db.SyncEvent.Query().Where(syncevent.Kind("backfill"), syncevent.HasRequestWith(request.ID(req.ID)),
			syncevent.StatusEQ(syncevent.StatusSUCCEEDED)).Count(context.Background())
		if err != nil || n != 1 {
			t.Fatalf("%d back-fill ledger entries for the request (%v)", n, err)
		}
	})
}

// Withdrawn in Tradewind: cancelled in Ironclad. Cancelled in Ironclad:
// withdrawn in Tradewind. Another requester can neither see nor act.
func TestCancelFromEachSide(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		w := setup(t, dialect, false)
		w.Srv.CreateUser(t, "other@example.com", user.RoleREQUESTER)
		other := w.db.User.Query().Where(user.Email("other@example.com")).OnlyX(context.Background())

		mine := w.submit(t, "withdrawn")
		w.waitTask(t, mine, task.ActionMONITOR_APPROVALS, task.StatusIN_PROGRESS)
		if n := w.db.Request.Query().CountX(w.as(other)); n != 0 {
			t.Fatalf("another requester sees %d requests", n)
		}
		if _, err := w.svc.Withdraw(w.as(other), w.db, other, mine.ID); !apperr.HasCode(err, apperr.CodeNotFound) {
			t.Fatalf("another requester withdrew: %v", err)
		}
		if _, err := w.svc.Withdraw(w.as(w.requester), w.db, w.requester, mine.ID); err != nil {
			t.Fatal(err)
		}
		w.waitRequest(t, mine, request.StatusWITHDRAWN)
		lw := w.linked(t, mine)
		eventually(t, "cancelled in Ironclad", func() bool {
			var wf struct{ Status string }
			w.IroncladAPI("GET", "/workflows/"+lw.IroncladID, nil, &wf)
			return wf.Status == "cancelled"
		})
		for _, tk := range w.db.Task.Query().Where(task.HasRequestWith(request.ID(mine.ID))).AllX(context.Background()) {
			if tk.Status != task.StatusCOMPLETED && tk.Status != task.StatusCANCELLED {
				t.Fatalf("task %s is %s after withdrawal", tk.Name, tk.Status)
			}
		}

		theirs := w.submit(t, "cancelled-there")
		w.waitTask(t, theirs, task.ActionMONITOR_APPROVALS, task.StatusIN_PROGRESS)
		w.act(w.linked(t, theirs), "cancel", "")
		w.waitRequest(t, theirs, request.StatusWITHDRAWN)
		w.waitTask(t, theirs, task.ActionMONITOR_APPROVALS, task.StatusCANCELLED)
		if lw := w.db.LinkedWorkflow.Query().Where(linkedworkflow.HasRequestWith(request.ID(theirs.ID))).OnlyX(context.Background()); lw.Status != "cancelled" {
			t.Fatalf("linked workflow %s", lw.Status)
		}
	})
}
