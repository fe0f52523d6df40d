package ironclad

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"reflect"
	"testing"
	"time"
)

// TestEndpoints checks that each method sends the request Ironclad
// documents and decodes a typical answer.
func TestEndpoints(t *testing.T) {
	ctx := context.Background()
	since := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name   string
		answer string
		status int
		run    func(c *Client) (any, error)
		method string
		path   string
		query  url.Values
		body   string // JSON, compared structurally; "" for none
		check  func(t *testing.T, got any)
	}{
		{name: "get schema", answer: launchSchemaJSON,
			run:    func(c *Client) (any, error) { return c.GetWorkflowSchema(ctx, "tpl 1") },
			method: "GET", path: "/workflow-schemas/tpl%201", query: url.Values{"form": {"launch"}}},
		{name: "launch", answer: workflowJSON,
			run: func(c *Client) (any, error) {
				return c.LaunchWorkflow(ctx, LaunchRequest{Template: "tpl", Attributes: map[string]any{"counterpartyName": "Acme"}, UseDefaultValues: true})
			},
			method: "POST", path: "/workflows", query: url.Values{"useDefaultValues": {"true"}},
			body: `{"template":"tpl","attributes":{"counterpartyName":"Acme"}}`},
		{name: "launch async", answer: `{"asyncJobId":"job_1","asyncJobStatusUrl":"https://ironcladapp.com/public/api/v1/workflows/async/job_1"}`,
			run: func(c *Client) (any, error) {
				return c.LaunchWorkflowAsync(ctx, LaunchRequest{Template: "tpl", Attributes: map[string]any{"counterpartyName": "Acme"}})
			},
			method: "POST", path: "/workflows/async", body: `{"template":"tpl","attributes":{"counterpartyName":"Acme"}}`,
			check: func(t *testing.T, got any) {
				if j := got.(*AsyncJob); j.ID != "job_1" {
					t.Errorf("job = %+v", j)
				}
			}},
		{name: "async job", answer: `{"status":"success","requestPayload":{"template":"tpl"},"workflowUrls":{"browserUrl":"https://ironcladapp.com/workflow/wf9","apiUrl":"https://ironcladapp.com/public/api/v1/workflows/wf9"}}`,
			run:    func(c *Client) (any, error) { return c.GetAsyncJob(ctx, "job_1") },
			method: "GET", path: "/workflows/async/job_1",
			check: func(t *testing.T, got any) {
				if id := got.(*AsyncJobStatus).WorkflowID(); id != "wf9" {
					t.Errorf("workflow id from apiUrl = %q", id)
				}
			}},
		{name: "list workflows", answer: `{"page":1,"pageSize":5,"count":6,"list":[` + workflowJSON + `]}`,
			run: func(c *Client) (any, error) {
				return c.ListWorkflows(ctx, ListWorkflowsParams{PageParams: PageParams{Page: 1, PageSize: 5},
					Statuses: []string{StatusActive, StatusPaused}, Template: "tpl", LastUpdated: since,
					Filter: "Equals([counterpartyName], 'Acme')"})
			},
			method: "GET", path: "/workflows",
			query: url.Values{"page": {"1"}, "pageSize": {"5"}, "status": {"active,paused"}, "template": {"tpl"},
				"lastUpdated": {"2026-07-01T00:00:00.000Z"}, "filter": {"Equals([counterpartyName], 'Acme')"}}},
		{name: "update attributes", answer: workflowJSON,
			run: func(c *Client) (any, error) {
				return c.UpdateAttributes(ctx, "wf1", AttributeUpdate{Updates: []AttributeChange{SetAttribute("counterpartyName", "Acme Ltd"), RemoveAttribute("note")}, Comment: "from Tradewind"})
			},
			method: "PATCH", path: "/workflows/wf1/attributes",
			body: `{"updates":[{"action":"set","path":"counterpartyName","value":"Acme Ltd"},{"action":"remove","path":"note"}],"comment":"from Tradewind"}`},
		{name: "pause", status: 204, run: func(c *Client) (any, error) { return nil, c.Pause(ctx, "wf1", ActivityComment{Message: "hold"}) },
			method: "POST", path: "/workflows/wf1/pause", body: `{"comment":{"message":"hold"}}`},
		{name: "resume", status: 204, run: func(c *Client) (any, error) { return nil, c.Resume(ctx, "wf1", ActivityComment{Message: "go"}) },
			method: "POST", path: "/workflows/wf1/resume", body: `{"comment":{"message":"go"}}`},
		{name: "revert", status: 204, run: func(c *Client) (any, error) { return nil, c.RevertToReview(ctx, "wf1") },
			method: "PATCH", path: "/workflows/wf1/revert-to-review", body: `{}`},
		{name: "approvals", answer: `{"workflowId":"wf1","title":"t","approvalGroups":[{"reviewers":[{"role":"approver1","displayName":"Legal","reviewerType":"role","status":"pending"}],"status":"active","order":1}],"roles":[]}`,
			run:    func(c *Client) (any, error) { return c.ListApprovals(ctx, "wf1") },
			method: "GET", path: "/workflows/wf1/approvals",
			check: func(t *testing.T, got any) {
				if a := got.(*Approvals); a.ApprovalGroups[0].Reviewers[0].Role != "approver1" || a.ApprovalGroups[0].Status != GroupActive {
					t.Errorf("approvals = %+v", a)
				}
			}},
		{name: "approval requests", answer: `{"page":0,"pageSize":20,"count":1,"list":[{"startTime":"2026-07-30T11:16:18.534Z","endTime":null,"status":"Pending","actorId":"u1","actorType":"User","role":"approver1","roleName":"Legal","duration":239000,"durationSeconds":239,"aggregateDuration":239000,"netRequestDurationSeconds":239.5,"approvalType":"Workflow"}]}`,
			run: func(c *Client) (any, error) {
				return c.ListApprovalRequests(ctx, "wf1", ApprovalRequestsParams{ActorDetails: true, RequestType: "role"})
			},
			method: "GET", path: "/workflows/wf1/approval-requests", query: url.Values{"actorDetails": {"true"}, "requestType": {"role"}}},
		{name: "update approval", answer: `true`,
			run:    func(c *Client) (any, error) { return nil, c.UpdateApproval(ctx, "wf1", "approver1", ApprovalApproved) },
			method: "PATCH", path: "/workflows/wf1/approvals/approver1", body: `{"status":"approved"}`},
		{name: "signatures", answer: `{"workflowId":"wf1","title":"t","signers":[{"roleName":"Counterparty Signer","name":"Sam","email":"sam@acme.test","signatureStatus":{"status":"sent"},"routingOrder":0}],"routing":"sequential"}`,
			run:    func(c *Client) (any, error) { return c.ListSignatures(ctx, "wf1") },
			method: "GET", path: "/workflows/wf1/signatures",
			check: func(t *testing.T, got any) {
				if s := got.(*Signatures); s.Signers[0].SignatureStatus.Status != SignerSent {
					t.Errorf("signatures = %+v", s)
				}
			}},
		{name: "sign status", answer: signStatusJSON,
			run:    func(c *Client) (any, error) { return c.GetSignStatus(ctx, "wf1") },
			method: "GET", path: "/workflows/wf1/sign-status",
			check: func(t *testing.T, got any) {
				if s := got.(*SignStatus); s.Status != PacketSent || s.Signers[1].UserID == "" || s.Provider != "Ironclad Signature" {
					t.Errorf("sign status = %+v", s)
				}
			}},
		{name: "send signature request", answer: signStatusJSON,
			run:    func(c *Client) (any, error) { return c.SendSignatureRequest(ctx, "wf1") },
			method: "POST", path: "/workflows/wf1/sign-status/send-signature-request"},
		{name: "cancel signature request", answer: signStatusJSON,
			run:    func(c *Client) (any, error) { return c.CancelSignatureRequest(ctx, "wf1", "wrong version") },
			method: "POST", path: "/workflows/wf1/sign-status/cancel-signature-request", body: `{"reason":"wrong version"}`},
		{name: "update signer", answer: `{"name":"Pat","email":"pat@acme.test","roleName":"Counterparty Signer","status":"pending","type":"external"}`,
			run: func(c *Client) (any, error) {
				return c.UpdateSigner(ctx, "wf1", "Counterparty Signer", SignerUpdate{Reason: "left", Assigned: SignerAssignment{Type: "external", Email: "pat@acme.test", Name: "Pat"}})
			},
			method: "PATCH", path: "/workflows/wf1/sign-status/signers/Counterparty%20Signer",
			body: `{"reason":"left","assigned":{"type":"external","email":"pat@acme.test","name":"Pat"}}`},
		{name: "remove signer", status: 204, run: func(c *Client) (any, error) { return nil, c.RemoveSigner(ctx, "wf1", "Counterparty Signer") },
			method: "DELETE", path: "/workflows/wf1/sign-status/signers/Counterparty%20Signer"},
		{name: "remind signer", status: 204, run: func(c *Client) (any, error) { return nil, c.RemindSigner(ctx, "wf1", "Counterparty Signer") },
			method: "POST", path: "/workflows/wf1/sign-status/signers/Counterparty%20Signer/remind"},
		{name: "list comments", answer: `{"page":0,"pageSize":50,"count":1,"list":[` + commentJSON + `]}`,
			run:    func(c *Client) (any, error) { return c.ListComments(ctx, "wf1", PageParams{PageSize: 50}) },
			method: "GET", path: "/workflows/wf1/comments", query: url.Values{"pageSize": {"50"}},
			check: func(t *testing.T, got any) {
				cm := got.(*Page[Comment]).List[0]
				if cm.Message == "" || cm.Author.Type != AuthorInternalUser || cm.RepliedTo.ItemAuthor.Type != AuthorSystem || cm.MentionedUserDetails[0].Email != "legal@example.test" {
					t.Errorf("comment = %+v", cm)
				}
			}},
		{name: "get comment", answer: commentJSON,
			run:    func(c *Client) (any, error) { return c.GetComment(ctx, "wf1", "c1") },
			method: "GET", path: "/workflows/wf1/comments/c1"},
		{name: "create comment", answer: commentJSON,
			run: func(c *Client) (any, error) {
				return c.CreateComment(ctx, "wf1", NewComment{Message: "Looks good " + Mention("legal@example.test"), ReplyTo: "c0"})
			},
			method: "POST", path: "/workflows/wf1/comments",
			body: `{"comment":"Looks good <@legal@example.test>","repliedToActivityFeedMessageId":"c0"}`},
		{name: "delete comment", status: 204, run: func(c *Client) (any, error) { return nil, c.DeleteComment(ctx, "wf1", "c1") },
			method: "DELETE", path: "/workflows/wf1/comments/c1"},
		{name: "list webhooks", answer: `{"page":0,"pageSize":20,"list":[` + webhookJSON + `]}`,
			run:    func(c *Client) (any, error) { return c.ListWebhooks(ctx, PageParams{}) },
			method: "GET", path: "/webhooks"},
		{name: "get webhook", answer: webhookJSON,
			run:    func(c *Client) (any, error) { return c.GetWebhook(ctx, "wh1") },
			method: "GET", path: "/webhooks/wh1"},
		{name: "update webhook", answer: webhookJSON,
			run: func(c *Client) (any, error) {
				return c.UpdateWebhook(ctx, "wh1", WebhookUpdate{Status: WebhookDisabled})
			},
			method: "PATCH", path: "/webhooks/wh1", body: `{"status":"disabled"}`},
		{name: "delete webhook", status: 204, run: func(c *Client) (any, error) { return nil, c.DeleteWebhook(ctx, "wh1") },
			method: "DELETE", path: "/webhooks/wh1"},
		{name: "userinfo", answer: `{"sub":"u1","id":"u1","email":"ada@example.test","username":"ada@example.test","firstName":"Ada","lastName":"Admin","displayName":"Ada Admin","title":"","companyId":"co1","companyName":"Example Co","scopes":["public.workflows.readWorkflows"]}`,
			run:    func(c *Client) (any, error) { return c.UserInfo(ctx) },
			method: "GET", path: "/oauth/userinfo"},
		{name: "company info", answer: `{"companyId":"co1","companyName":"example","companyDisplayName":"Example Co","entitlements":{"api":{"name":"API","description":"","type":"boolean","value":true}}}`,
			run:    func(c *Client) (any, error) { return c.CompanyInfo(ctx) },
			method: "GET", path: "/oauth/company-info",
			check: func(t *testing.T, got any) {
				if ci := got.(*CompanyInfo); string(ci.Entitlements["api"].Value) != "true" {
					t.Errorf("company info = %+v", ci)
				}
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) {
				status := tc.status
				if status == 0 {
					status = 200
				}
				reply(w, status, tc.answer)
			})
			got, err := tc.run(f.client(func(o *Options) { o.ActAsEmail = "integration@example.test" }))
			if err != nil {
				t.Fatal(err)
			}
			ex := f.received()
			if len(ex) != 1 {
				t.Fatalf("%d requests, want 1", len(ex))
			}
			e := ex[0]
			if e.method != tc.method || e.path != tc.path {
				t.Errorf("sent %s %s, want %s %s", e.method, e.path, tc.method, tc.path)
			}
			if q, _ := url.ParseQuery(e.query); !reflect.DeepEqual(q, orEmpty(tc.query)) {
				t.Errorf("query = %v, want %v", q, tc.query)
			}
			assertJSONBody(t, e.body, tc.body)
			if e.header.Get("Authorization") != "Bearer "+testAccessToken || e.header.Get("x-as-user-email") != "integration@example.test" {
				t.Errorf("auth/actor headers = %v / %v", e.header.Get("Authorization"), e.header.Get("x-as-user-email"))
			}
			if tc.check != nil {
				tc.check(t, got)
			}
		})
	}
}

func orEmpty(q url.Values) url.Values {
	if q == nil {
		return url.Values{}
	}
	return q
}

func assertJSONBody(t *testing.T, got, want string) {
	t.Helper()
	if want == "" {
		if got != "" {
			t.Errorf("body = %s, want none", got)
		}
		return
	}
	var g, w any
	if err := json.Unmarshal([]byte(got), &g); err != nil {
		t.Fatalf("body %q: %v", got, err)
	}
	_ = json.Unmarshal([]byte(want), &w)
	if !reflect.DeepEqual(g, w) {
		t.Errorf("body = %s, want %s", got, want)
	}
}
