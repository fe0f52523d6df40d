package ironclad

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"testing"
)

func TestLaunchSchemaKeepsEverythingImportNeeds(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) {
		reply(w, 200, `{"list":[`+launchSchemaJSON+`]}`)
	})
	schemas, err := f.client().ListWorkflowSchemas(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := f.received()[0]; got.path != "/workflow-schemas" || got.query != "form=launch" {
		t.Fatalf("asked %s?%s, want /workflow-schemas?form=launch", got.path, got.query)
	}
	if len(schemas) != 1 || schemas[0].ID != "64aa00000000000000000001" || schemas[0].Name != "Supplier Agreement" {
		t.Fatalf("schemas = %+v", schemas)
	}
	s := schemas[0].Schema
	wantOrder := []string{"counterpartyName", "role0c1d2e3f405162738495a6b7c8d9e0f1", "paperSource", "draft", "tier",
		"regions", "term", "isRenewal", "relatedRecord", "lineItems", "futureThing"}
	if !slices.Equal(s.IDs, wantOrder) {
		t.Errorf("order = %v, want the launch form's %v", s.IDs, wantOrder)
	}
	field := func(id string) Field {
		t.Helper()
		fl, ok := s.Get(id)
		if !ok {
			t.Fatalf("field %s missing", id)
		}
		return fl
	}
	if p := field("paperSource"); p.Required != RequiredAlways || !slices.Equal(p.Options.Values, OptionValues{"Our paper", "Counterparty paper"}) || p.Options.FreeTextAllowed {
		t.Errorf("paperSource = %+v", p)
	}
	if d := field("draft"); d.Required != RequiredConditional || d.ElementType == nil || d.ElementType.Type != "document" {
		t.Errorf("draft = %+v", d)
	}
	if tier := field("tier"); !slices.Equal(tier.Options.Values, OptionValues{"1", "2", "true"}) {
		t.Errorf("non-string choices = %v", tier.Options.Values)
	}
	if term := field("term"); string(term.Default) != `{"months": 12, "days": 0}` {
		t.Errorf("default = %s", term.Default)
	}
	if r := field("isRenewal"); r.Required != RequiredNever || r.Description != "Tick for renewals" {
		t.Errorf("boolean required / description = %+v", r)
	}
	if rr := field("relatedRecord"); rr.Schema == nil || rr.Schema.Fields["properties"].Type != "object" {
		t.Errorf("record link placeholder = %+v", rr.Schema)
	}
	table := field("lineItems")
	if table.ElementType == nil || table.ElementType.Type != "object" || table.ElementType.Schema == nil {
		t.Fatalf("table = %+v", table)
	}
	if cols := table.ElementType.Schema; !slices.Equal(cols.IDs, []string{"sku", "amount"}) || cols.Fields["sku"].Required != RequiredAlways {
		t.Errorf("table columns = %+v", cols)
	}
	if fu := field("futureThing"); fu.Type != "hologram" {
		t.Errorf("unknown type not kept: %+v", fu)
	}
}

func TestSchemaRoundTripsThroughJSON(t *testing.T) {
	var s WorkflowSchema
	if err := json.Unmarshal([]byte(launchSchemaJSON), &s); err != nil {
		t.Fatal(err)
	}
	stored, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var again WorkflowSchema
	if err := json.Unmarshal(stored, &again); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(again.Schema.IDs, s.Schema.IDs) || again.Schema.Fields["lineItems"].ElementType.Schema.Fields["amount"].Type != "monetaryAmount" {
		t.Errorf("round trip lost data: %s", stored)
	}
}

func TestWorkflowDecodingTolerance(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) { reply(w, 200, workflowJSON) })
	wf, err := f.client().GetWorkflow(context.Background(), "IC-7")
	if err != nil {
		t.Fatal(err)
	}
	if wf.ID != "64bb00000000000000000001" || wf.IroncladID != "IC-7" || wf.Step != StepReview || wf.Status != StatusActive {
		t.Errorf("workflow = %+v", wf)
	}
	if wf.Approvals.State != StateInProgress || wf.Signatures.State != StateCompleted {
		t.Errorf("states not normalised: %+v / %+v", wf.Approvals, wf.Signatures)
	}
	if wf.Created.IsZero() || !wf.LastUpdated.IsZero() {
		t.Errorf("timestamps: created %v lastUpdated %v", wf.Created, wf.LastUpdated)
	}
	if name, ok := wf.Attributes.String("counterpartyName"); !ok || name != "Acme" {
		t.Errorf("counterpartyName = %q %v", name, ok)
	}
	var items []struct {
		SKU    string `json:"sku"`
		Amount struct {
			Currency string  `json:"currency"`
			Amount   float64 `json:"amount"`
		} `json:"amount"`
	}
	if err := wf.Attributes.Decode("lineItems", &items); err != nil || items[0].Amount.Amount != 12.5 {
		t.Errorf("lineItems = %+v, %v", items, err)
	}
	// The spec types a launched workflow's schema as attribute values; a
	// stray non-object entry is skipped, the real fields stay.
	if _, ok := wf.Schema.Get("readableId"); ok || !slices.Equal(wf.Schema.IDs, []string{"counterpartyName", "lineItems"}) {
		t.Errorf("schema = %v", wf.Schema.IDs)
	}
	if wf.Creator == nil || wf.Creator.Email != "ada@example.test" || len(wf.Roles) != 1 || wf.Roles[0].Assignees[0].UserID == "" {
		t.Errorf("creator/roles = %+v %+v", wf.Creator, wf.Roles)
	}
}

func TestSuccessShapesThatDifferFromTheSpec(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		switch {
		case r.Method == "PATCH" && r.URL.Path == sandboxPrefix+apiPrefix+"/workflows/wf1/approvals/approver1":
			reply(w, 200, `true`) // not an object
		case r.Method == "POST" && n == 1:
			reply(w, 200, webhookJSON) // the spec says 201
		case r.Method == "POST" && n == 2:
			reply(w, 201, webhookJSON)
		case r.Method == "POST":
			w.WriteHeader(http.StatusNoContent)
		}
	})
	c := f.client()
	ctx := context.Background()
	if err := c.UpdateApproval(ctx, "wf1", "approver1", ApprovalApproved); err != nil {
		t.Errorf("approval answered true: %v", err)
	}
	for range 2 {
		wh, err := c.CreateWebhook(ctx, WebhookCreate{Events: []EventType{EventWorkflowLaunched}, TargetURL: "https://x.test/h"})
		if err != nil || wh.ID != "64dd00000000000000000001" || wh.StatusLastUpdatedAt.IsZero() {
			t.Errorf("create webhook = %+v, %v", wh, err)
		}
	}
	if err := c.Cancel(ctx, "wf1", ActivityComment{Message: "no longer needed"}); err != nil {
		t.Errorf("204 cancel: %v", err)
	}
}

func TestPageMore(t *testing.T) {
	cases := []struct {
		name string
		page Page[int]
		want bool
	}{
		{"count says more", Page[int]{Page: 0, PageSize: 2, Count: 3, List: []int{1, 2}}, true},
		{"count says last", Page[int]{Page: 1, PageSize: 2, Count: 3, List: []int{3}}, false},
		{"no count, full page", Page[int]{Page: 0, PageSize: 2, List: []int{1, 2}}, true},
		{"no count, short page", Page[int]{Page: 0, PageSize: 2, List: []int{1}}, false},
		{"empty", Page[int]{}, false},
	}
	for _, tc := range cases {
		if got := tc.page.More(); got != tc.want {
			t.Errorf("%s: More() = %v", tc.name, got)
		}
	}
}

func TestWorkflowsWalksEveryPage(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		switch r.URL.Query().Get("page") {
		case "", "0":
			reply(w, 200, `{"page":0,"pageSize":2,"count":3,"list":[{"id":"a"},{"id":"b"}]}`)
		default:
			reply(w, 200, `{"page":1,"pageSize":2,"count":3,"list":[{"id":"c"}]}`)
		}
	})
	var ids []string
	for wf, err := range f.client().Workflows(context.Background(), ListWorkflowsParams{PageParams: PageParams{PageSize: 2}}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, wf.ID)
	}
	if !slices.Equal(ids, []string{"a", "b", "c"}) || len(f.received()) != 2 {
		t.Errorf("walked %v in %d requests", ids, len(f.received()))
	}
}
