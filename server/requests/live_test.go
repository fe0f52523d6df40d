package requests_test

import (
	"encoding/json"
	"strings"
	"testing"

	"tradewind/ent/task"
	"tradewind/server/servertest"
)

// What the request page and dashboards subscribe to: approvals and
// signatures given in Ironclad reach the requester's and the admin's
// taskUpdated and requestUpdated subscriptions, with the linked workflow's
// step, approvals and signers as Ironclad shows them, without any reload.
func TestIroncladProgressReachesSubscribers(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		w := setup(t, dialect, false)
		requester := w.Srv.Login(t, "requester@example.com")
		req := w.submit(t, "live")
		vars := map[string]any{"r": string(req.ID)}
		const taskQuery = `subscription($r: ID!) { taskUpdated(requestID: $r) { action status
			linkedWorkflow { readableID step approvals { name status } signers { name status } } } }`
		mine := requester.Subscribe(taskQuery, vars)
		admins := w.Admin.Subscribe(taskQuery, vars)
		requestFeed := requester.Subscribe(`subscription($r: ID!) { requestUpdated(id: $r) { status } }`, vars)
		w.waitTask(t, req, task.ActionMONITOR_APPROVALS, task.StatusIN_PROGRESS)
		lw := w.linked(t, req)

		w.act(lw, "approve", legalRole)
		w.act(lw, "approve", financeRole)
		for _, feed := range []*servertest.Subscription{mine, admins} {
			ev := waitTaskEvent(t, feed, func(e taskEvent) bool {
				return e.Action == "MONITOR_APPROVALS" && e.Status == "COMPLETED"
			})
			if ev.LinkedWorkflow.Step != "Sign" || ev.LinkedWorkflow.ReadableID == "" || approvals(ev) != "Legal: approved, Finance: approved" {
				t.Fatalf("approvals completed with %+v", ev.LinkedWorkflow)
			}
		}

		w.act(lw, "send-signature", "")
		for _, feed := range []*servertest.Subscription{mine, admins} {
			waitTaskEvent(t, feed, func(e taskEvent) bool {
				return e.Action == "MONITOR_SIGNATURES" && len(e.LinkedWorkflow.Signers) > 0
			})
		}
		for _, sg := range w.linked(t, req).Signers {
			w.act(lw, "sign", sg.Role)
		}
		for _, feed := range []*servertest.Subscription{mine, admins} {
			ev := waitTaskEvent(t, feed, func(e taskEvent) bool {
				return e.Action == "MONITOR_SIGNATURES" && e.Status == "COMPLETED"
			})
			if s := signers(ev); strings.Contains(s, "pending") || !strings.Contains(s, "signed") {
				t.Fatalf("signatures completed with %+v", ev.LinkedWorkflow.Signers)
			}
		}
		for {
			var ev struct{ RequestUpdated struct{ Status string } }
			requestFeed.Next(&ev)
			if ev.RequestUpdated.Status == "COMPLETED" {
				break
			}
		}
	})
}

type taskEvent struct {
	Action         string
	Status         string
	LinkedWorkflow struct {
		ReadableID string
		Step       string
		Approvals  []struct{ Name, Status string }
		Signers    []struct{ Name, Status string }
	}
}

// waitTaskEvent reads taskUpdated events until one matches.
func waitTaskEvent(t *testing.T, feed *servertest.Subscription, match func(taskEvent) bool) taskEvent {
	t.Helper()
	for {
		var ev struct{ TaskUpdated taskEvent }
		feed.Next(&ev)
		if match(ev.TaskUpdated) {
			return ev.TaskUpdated
		}
	}
}

func approvals(e taskEvent) string {
	parts := make([]string, len(e.LinkedWorkflow.Approvals))
	for i, a := range e.LinkedWorkflow.Approvals {
		parts[i] = a.Name + ": " + a.Status
	}
	return strings.Join(parts, ", ")
}

func signers(e taskEvent) string {
	b, _ := json.Marshal(e.LinkedWorkflow.Signers)
	return string(b)
}
