package ironclad

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
	"tradewind/server/sandbox"
)

// control calls the sandbox's JSON control API (tests only).
func (env *sandboxEnv) control(method, path string, body any) {
	t := env.t
	t.Helper()
	payload, _ := json.Marshal(body)
	req, err := http.NewRequest(method, env.baseURL()+"/_control"+path, bytes.NewReader(payload))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var e map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&e)
		t.Fatalf("control %s %s: %d %v", method, path, resp.StatusCode, e)
	}
}

// launchAttributes answers every always-required question of a launch form
// from its schema, the way Tradewind maps a request form.
func launchAttributes(t *testing.T, s Schema) map[string]any {
	t.Helper()
	attrs := map[string]any{}
	for id, f := range s.All() {
		if f.Required != RequiredAlways {
			continue
		}
		switch {
		case f.Options != nil && len(f.Options.Values) > 0:
			attrs[id] = f.Options.Values[0]
		case f.Type == "string":
			attrs[id] = "Acme Supplies"
		case f.Type == "email":
			attrs[id] = "signer@acme.test"
		case f.Type == "monetaryAmount":
			attrs[id] = map[string]any{"currency": "USD", "amount": 1200}
		case f.Type == "number":
			attrs[id] = 1
		case f.Type == "boolean":
			attrs[id] = false
		case f.Type == "date":
			attrs[id] = time.Now().UTC().Format(time.RFC3339)
		default:
			t.Fatalf("no test value for required %s field %s", f.Type, id)
		}
	}
	return attrs
}

func findSchema(t *testing.T, schemas []WorkflowSchema, name string) WorkflowSchema {
	t.Helper()
	for _, s := range schemas {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("no template %q among %d", name, len(schemas))
	return WorkflowSchema{}
}

// TestSandboxContractJourney launches a purchase order through Review,
// approval, signature and completion, with the webhooks verified as they
// arrive.
func TestSandboxContractJourney(t *testing.T) {
	env := startSandbox(t, nil)
	ctx := context.Background()
	admin, _, _ := env.connect(sandboxAdmin, nil)
	env.receiver.use(NewVerifier(VerifierOptions{Keys: admin}))

	hook, err := admin.CreateWebhook(ctx, WebhookCreate{Events: []EventType{EventAll}, TargetURL: env.receiver.url()})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := admin.GetWebhook(ctx, hook.ID); err != nil || got.TargetURL != env.receiver.url() || got.Status != WebhookEnabled {
		t.Fatalf("webhook = %+v, %v", got, err)
	}
	if hooks, err := admin.ListWebhooks(ctx, PageParams{}); err != nil || len(hooks.List) != 1 {
		t.Fatalf("webhooks = %+v, %v", hooks, err)
	}

	legal, _, _ := env.connect(sandboxLegal, nil)
	if _, err := legal.ListWebhooks(ctx, PageParams{}); !IsMissingAPIManagement(err) {
		t.Errorf("legal listing webhooks: %v, want the API management refusal", err)
	}

	schemas, err := admin.ListWorkflowSchemas(ctx)
	if err != nil {
		t.Fatal(err)
	}
	po := findSchema(t, schemas, "Purchase Order")
	if one, err := admin.GetWorkflowSchema(ctx, po.ID); err != nil || len(one.Schema.IDs) != len(po.Schema.IDs) {
		t.Fatalf("schema = %+v, %v", one, err)
	}
	if _, err := admin.GetWorkflowSchema(ctx, "000000000000000000000000"); !IsNotFound(err) {
		t.Errorf("unknown template: %v", err)
	}

	job, err := admin.LaunchWorkflowAsync(ctx, LaunchRequest{Template: po.ID, Attributes: launchAttributes(t, po.Schema), UseDefaultValues: true})
	if err != nil {
		t.Fatal(err)
	}
	st, err := admin.WaitForAsyncJob(ctx, job.ID, 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	wfID := st.WorkflowID()
	wf, err := admin.GetWorkflow(ctx, wfID)
	if err != nil {
		t.Fatal(err)
	}
	if wf.Step != StepReview || wf.Status != StatusActive || wf.Approvals.State != StateInProgress || wf.Template != po.ID {
		t.Fatalf("launched workflow = %+v", wf)
	}
	if byIC, err := admin.GetWorkflow(ctx, wf.IroncladID); err != nil || byIC.ID != wfID {
		t.Errorf("by Ironclad id: %+v, %v", byIC, err)
	}
	page, err := admin.ListWorkflows(ctx, ListWorkflowsParams{Template: po.ID, Statuses: []string{StatusActive}})
	if err != nil || page.Count != 1 || page.List[0].ID != wfID {
		t.Errorf("list = %+v, %v", page, err)
	}

	t.Run("review edits and comments", func(t *testing.T) {
		update := AttributeUpdate{Updates: []AttributeChange{SetAttribute("costCenter", "Operations")}, Comment: "from Tradewind"}
		if _, err := admin.UpdateAttributes(ctx, wfID, update); err != nil {
			t.Fatal(err)
		}
		if _, err := admin.UpdateAttributes(ctx, wfID, update); !IsNoChange(err) {
			t.Errorf("same update again: %v", err)
		}
		if err := admin.Pause(ctx, wfID, ActivityComment{Message: "waiting on budget"}); err != nil {
			t.Fatal(err)
		}
		if err := admin.Pause(ctx, wfID, ActivityComment{Message: "again"}); !IsInvalidState(err) {
			t.Errorf("pausing a paused workflow: %v", err)
		}
		if err := admin.Resume(ctx, wfID, ActivityComment{Message: "budget approved"}); err != nil {
			t.Fatal(err)
		}
		first, err := admin.CreateComment(ctx, wfID, NewComment{Message: "Please review " + Mention(sandboxLegal)})
		if err != nil {
			t.Fatal(err)
		}
		if first.Author.Email != sandboxAdmin || len(first.MentionedUserDetails) != 1 || first.MentionedUserDetails[0].Email != sandboxLegal {
			t.Errorf("comment = %+v", first)
		}
		reply, err := legal.CreateComment(ctx, wfID, NewComment{Message: "On it", ReplyTo: first.ID})
		if err != nil || reply.RepliedTo == nil || reply.RepliedTo.Item != first.ID {
			t.Fatalf("reply = %+v, %v", reply, err)
		}
		comments, err := admin.ListComments(ctx, wfID, PageParams{})
		if err != nil || comments.Count < 2 {
			t.Fatalf("comments = %+v, %v", comments, err)
		}
		if err := admin.DeleteComment(ctx, wfID, first.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := admin.GetComment(ctx, wfID, first.ID); !IsNotFound(err) {
			t.Errorf("deleted comment: %v", err)
		}
		if err := admin.DeleteComment(ctx, wfID, first.ID); errors.Is(err, ErrNotSupported) || !IsNotFound(err) {
			t.Errorf("deleting a missing comment: %v", err)
		}
		env.receiver.waitFor(t, wfID, EventWorkflowLaunched, EventWorkflowPaused, EventWorkflowResumed, EventCommentAdded, EventCommentRemoved)
	})

	t.Run("approval", func(t *testing.T) {
		approvals, err := admin.ListApprovals(ctx, wfID)
		if err != nil {
			t.Fatal(err)
		}
		var active []Reviewer
		for _, g := range approvals.ApprovalGroups {
			if g.Status == GroupActive {
				active = append(active, g.Reviewers...)
			}
		}
		if len(active) != 1 {
			t.Fatalf("active reviewers = %+v", approvals.ApprovalGroups)
		}
		approver := assigneeEmail(approvals.Roles, active[0].Role)
		if err := admin.UpdateApproval(ctx, wfID, active[0].Role, ApprovalApproved); err == nil && approver != sandboxAdmin {
			t.Errorf("admin approved %s's approval", approver)
		}
		approverClient, _, _ := env.connect(approver, nil)
		if err := approverClient.UpdateApproval(ctx, wfID, active[0].Role, ApprovalApproved); err != nil {
			t.Fatal(err)
		}
		requests, err := admin.ListApprovalRequests(ctx, wfID, ApprovalRequestsParams{})
		if err != nil || requests.Count == 0 || requests.List[0].Status != "Approved" {
			t.Errorf("approval requests = %+v, %v", requests, err)
		}
		env.receiver.waitFor(t, wfID, EventApprovalStatusChanged)
	})

	t.Run("signature and completion", func(t *testing.T) {
		wf, err := admin.GetWorkflow(ctx, wfID)
		if err != nil || wf.Step != StepSign || wf.Approvals.State != StateCompleted || wf.Signatures.State != StateInProgress {
			t.Fatalf("after approval: %+v, %v", wf, err)
		}
		status, err := admin.GetSignStatus(ctx, wfID)
		if err != nil || status.Status != PacketNotSent || len(status.Signers) == 0 {
			t.Fatalf("sign status = %+v, %v", status, err)
		}
		if status, err = admin.SendSignatureRequest(ctx, wfID); err != nil || status.Status != PacketSent {
			t.Fatalf("send = %+v, %v", status, err)
		}
		sigs, err := admin.ListSignatures(ctx, wfID)
		if err != nil || len(sigs.Signers) != len(status.Signers) {
			t.Fatalf("signatures = %+v, %v", sigs, err)
		}
		for _, s := range status.Signers {
			env.control("POST", "/workflows/"+wfID+"/actions", map[string]string{"action": "sign", "role": s.RoleName})
		}
		wf, err = admin.GetWorkflow(ctx, wfID)
		if err != nil || wf.Status != StatusCompleted {
			t.Fatalf("after signing: %+v, %v", wf, err)
		}
		env.receiver.waitFor(t, wfID, EventSignaturePacketSent, EventSignaturePacketFullySigned, EventWorkflowCompleted)
	})
}

func assigneeEmail(roles []Role, roleID string) string {
	for _, r := range roles {
		if r.ID == roleID && len(r.Assignees) > 0 {
			return r.Assignees[0].Email
		}
	}
	return ""
}

// countingTransport counts responses by status, to see what Ironclad
// answered behind the client's retries.
type countingTransport struct {
	mu       sync.Mutex
	byStatus map[int]int
}

func (ct *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err == nil {
		ct.mu.Lock()
		if ct.byStatus == nil {
			ct.byStatus = map[int]int{}
		}
		ct.byStatus[resp.StatusCode]++
		ct.mu.Unlock()
	}
	return resp, err
}

func (ct *countingTransport) count(status int) int {
	ct.mu.Lock()
	defer ct.mu.Unlock()
	return ct.byStatus[status]
}

// counted returns a client of the same connection whose answers are counted.
func counted(c *Client, limiter *Limiter, retry RetryPolicy) (*Client, *countingTransport) {
	ct := &countingTransport{}
	cp := *c
	cp.http = &http.Client{Transport: ct}
	if limiter != nil {
		cp.limiter = limiter
	}
	cp.retry = retry.withDefaults()
	return &cp, ct
}

func getMany(t *testing.T, c *Client, id string, n int) {
	t.Helper()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			if _, err := c.GetWorkflow(context.Background(), id); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

func launchOne(t *testing.T, c *Client) string {
	t.Helper()
	ctx := context.Background()
	schemas, err := c.ListWorkflowSchemas(ctx)
	if err != nil {
		t.Fatal(err)
	}
	po := findSchema(t, schemas, "Purchase Order")
	wf, err := c.LaunchWorkflow(ctx, LaunchRequest{Template: po.ID, Attributes: launchAttributes(t, po.Schema), UseDefaultValues: true})
	if err != nil {
		t.Fatal(err)
	}
	return wf.ID
}

func TestSandboxRateLimits(t *testing.T) {
	const perWindow, window = 6, time.Second
	env := startSandbox(t, func(c *sandbox.Config) {
		c.RateLimits = sandbox.RateLimits{WorkflowReads: perWindow, Window: window}
	})
	admin, _, _ := env.connect(sandboxAdmin, nil)
	wfID := launchOne(t, admin)
	time.Sleep(window) // start from a fresh server window

	t.Run("paced to the limit, never refused", func(t *testing.T) {
		c, counts := counted(admin, NewLimiter(Limits{WorkflowReads: perWindow, Window: window}), fastRetry())
		getMany(t, c, wfID, 2*perWindow)
		if n := counts.count(http.StatusTooManyRequests); n != 0 {
			t.Errorf("%d requests refused with 429 although paced", n)
		}
	})

	t.Run("refused by Ironclad, Retry-After obeyed", func(t *testing.T) {
		time.Sleep(window)
		c, counts := counted(admin, NewLimiter(DefaultLimits()), fastRetry())
		getMany(t, c, wfID, 2*perWindow)
		if n := counts.count(http.StatusTooManyRequests); n == 0 {
			t.Error("the sandbox never refused: the test proves nothing")
		}
		if n := counts.count(http.StatusOK); n != 2*perWindow {
			t.Errorf("%d successes, want %d", n, 2*perWindow)
		}
	})
}

func TestSandboxInjectedServerErrors(t *testing.T) {
	env := startSandbox(t, nil)
	admin, _, _ := env.connect(sandboxAdmin, nil)
	wfID := launchOne(t, admin)
	ctx := context.Background()

	env.control("PUT", "/faults", map[string]any{"errorRate": 0.5})
	c, counts := counted(admin, nil, RetryPolicy{MaxAttempts: 20, BaseDelay: time.Millisecond, MaxDelay: 2 * time.Millisecond})
	for range 20 {
		if _, err := c.GetWorkflow(ctx, wfID); err != nil {
			t.Fatal(err)
		}
	}
	if counts.count(http.StatusInternalServerError) == 0 {
		t.Error("no injected 500 seen: the test proves nothing")
	}

	env.control("PUT", "/faults", map[string]any{"errorRate": 1})
	before := counts.count(http.StatusInternalServerError)
	_, err := c.LaunchWorkflow(ctx, LaunchRequest{Template: "any", Attributes: map[string]any{"counterpartyName": "Acme"}})
	if !errors.Is(err, ErrOutcomeUnknown) {
		t.Errorf("launch under 500s: %v, want ErrOutcomeUnknown", err)
	}
	if n := counts.count(http.StatusInternalServerError) - before; n != 1 {
		t.Errorf("launch sent %d times, want once", n)
	}
	env.control("PUT", "/faults", map[string]any{"errorRate": 0})
}

func TestSandboxTokenLifecycle(t *testing.T) {
	// A TTL just over x/oauth2's 10 s early-expiry margin: the token turns
	// stale one second after it is issued.
	env := startSandbox(t, func(c *sandbox.Config) { c.TokenTTL = 11 * time.Second })
	ctx := context.Background()
	c, ts, store := env.connect(sandboxAdmin, nil)
	wfID := launchOne(t, c)

	t.Run("expiry refreshes ahead of time", func(t *testing.T) {
		time.Sleep(1100 * time.Millisecond)
		cc, counts := counted(c, nil, fastRetry())
		if _, err := cc.GetWorkflow(ctx, wfID); err != nil {
			t.Fatal(err)
		}
		if store.last() == nil {
			t.Fatal("refreshed token not saved")
		}
		if n := counts.count(http.StatusUnauthorized); n != 0 {
			t.Errorf("%d 401s: the token was not refreshed before use", n)
		}
	})

	t.Run("a token Ironclad expired early is refreshed on 401", func(t *testing.T) {
		tok, err := ts.Token()
		if err != nil {
			t.Fatal(err)
		}
		env.control("POST", "/tokens/expire", map[string]string{"accessToken": tok.AccessToken})
		cc, counts := counted(c, nil, fastRetry())
		if _, err := cc.GetWorkflow(ctx, wfID); err != nil {
			t.Fatal(err)
		}
		if counts.count(http.StatusUnauthorized) != 1 || store.last().AccessToken == tok.AccessToken {
			t.Errorf("401s %d; saved token changed: %v", counts.count(http.StatusUnauthorized), store.last().AccessToken != tok.AccessToken)
		}
	})

	t.Run("revoked grant needs reconnect, and stays so", func(t *testing.T) {
		env.control("POST", "/tokens/revoke", map[string]string{"clientId": sandboxClientID})
		for range 3 {
			if _, err := c.GetWorkflow(ctx, wfID); !errors.Is(err, ErrReconnectNeeded) {
				t.Fatalf("after revocation: %v", err)
			}
		}
		if err := ts.Err(); !errors.Is(err, ErrReconnectNeeded) || strings.Contains(err.Error(), store.last().RefreshToken) {
			t.Errorf("Err() = %v", err)
		}
		// Reconnecting installs a new grant on the same source.
		cfg := env.oauthConfig("")
		code, err := ParseCallback(env.authorize(cfg, "s-re", sandboxAdmin, "Allow Access"), "s-re")
		if err != nil {
			t.Fatal(err)
		}
		tok, err := ExchangeCode(ctx, cfg, code)
		if err != nil {
			t.Fatal(err)
		}
		if err := ts.SetToken(tok); err != nil {
			t.Fatal(err)
		}
		if _, err := c.GetWorkflow(ctx, wfID); err != nil {
			t.Errorf("after reconnect: %v", err)
		}
	})
}

func TestSandboxDuplicateWebhooksAreRecognised(t *testing.T) {
	env := startSandbox(t, nil)
	admin, _, _ := env.connect(sandboxAdmin, nil)
	env.receiver.use(NewVerifier(VerifierOptions{Keys: admin}))
	if _, err := admin.CreateWebhook(context.Background(), WebhookCreate{Events: []EventType{EventWorkflowLaunched}, TargetURL: env.receiver.url()}); err != nil {
		t.Fatal(err)
	}
	env.control("PUT", "/webhooks/faults", map[string]any{"duplicate": true})
	wfID := launchOne(t, admin)
	env.receiver.waitFor(t, wfID, EventWorkflowLaunched)
	deadline := time.Now().Add(5 * time.Second)
	for {
		env.receiver.mu.Lock()
		replays, events := env.receiver.replays, len(env.receiver.events)
		env.receiver.mu.Unlock()
		if replays == 1 && events == 1 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d events accepted and %d replays, want 1 and 1", events, replays)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
