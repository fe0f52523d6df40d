package catalog_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/user"
	"tradewind/server"
	"tradewind/server/integration/ironcladtest"
	"tradewind/server/servertest"
)

const vendorAgreement = "65a1e0f0c0ffee0000000102"

func TestEditResolvesAndSurvivesReimport(t *testing.T) {
	e := ironcladtest.Start(t, servertest.SQLite)
	conn := e.Connect("Sandbox")
	va := importTemplates(e, conn, vendorAgreement)[vendorAgreement]
	data := field(t, va, "dataCategories")

	// Bad input names the field.
	res := e.Admin.GraphQL(`mutation($id: ID!, $in: UpdateIroncladFieldInput!) { updateIroncladField(id: $id, input: $in) { id } }`,
		map[string]any{"id": data.ID, "in": map[string]any{"showWhen": map[string]any{"fieldKey": "nope", "operator": "EQUALS", "values": []string{"x"}}}})
	if res.Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "input.showWhen.fieldKey" {
		t.Fatalf("bad condition: %s", res)
	}
	var out struct{ UpdateIroncladField fieldView }
	e.Admin.MustGraphQL(`mutation($id: ID!, $in: UpdateIroncladFieldInput!) { updateIroncladField(id: $id, input: $in) {
		id key kind reviewState answerOptions showWhen { fieldKey operator values } reviewIssues { reason } } }`,
		map[string]any{"id": data.ID, "in": map[string]any{"kind": "MULTI_SELECT", "answerOptions": []string{"Personal data", "Financial data"},
			"showWhen": map[string]any{"fieldKey": "vendorAccessesData", "operator": "EQUALS", "values": []string{"true"}}, "reviewed": true}}, &out)
	got := out.UpdateIroncladField
	if got.ReviewState != "OK" || got.ShowWhen == nil || got.ShowWhen.FieldKey != "vendorAccessesData" || len(got.AnswerOptions) != 2 {
		t.Fatalf("after edit: %+v", got)
	}
	if wf := workflows(e)[vendorAgreement]; wf.NeedsReviewCount != va.NeedsReviewCount-1 {
		t.Fatalf("needs-review count %d, was %d", wf.NeedsReviewCount, va.NeedsReviewCount)
	}
	// Import again: Ironclad's field is unchanged, so the review and the edit stay.
	again := importTemplates(e, conn, vendorAgreement)[vendorAgreement]
	if f := field(t, again, "dataCategories"); f.ReviewState != "OK" || f.ShowWhen == nil || len(f.AnswerOptions) != 2 {
		t.Fatalf("re-import lost the review: %+v", f)
	}
	var audit struct {
		AuditEntries struct {
			Edges []struct{ Node struct{ Action string } }
		}
	}
	e.Admin.MustGraphQL(`{ auditEntries(first: 50) { edges { node { action } } } }`, nil, &audit)
	found := false
	for _, ed := range audit.AuditEntries.Edges {
		found = found || ed.Node.Action == "ironclad_field.update"
	}
	if !found {
		t.Fatal("the edit is not in the audit trail")
	}
}

func TestResyncAfterDesignerChangesAndRepublish(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		e := ironcladtest.Start(t, dialect)
		conn := e.Connect("Sandbox")
		va := importTemplates(e, conn, vendorAgreement)[vendorAgreement]
		for _, edit := range []map[string]any{
			{"op": "rename", "field": "effectiveDate", "name": "Start date"},
			{"op": "retype", "field": "annualContractValue", "type": "number"},
			{"op": "remove", "field": "vendorAddress"},
			{"op": "add", "name": "Vendor Tax ID", "type": "string", "required": true},
		} {
			e.Sandbox("POST", "/_control/templates/"+vendorAgreement+"/fields", edit, nil)
		}
		var published struct{ ID string }
		e.Sandbox("POST", "/_control/templates/"+vendorAgreement+"/publish", nil, &published)

		var out struct {
			ResyncIroncladWorkflow struct {
				DiffID, TemplateID     string
				Republished, Unchanged bool
				MatchScore             *float64
				Changes                []struct {
					Kind, Key, Label string
					Before, After    *string
				}
			}
		}
		e.Admin.MustGraphQL(`mutation($id: ID!) { resyncIroncladWorkflow(id: $id) { diffID templateID republished unchanged matchScore
			changes { kind key label before after } } }`, map[string]any{"id": va.ID}, &out)
		d := out.ResyncIroncladWorkflow
		if !d.Republished || d.TemplateID != published.ID || d.MatchScore == nil || *d.MatchScore < 0.9 {
			t.Fatalf("republish not recognised: %+v", d)
		}
		var kinds []string
		for _, c := range d.Changes {
			kinds = append(kinds, c.Kind+":"+c.Key)
		}
		sort.Strings(kinds)
		want := "ADDED:vendorTaxID REMOVED:vendorAddress RENAMED:effectiveDate RETYPED:annualContractValue"
		if strings.Join(kinds, " ") != want {
			t.Fatalf("changes %v, want %s", kinds, want)
		}
		if wf := workflows(e)[vendorAgreement]; wf.Drift != "REPUBLISHED" {
			t.Fatalf("drift %s", wf.Drift)
		}

		accept := `mutation($in: AcceptIroncladWorkflowDiffInput!) { acceptIroncladWorkflowDiff(input: $in) { ` + workflowFields + ` } }`
		res := e.Admin.GraphQL(accept, map[string]any{"in": map[string]any{"ironcladWorkflowID": va.ID, "diffID": d.DiffID}})
		if res.Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "input.confirmRepublish" {
			t.Fatalf("unconfirmed republish: %s", res)
		}
		res = e.Admin.GraphQL(accept, map[string]any{"in": map[string]any{"ironcladWorkflowID": va.ID, "diffID": "stale", "confirmRepublish": true}})
		if res.Code() != "CONFLICT" {
			t.Fatalf("stale diff: %s", res)
		}
		var accepted struct{ AcceptIroncladWorkflowDiff workflowView }
		e.Admin.MustGraphQL(accept, map[string]any{"in": map[string]any{"ironcladWorkflowID": va.ID, "diffID": d.DiffID, "confirmRepublish": true}}, &accepted)
		wf := accepted.AcceptIroncladWorkflowDiff
		if wf.TemplateID != published.ID || wf.Drift != "NONE" || wf.FieldCount != len(va.Fields) {
			t.Fatalf("after accept: %s %s %d", wf.TemplateID, wf.Drift, wf.FieldCount)
		}
		if f := field(t, wf, "vendorAddress"); !f.Removed {
			t.Fatal("removed field not kept as removed")
		}
		if f := field(t, wf, "effectiveDate"); f.Label != "Start date" {
			t.Fatalf("rename not applied: %+v", f)
		}
		if f := field(t, wf, "annualContractValue"); f.Kind != "NUMBER" {
			t.Fatalf("retype not applied: %+v", f)
		}
		field(t, wf, "vendorTaxID")
		// Re-sync now: nothing left to do.
		e.Admin.MustGraphQL(`mutation($id: ID!) { resyncIroncladWorkflow(id: $id) { diffID templateID republished unchanged matchScore
			changes { kind key label before after } } }`, map[string]any{"id": va.ID}, &out)
		if !out.ResyncIroncladWorkflow.Unchanged {
			t.Fatalf("second re-sync: %+v", out.ResyncIroncladWorkflow)
		}
	})
}

func TestSyncedWorkflowEditAndRemove(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		e := ironcladtest.Start(t, dialect)
		va := importTemplates(e, e.Connect("Sandbox"), vendorAgreement)[vendorAgreement]
		var upd struct{ UpdateIroncladWorkflow workflowView }
		e.Admin.MustGraphQL(`mutation($id: ID!) { updateIroncladWorkflow(id: $id, input: {commentSync: false, name: "Vendor MSA"}) { `+workflowFields+` } }`,
			map[string]any{"id": va.ID}, &upd)
		if upd.UpdateIroncladWorkflow.CommentSync || upd.UpdateIroncladWorkflow.Name != "Vendor MSA" {
			t.Fatalf("edit: %+v", upd.UpdateIroncladWorkflow)
		}

		// Usage shows on every row of the list (two grouped queries, not two per
		// row), and Remove is refused while a mapping or a running request uses it.
		ctx, db := context.Background(), e.Srv.DB.Client
		wf := db.IroncladWorkflow.GetX(ctx, pulid.ID(va.ID))
		form := db.RequestForm.Create().SetName("Vendor onboarding").SaveX(ctx)
		db.Mapping.Create().SetRequestForm(form).SetIroncladWorkflow(wf).SaveX(ctx)
		admin := db.User.Query().Where(user.Email(server.DemoAdminEmail)).OnlyX(ctx)
		for _, status := range []request.Status{request.StatusIN_PROGRESS, request.StatusCOMPLETED} {
			r := db.Request.Create().SetTitle("Acme MSA").SetStatus(status).SetRequester(admin).SaveX(ctx)
			db.LinkedWorkflow.Create().SetRequest(r).SetIroncladWorkflow(wf).SaveX(ctx)
		}
		var list struct {
			IroncladWorkflows []struct {
				ID                               string
				MappingCount, ActiveRequestCount int
			}
		}
		e.Admin.MustGraphQL(`{ ironcladWorkflows { id mappingCount activeRequestCount } }`, nil, &list)
		for _, w := range list.IroncladWorkflows {
			if w.ID == va.ID && (w.MappingCount != 1 || w.ActiveRequestCount != 1) {
				t.Errorf("usage of %s: %d mappings, %d active requests; want 1 and 1", va.Name, w.MappingCount, w.ActiveRequestCount)
			}
		}
		remove := `mutation($id: ID!, $confirm: Boolean) { removeIroncladWorkflow(id: $id, confirm: $confirm) { removedID } }`
		if r := e.Admin.GraphQL(remove, map[string]any{"id": va.ID}); r.Code() != "CONFLICT" {
			t.Fatalf("remove while in use: %s", r)
		}
		var rm struct{ RemoveIroncladWorkflow struct{ RemovedID string } }
		e.Admin.MustGraphQL(remove, map[string]any{"id": va.ID, "confirm": true}, &rm)
		if _, still := workflows(e)[vendorAgreement]; still {
			t.Fatal("not removed")
		}
	})
}
