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
// step, approvals and signers as Ironclad shows them, without any reload;
// and a subscription for one request starts with its state now.
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
			// Every task of the workflow carries it: even the launch task's copy, done long ago, moves on.
			tasks := waitTasks(t, feed, func(tasks map[string]taskEvent) bool {
				return tasks["MONITOR_APPROVALS"].Status == "COMPLETED" && tasks["LAUNCH_WORKFLOW"].LinkedWorkflow.Step == "Sign"
			})
			lw := tasks["MONITOR_APPROVALS"].LinkedWorkflow
			if lw.Step != "Sign" || lw.ReadableID == "" || approvals(tasks["MONITOR_APPROVALS"]) != "Legal: approved, Finance: approved" {
				t.Fatalf("approvals completed with %+v", lw)
			}
		}

		w.act(lw, "send-signature", "")
		for _, feed := range []*servertest.Subscription{mine, admins} {
			waitTasks(t, feed, func(tasks map[string]taskEvent) bool {
				return len(tasks["MONITOR_SIGNATURES"].LinkedWorkflow.Signers) > 0
			})
		}
		for _, sg := range w.linked(t, req).Signers {
			w.act(lw, "sign", sg.Role)
		}
		for _, feed := range []*servertest.Subscription{mine, admins} {
			tasks := waitTasks(t, feed, func(tasks map[string]taskEvent) bool {
				return tasks["MONITOR_SIGNATURES"].Status == "COMPLETED"
			})
			if s := signers(tasks["MONITOR_SIGNATURES"]); strings.Contains(s, "pending") || !strings.Contains(s, "signed") {
				t.Fatalf("signatures completed with %s", s)
			}
		}
		for {
			var ev struct{ RequestUpdated struct{ Status string } }
			requestFeed.Next(&ev)
			if ev.RequestUpdated.Status == "COMPLETED" {
				break
			}
		}

		// A page that loaded the request just before subscribing misses
		// nothing: with an id, the subscription starts with the state now.
		var first struct{ RequestUpdated struct{ Status string } }
		requester.Subscribe(`subscription($r: ID!) { requestUpdated(id: $r) { status } }`, vars).Next(&first)
		if first.RequestUpdated.Status != "COMPLETED" {
			t.Fatalf("requestUpdated(id) began with %+v", first)
		}
		late := w.Admin.Subscribe(taskQuery, vars)
		tasks := waitTasks(t, late, func(tasks map[string]taskEvent) bool { return len(tasks) == 3 })
		for action, tk := range tasks {
			if tk.Status != "COMPLETED" || tk.LinkedWorkflow.ReadableID == "" {
				t.Fatalf("taskUpdated(requestID) began with %s %+v", action, tk)
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

// waitTasks reads taskUpdated events, keeping the latest copy of each task
// by action, until they satisfy done (events of one commit may come in any
// order, each carrying the state after it).
func waitTasks(t *testing.T, feed *servertest.Subscription, done func(map[string]taskEvent) bool) map[string]taskEvent {
	t.Helper()
	tasks := map[string]taskEvent{}
	for !done(tasks) {
		var ev struct{ TaskUpdated taskEvent }
		feed.Next(&ev)
		tasks[ev.TaskUpdated.Action] = ev.TaskUpdated
	}
	return tasks
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
