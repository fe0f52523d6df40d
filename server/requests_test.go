package server_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/gorilla/websocket"

	"tradewind/ent/user"
	"tradewind/server/requests"
	"tradewind/server/servertest"
)

// TestRequestsThroughGraphQL: an admin builds a form's workflow, requesters
// submit, an admin approves; each requester sees only their own request,
// tasks, timeline, dashboard figures and live events (both websocket
// subprotocols), and the flags (canAct, canWithdraw) follow the services'
// rules.
func TestRequestsThroughGraphQL(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		for email, role := range map[string]user.Role{"admin@example.com": user.RoleADMIN, "ann@example.com": user.RoleREQUESTER, "ben@example.com": user.RoleREQUESTER} {
			s.CreateUser(t, email, role)
		}
		admin, ann, ben := s.Login(t, "admin@example.com"), s.Login(t, "ann@example.com"), s.Login(t, "ben@example.com")

		formID := laptopForm(t, admin)
		bad := admin.GraphQL(`mutation { createWorkflow(input: {name: "X", taskDefinitions: [{name: "", type: MANUAL}]}) { id } }`, nil)
		if bad.Code() != "BAD_USER_INPUT" || bad.Errors[0].Extensions["field"] != "input.taskDefinitions[0].name" {
			t.Fatalf("a nameless task: %s", bad)
		}

		bad = ann.GraphQL(submit, map[string]any{"f": formID, "a": []any{}})
		if bad.Code() != "BAD_USER_INPUT" || bad.Errors[0].Extensions["field"] != "input.answers.model" {
			t.Fatalf("a missing answer: %s", bad)
		}

		// Ben listens on both subprotocols before anyone submits.
		benTasks := dial(t, s, ben, "graphql-ws", `subscription { taskUpdated { name request { title } } }`)
		benRequests := dial(t, s, ben, "graphql-transport-ws", `subscription { requestUpdated { title } }`)
		annTasks := dial(t, s, ann, "graphql-transport-ws", `subscription { taskUpdated { status canAct request { title } } }`)
		waitTopicSubscribers(t, s, requests.TopicTask, 2)
		waitTopicSubscribers(t, s, requests.TopicRequest, 1)

		var annReq submittedRequest
		ann.MustGraphQL(submit, map[string]any{"f": formID, "t": "Ann laptop", "a": []any{map[string]any{"questionKey": "model", "value": "X1"}}}, &annReq)
		if !annReq.SubmitRequest.CanWithdraw {
			t.Fatal("Ann may not withdraw her own request")
		}
		taskQuery := `query($id: ID!) { node(id: $id) { ... on Request { tasks(first: 5) { edges { node { id canAct canRetry } } } } } }`
		var tasks struct {
			Node struct {
				Tasks struct {
					Edges []struct {
						Node struct {
							ID       string
							CanAct   bool
							CanRetry bool
						}
					}
				}
			}
		}
		ann.MustGraphQL(taskQuery, map[string]any{"id": annReq.SubmitRequest.ID}, &tasks)
		approval := tasks.Node.Tasks.Edges[0].Node
		if approval.CanAct || approval.CanRetry {
			t.Fatalf("Ann may act on the admin's approval: %+v", approval)
		}
		admin.MustGraphQL(taskQuery, map[string]any{"id": annReq.SubmitRequest.ID}, &tasks)
		if !tasks.Node.Tasks.Edges[0].Node.CanAct {
			t.Fatal("the admin may not act on the approval")
		}
		if code := ann.GraphQL(`mutation($id: ID!) { decideApproval(id: $id, decision: APPROVE) { id } }`, map[string]any{"id": approval.ID}).Code(); code != "FORBIDDEN" {
			t.Fatalf("Ann approving her own request: %q", code)
		}
		admin.MustGraphQL(`mutation($id: ID!) { decideApproval(id: $id, decision: APPROVE, note: "fine") { status } }`, map[string]any{"id": approval.ID}, &struct{}{})
		for m := next(t, annTasks); !strings.Contains(toJSON(m), `"status":"COMPLETED"`); m = next(t, annTasks) {
			if !strings.Contains(toJSON(m), `"title":"Ann laptop"`) {
				t.Fatalf("Ann got %s", toJSON(m))
			}
		}

		var benReq submittedRequest
		ben.MustGraphQL(submit, map[string]any{"f": formID, "t": "Ben laptop", "a": []any{map[string]any{"questionKey": "model", "value": "T14"}}}, &benReq)
		// Ann's events came first: had Ben been sent any, they would arrive before his own.
		if m := toJSON(next(t, benTasks)); !strings.Contains(m, `"name":"Manager approval"`) || !ownEvent(t, ben, benReq.SubmitRequest.ID, m) {
			t.Fatalf("Ben's first task event: %s", m)
		}
		if m := toJSON(next(t, benRequests)); !ownEvent(t, ben, benReq.SubmitRequest.ID, m) {
			t.Fatalf("Ben's first request event: %s", m)
		}

		var timeline struct {
			Node struct {
				Timeline []struct{ Kind string }
			}
		}
		ann.MustGraphQL(`query($id: ID!) { node(id: $id) { ... on Request { timeline { kind text } } } }`, map[string]any{"id": annReq.SubmitRequest.ID}, &timeline)
		if kinds := toJSON(timeline.Node.Timeline); kinds != `[{"Kind":"SUBMITTED"},{"Kind":"TASK_COMPLETED"},{"Kind":"COMPLETED"}]` {
			t.Fatalf("Ann's timeline: %s", kinds)
		}
		for _, c := range []*servertest.Client{ann, ben} {
			if code := c.GraphQL(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": other(c, ann, annReq, benReq)}).Code(); code != "NOT_FOUND" {
				t.Fatalf("a requester reads another's request: %q", code)
			}
			if code := c.GraphQL(`mutation($id: ID!) { withdrawRequest(id: $id) { id } }`, map[string]any{"id": other(c, ann, annReq, benReq)}).Code(); code != "NOT_FOUND" {
				t.Fatalf("a requester withdraws another's request: %q", code)
			}
		}
		dashboard := `{ dashboard { requestsByStatus { key count } recentActivity { kind } } }`
		for c, want := range map[*servertest.Client]string{
			ann:   `[{"key":"COMPLETED","count":1}]`,
			ben:   `[{"key":"IN_PROGRESS","count":1}]`,
			admin: `[{"key":"COMPLETED","count":1},{"key":"IN_PROGRESS","count":1}]`,
		} {
			var d struct {
				Dashboard struct{ RequestsByStatus json.RawMessage }
			}
			c.MustGraphQL(dashboard, nil, &d)
			if got := string(d.Dashboard.RequestsByStatus); got != want {
				t.Fatalf("dashboard: %s, want %s", got, want)
			}
		}
	})
}

const submit = `mutation($f: ID!, $t: String, $a: [AnswerInput!]!) { submitRequest(input: {requestFormID: $f, title: $t, answers: $a}) { id title canWithdraw } }`

// laptopForm creates, as admin, a form with one required question and its
// workflow: an admin's approval.
func laptopForm(t *testing.T, admin *servertest.Client) string {
	t.Helper()
	var form struct{ CreateRequestForm struct{ ID string } }
	admin.MustGraphQL(`mutation { createRequestForm(input: {name: "Laptop", pages: [{title: "What",
		questions: [{key: "model", label: "Model", type: SHORT_TEXT, required: true}]}]}) { id } }`, nil, &form)
	formID := form.CreateRequestForm.ID
	var wf struct {
		CreateWorkflow struct{ Readiness struct{ Ready bool } }
	}
	admin.MustGraphQL(`mutation($f: ID!) { createWorkflow(input: {name: "Laptops", requestFormIDs: [$f],
		taskDefinitions: [{name: "Manager approval", type: APPROVAL, assigneeRole: ADMIN}]}) { readiness { ready } } }`,
		map[string]any{"f": formID}, &wf)
	if !wf.CreateWorkflow.Readiness.Ready {
		t.Fatal("a workflow without launch tasks is not ready")
	}
	return formID
}

type submittedRequest = struct {
	SubmitRequest struct {
		ID          string
		CanWithdraw bool
	}
}

// other is the id of the request c did not submit.
func other(c, ann *servertest.Client, annReq, benReq submittedRequest) string {
	if c == ann {
		return benReq.SubmitRequest.ID
	}
	return annReq.SubmitRequest.ID
}

// ownEvent: the event names the viewer's request, which the viewer can read.
func ownEvent(t *testing.T, c *servertest.Client, requestID, event string) bool {
	t.Helper()
	var r struct{ Node struct{ Title string } }
	c.MustGraphQL(`query($id: ID!) { node(id: $id) { ... on Request { title } } }`, map[string]any{"id": requestID}, &r)
	return strings.Contains(event, `"title":"`+r.Node.Title+`"`)
}

// dial opens a websocket for c and subscribes to query on the protocol.
func dial(t *testing.T, s *servertest.Server, c *servertest.Client, protocol, query string) *websocket.Conn {
	t.Helper()
	conn, _, err := dialWS(t, s, c, protocol, s.URL)
	if err != nil {
		t.Fatal(err)
	}
	subscribe(t, conn, protocol, nil, query)
	return conn
}

// next is the next event's data on either subprotocol.
func next(t *testing.T, conn *websocket.Conn) any {
	t.Helper()
	m := read(t, conn)
	if m.Type != "next" && m.Type != "data" {
		t.Fatalf("got %+v, want an event", m)
	}
	return m.Payload["data"]
}
