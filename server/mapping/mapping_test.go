package mapping_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/requestform"
	"tradewind/server/apperr"
	"tradewind/server/mapping"
	"tradewind/server/requestforms"
	"tradewind/server/sandbox"
)

func seededForm(t *testing.T, e *env, name string) *requestforms.Layout {
	t.Helper()
	ctx := context.Background()
	if err := e.srv.Forms.SeedDemoForms(ctx, e.db); err != nil {
		t.Fatal(err)
	}
	id, err := e.db.RequestForm.Query().Where(requestform.Name(name)).OnlyID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	l, err := requestforms.LoadLayout(ctx, e.db, id)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// The expected best suggestion (question key) for each field of two seeded
// templates against the two demo forms; "" means no suggestion.
func TestSuggestionsOnSeededTemplates(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		template, form string
		best           map[string]string
	}{
		{sandbox.TemplateVendorAgreement, "New software purchase", map[string]string{
			"paperSource": "", "draft": "", "counterpartyName": "vendor_name",
			"role4b8c1e2f3a5d4c7e8f9a0b1c2d3e4f5a": "vendor_signer_email", "role5c9d2f3a4b6e4d8f9a0b1c2d3e4f5a6b": "vendor_signer_name",
			"vendorCategory": "category", "annualContractValue": "annual_cost", "effectiveDate": "contract_start",
			"vendorAccessesData": "customer_data", "dataCategories": "data_kinds", "securityContactEmail": "vendor_signer_email",
			"subscriptionTerm": "contract_length", "vendorAddress": "vendor_address",
		}},
		{sandbox.TemplateProcurementIntake, "Renewal", map[string]string{
			"counterpartyName": "vendor_name", "role8f2a5c6d7e9b4a1c2d3e4f5a6b7c8d9e": "", "role9a3b6d7e8f0c4b2d3e4f5a6b7c8d9e0f": "vendor_name",
			"integrationRequestorEmail": "", "requestDescription": "", "estimatedCost": "new_annual_cost", "department": "department",
			"needByDate": "renewal_date", "supportingDocuments": "supporting_docs",
		}},
	} {
		t.Run(c.template, func(t *testing.T) {
			wf := importTemplate(t, e.db, e.ic, e.base, c.template)
			form := seededForm(t, e, c.form)
			ed, err := e.srv.Maps.Editor(context.Background(), e.db, wf.ID, form.Form.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(ed.Fields) != len(c.best) {
				t.Fatalf("%d fields, want %d", len(ed.Fields), len(c.best))
			}
			for _, row := range ed.Fields {
				got := ""
				if len(row.Suggestions) > 0 {
					got = row.Suggestions[0].Question.Key
				}
				if want, ok := c.best[row.Field.Key]; !ok || got != want {
					t.Errorf("%s (%s): best suggestion %q, want %q", row.Field.Key, row.Field.Label, got, want)
				}
				for _, s := range row.Suggestions {
					if s.Compatibility == mapping.Incompatible {
						t.Errorf("%s: incompatible suggestion %s", row.Field.Key, s.Question.Key)
					}
				}
			}
		})
	}
}

// pairsOf turns the editor's draft into input, keyed by field for edits.
func pairsOf(draft []*mapping.FieldMappingDraft) []*mapping.FieldMappingInput {
	var out []*mapping.FieldMappingInput
	for _, d := range draft {
		in := &mapping.FieldMappingInput{FieldKey: d.FieldKey, Source: d.Source, QuestionID: d.QuestionID, FixedValue: d.FixedValue}
		for _, o := range d.OptionMap {
			in.OptionMap = append(in.OptionMap, &mapping.OptionPair{Option: o.Option, Value: o.Value})
		}
		out = append(out, in)
	}
	return out
}

func codes(issues []*mapping.MappingIssue) map[string]mapping.MappingIssueCode {
	out := map[string]mapping.MappingIssueCode{}
	for _, i := range issues {
		key := ""
		if i.FieldKey != nil {
			key = *i.FieldKey
		}
		if _, seen := out[key]; !seen {
			out[key] = i.Code
		}
	}
	return out
}

func badInputField(t *testing.T, err error) string {
	t.Helper()
	e, ok := apperr.As(err)
	if !ok || e.Code != apperr.CodeBadUserInput {
		t.Fatalf("want BAD_USER_INPUT, got %v", err)
	}
	return e.Field
}

// The Map Request Forms journey on Vendor Agreement × New software purchase:
// first draft, required fields, duplicates, add missing question, option
// pairing, fixed value, save, versions, launch-ready attributes, export and
// import onto another connection, bad imports.
func TestMapRequestFormsJourney(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	wf := importTemplate(t, e.db, e.ic, e.base, sandbox.TemplateVendorAgreement)
	form := seededForm(t, e, "New software purchase")
	q := func(key string) *ent.FormQuestion { return form.QuestionByKey(key) }
	ed, err := e.srv.Maps.Editor(ctx, e.db, wf.ID, form.Form.ID)
	if err != nil {
		t.Fatal(err)
	}

	// First draft: confident suggestions only; required fields flagged.
	drafted := map[string]string{}
	for _, d := range ed.Draft {
		drafted[d.FieldKey] = form.Question(*d.QuestionID).Key
	}
	wantDraft := map[string]string{"counterpartyName": "vendor_name", "role4b8c1e2f3a5d4c7e8f9a0b1c2d3e4f5a": "vendor_signer_email",
		"role5c9d2f3a4b6e4d8f9a0b1c2d3e4f5a6b": "vendor_signer_name", "annualContractValue": "annual_cost",
		"vendorAccessesData": "customer_data", "dataCategories": "data_kinds", "vendorAddress": "vendor_address",
		"effectiveDate": "contract_start"} // "When should the contract start?" ≈ Effective date
	if len(drafted) != len(wantDraft) {
		t.Errorf("first draft %v, want %v", drafted, wantDraft)
	}
	for k, v := range wantDraft {
		if drafted[k] != v {
			t.Errorf("first draft maps %s to %q, want %q", k, drafted[k], v)
		}
	}
	got := codes(ed.Check.Summary.Errors)
	for _, k := range []string{"paperSource", "vendorCategory"} {
		if got[k] != mapping.IssueRequiredFieldUnmapped {
			t.Errorf("%s: %v, want REQUIRED_FIELD_UNMAPPED", k, got[k])
		}
	}
	if ed.Check.Ok || ed.Check.RequestorEmail.State != mapping.RequestorEmailMissing ||
		!strings.Contains(ed.Check.RequestorEmail.Message, "short text field named Integration Requestor Email") {
		t.Errorf("check ok=%v, requestor email %+v", ed.Check.Ok, ed.Check.RequestorEmail)
	}

	// Duplicates: asked in the form, unmapped in Ironclad.
	dups := map[string]*mapping.DuplicateFlag{}
	for _, d := range ed.Check.Duplicates {
		dups[d.Field.Key+"/"+d.Question.Key] = d
	}
	for _, k := range []string{"vendorCategory/category", "subscriptionTerm/contract_length"} {
		if dups[k] == nil {
			t.Errorf("no duplicate flag %s; flags: %v", k, keys(dups))
		}
	}
	if d := dups["subscriptionTerm/contract_length"]; d != nil && !strings.Contains(d.Reason, "term") {
		t.Errorf("reason %q should say why (length ≈ term)", d.Reason)
	}

	// Add the missing Ironclad question to page 2; it is mapped at once.
	page2 := form.Pages[1].ID
	added, err := e.srv.Maps.AddQuestionFromField(ctx, e.db, mapping.AddQuestionFromFieldInput{IroncladWorkflowID: wf.ID, FieldKey: "securityContactEmail", PageID: page2})
	if err != nil {
		t.Fatal(err)
	}
	if nq := added.Question; nq.Label != "Vendor security contact email" || nq.Type != "EMAIL" || nq.SourceFieldKey != "securityContactEmail" || nq.Required {
		t.Errorf("added question %+v", nq)
	}
	if pg, _ := added.Question.QueryPage().OnlyID(ctx); pg != page2 || added.Pair.FieldKey != "securityContactEmail" || *added.Pair.QuestionID != added.Question.ID {
		t.Errorf("added on page %s, pair %+v", pg, added.Pair)
	}
	sel, err := e.srv.Maps.AddQuestionFromField(ctx, e.db, mapping.AddQuestionFromFieldInput{IroncladWorkflowID: wf.ID, FieldKey: "vendorCategory", PageID: page2, Position: ptr(0)})
	if err != nil {
		t.Fatal(err)
	}
	if sel.Question.Type != "SINGLE_SELECT" || strings.Join(sel.Question.Options, "|") != "Software|Services|Hardware" || !sel.Question.Required || sel.Question.Position != 0 {
		t.Errorf("select copied as %+v", sel.Question)
	}
	if _, err := e.srv.Maps.AddQuestionFromField(ctx, e.db, mapping.AddQuestionFromFieldInput{IroncladWorkflowID: wf.ID, FieldKey: "nope", PageID: page2}); badInputField(t, err) != "fieldKey" {
		t.Error("unknown field should name input.fieldKey")
	}

	// Resolve: map the duplicates together, pair options, fix paper source.
	pairs := pairsOf(ed.Draft)
	pairs = append(pairs,
		&mapping.FieldMappingInput{FieldKey: "vendorCategory", Source: fieldmapping.SourceQUESTION, QuestionID: &q("category").ID},
		&mapping.FieldMappingInput{FieldKey: "securityContactEmail", Source: fieldmapping.SourceQUESTION, QuestionID: &added.Question.ID},
		&mapping.FieldMappingInput{FieldKey: "paperSource", Source: fieldmapping.SourceFIXED_VALUE, FixedValue: "Their paper"},
	)
	check, err := e.srv.Maps.Check(ctx, e.db, mapping.MappingInput{IroncladWorkflowID: wf.ID, RequestFormID: form.Form.ID, Fields: pairs})
	if err != nil {
		t.Fatal(err)
	}
	got = codes(check.Summary.Errors)
	if got["vendorCategory"] != mapping.IssueOptionUnmapped || got["paperSource"] != mapping.IssueInvalidFixedValue {
		t.Errorf("errors %v", got)
	}
	in := mapping.MappingInput{IroncladWorkflowID: wf.ID, RequestFormID: form.Form.ID, Fields: pairs}
	if _, err := e.srv.Maps.Save(ctx, e.db, nil, in); badInputField(t, err) != "fields[10].fixedValue" {
		t.Errorf("save should name the first error's path, got %v", err)
	}
	pairs[8].OptionMap = []*mapping.OptionPair{{Option: "SaaS", Value: "Software"}, {Option: "On-premise software", Value: "Software"}, {Option: "Professional services", Value: "Services"}}
	pairs[10].FixedValue = "Our paper"
	saved, err := e.srv.Maps.Save(ctx, e.db, nil, in)
	if err != nil {
		t.Fatal(err)
	}
	if !saved.Check.Ok || saved.Mapping.Version != 1 || !saved.Mapping.Current || saved.Mapping.FormVersion != form.Form.Version+2 {
		t.Errorf("saved %+v ok=%v", saved.Mapping, saved.Check.Ok)
	}
	sum := saved.Check.Summary
	if len(sum.AddedQuestions) != 1 || sum.AddedQuestions[0].ID != added.Question.ID || len(sum.FixedValues) != 1 || len(sum.Mapped) != 10 {
		t.Errorf("summary: %d mapped, %d fixed, added %v", len(sum.Mapped), len(sum.FixedValues), sum.AddedQuestions)
	}

	// The saved pairs produce attributes Ironclad accepts.
	answers := map[string]any{
		"vendor_name": "Acme Analytics", "vendor_signer_email": "pat@acme.example", "vendor_signer_name": "Pat Signer",
		"category": "SaaS", "annual_cost": map[string]any{"amount": 48000.0, "currency": "USD"}, "contract_start": "2026-07-01",
		"customer_data": true, "data_kinds": []any{"Personal data"}, added.Question.Key: "security@acme.example",
		"vendor_address": map[string]any{"lines": []any{"1 Market St"}, "locality": "London", "country": "United Kingdom"},
	}
	lp, err := mapping.LaunchPairs(ctx, saved.Mapping)
	if err != nil {
		t.Fatal(err)
	}
	attrs, err := mapping.Attributes(lp, answers, "requester@tradewind.example")
	if err != nil {
		t.Fatal(err)
	}
	if attrs["vendorCategory"] != "Software" || attrs["paperSource"] != "Our paper" || attrs["vendorAccessesData"] != true {
		t.Errorf("attributes %v", attrs)
	}
	if _, err := e.ic.LaunchWorkflow(ctx, launchRequest(wf.TemplateID, attrs)); err != nil {
		t.Fatalf("Ironclad refused the mapped attributes: %v", err)
	}

	// A second save is version 2; version 1 stays readable.
	pairs = append(pairs, &mapping.FieldMappingInput{FieldKey: "subscriptionTerm", Source: fieldmapping.SourceQUESTION, QuestionID: &q("contract_length").ID})
	in.Fields = pairs
	v2, err := e.srv.Maps.Save(ctx, e.db, nil, in)
	if err != nil {
		t.Fatal(err)
	}
	versions, err := mapping.Versions(e.db, wf.ID, form.Form.ID).All(ctx)
	if err != nil || len(versions) != 2 || versions[0].ID != v2.Mapping.ID || !versions[0].Current || versions[1].Current || versions[1].Version != 1 {
		t.Fatalf("versions %v %v", versions, err)
	}
	if n, _ := versions[1].QueryFieldMappings().Count(ctx); n != 11 {
		t.Errorf("version 1 keeps its %d pairs", n)
	}

	// Incompatible pairs cannot be saved.
	bad := append(pairsOf(nil), pairs...)
	at := slices.IndexFunc(bad, func(p *mapping.FieldMappingInput) bool { return p.FieldKey == "vendorAddress" })
	bad[at] = &mapping.FieldMappingInput{FieldKey: "vendorAddress", Source: fieldmapping.SourceQUESTION, QuestionID: &q("vendor_name").ID}
	if _, err := e.srv.Maps.Save(ctx, e.db, nil, mapping.MappingInput{IroncladWorkflowID: wf.ID, RequestFormID: form.Form.ID, Fields: bad}); badInputField(t, err) != fmt.Sprintf("fields[%d].questionID", at) {
		t.Errorf("incompatible pair: %v", err)
	}

	// Export → import onto the same template on another connection.
	exported, err := mapping.Export(ctx, e.db, v2.Mapping)
	if err != nil {
		t.Fatal(err)
	}
	conn2, err := e.db.Connection.Create().SetName("Second").SetEnvironment("CUSTOM").SetBaseURL(e.base).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wf2 := cloneWorkflow(t, e.db, wf, conn2)
	imp, err := e.srv.Maps.Import(ctx, e.db, nil, mapping.ImportMappingInput{IroncladWorkflowID: wf2.ID, RequestFormID: form.Form.ID, JSON: exported})
	if err != nil {
		t.Fatal(err)
	}
	again, err := mapping.Export(ctx, e.db, imp.Mapping)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Replace(again, `"version": 1,`, `"version": 2,`, 1) != exported {
		t.Errorf("round trip changed the mapping:\n%s\n---\n%s", exported, again)
	}

	// Bad imports name the offending field or question.
	for _, c := range []struct{ from, to, field string }{
		{`"questionKey": "annual_cost"`, `"questionKey": "annual_spend"`, ".questionKey"},
		{`"fieldKey": "vendorAddress"`, `"fieldKey": "vendorHQ"`, ".fieldKey"},
		{`"fixedValue": "Our paper"`, `"fixedValue": "Their paper"`, ".fixedValue"},
		{`"fieldKey": "annualContractValue"`, `"fieldKey": "effectiveDate"`, ".fieldKey"},
	} {
		broken := strings.Replace(exported, c.from, c.to, 1)
		_, err := e.srv.Maps.Import(ctx, e.db, nil, mapping.ImportMappingInput{IroncladWorkflowID: wf2.ID, RequestFormID: form.Form.ID, JSON: broken})
		if f := badInputField(t, err); !strings.HasPrefix(f, "json.fields[") || !strings.HasSuffix(f, c.field) {
			t.Errorf("%s → %s: error field %q", c.from, c.to, f)
		}
	}
	if _, err := e.srv.Maps.Import(ctx, e.db, nil, mapping.ImportMappingInput{IroncladWorkflowID: wf2.ID, RequestFormID: form.Form.ID, JSON: "{"}); badInputField(t, err) != "json" {
		t.Error("bad JSON should name input.json")
	}

	// A mapped question cannot be deleted; a mapped question's type cannot change.
	if err := e.srv.Forms.DeleteQuestion(ctx, e.db, q("annual_cost").ID); !apperr.HasCode(err, apperr.CodeConflict) {
		t.Errorf("deleting a mapped question: %v", err)
	}
}

func TestRequestorEmailMappedAutomatically(t *testing.T) {
	e := newEnv(t)
	wf := importTemplate(t, e.db, e.ic, e.base, sandbox.TemplateProcurementIntake)
	form := seededForm(t, e, "Renewal")
	ed, err := e.srv.Maps.Editor(context.Background(), e.db, wf.ID, form.Form.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range ed.Draft {
		found = found || (d.FieldKey == "integrationRequestorEmail" && d.Source == fieldmapping.SourceREQUESTER_EMAIL)
	}
	if !found || ed.Check.RequestorEmail.State != mapping.RequestorEmailMapped || ed.Check.RequestorEmail.Field.Key != "integrationRequestorEmail" {
		t.Errorf("requestor email: draft has it %v, status %+v", found, ed.Check.RequestorEmail)
	}
	// Department has Finance, which Ironclad's list lacks: flagged per option.
	if got := codes(ed.Check.Summary.Errors); got["department"] != mapping.IssueOptionUnmapped {
		t.Errorf("department: %v", got["department"])
	}
}

func ptr[T any](v T) *T { return &v }

func keys[T any](m map[string]T) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func cloneWorkflow(t *testing.T, db *ent.Client, wf *ent.IroncladWorkflow, conn *ent.Connection) *ent.IroncladWorkflow {
	t.Helper()
	ctx := context.Background()
	wf2, err := db.IroncladWorkflow.Create().SetConnection(conn).SetTemplateID(wf.TemplateID).SetName(wf.Name).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fields, err := wf.QueryFields().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fields {
		err := db.IroncladField.Create().SetIroncladWorkflow(wf2).SetKey(f.Key).SetLabel(f.Label).SetType(f.Type).SetElementType(f.ElementType).
			SetRequired(f.Required).SetOptions(f.Options).SetPosition(f.Position).SetDefaultValue(f.DefaultValue).Exec(ctx)
		if err != nil {
			t.Fatal(err)
		}
	}
	return wf2
}
