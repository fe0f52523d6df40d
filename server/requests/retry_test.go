package requests_test

import (
	"context"
	"strings"
	"testing"

	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/mapping"
	"tradewind/ent/request"
	"tradewind/ent/task"
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
