package catalog_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"tradewind/server/integration/ironcladtest"
	"tradewind/server/servertest"
)

type fieldView struct {
	ID            string
	Key           string
	Label         string
	Type          string
	Kind          string
	Required      string
	Removed       bool
	ReviewState   string
	AnswerOptions []string
	ReviewIssues  []struct{ Reason, Message string }
	ShowWhen      *struct {
		FieldKey, Operator string
		Values             []string
	}
}

type workflowView struct {
	ID               string
	TemplateID       string
	Name             string
	FieldCount       int
	NeedsReviewCount int
	CommentSync      bool
	Drift            string
	Fields           []fieldView
}

const workflowFields = `id templateID name fieldCount needsReviewCount commentSync drift
	fields { id key label type kind required removed reviewState answerOptions reviewIssues { reason message } showWhen { fieldKey operator values } }`

// importTemplates imports templateIDs and waits until each is in the synced-workflows list.
func importTemplates(e *ironcladtest.Env, connectionID string, templateIDs ...string) map[string]workflowView {
	e.T.Helper()
	var out struct{ ImportIroncladWorkflows struct{ ImportID string } }
	e.Admin.MustGraphQL(`mutation($in: ImportIroncladWorkflowsInput!) { importIroncladWorkflows(input: $in) { importID items { state templateID } } }`,
		map[string]any{"in": map[string]any{"connectionID": connectionID, "templateIDs": templateIDs}}, &out)
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := workflows(e)
		done := 0
		for _, id := range templateIDs {
			if _, ok := got[id]; ok {
				done++
			}
		}
		if done == len(templateIDs) {
			return got
		}
		if time.Now().After(deadline) {
			e.T.Fatalf("imported %d of %d", done, len(templateIDs))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func workflows(e *ironcladtest.Env) map[string]workflowView {
	var out struct{ IroncladWorkflows []workflowView }
	e.Admin.MustGraphQL(`{ ironcladWorkflows { `+workflowFields+` } }`, nil, &out)
	m := map[string]workflowView{}
	for _, wf := range out.IroncladWorkflows {
		m[wf.TemplateID] = wf
	}
	return m
}

func reasons(f fieldView) string {
	var rs []string
	for _, is := range f.ReviewIssues {
		rs = append(rs, is.Reason)
	}
	return strings.Join(rs, ",")
}

// Every seeded template, every field: how Tradewind asks it and why it needs review.
var wantReview = map[string][]string{
	"Every Field Type": {
		"counterpartyName TEXT ALWAYS OK ", "role2f6a9c0d1e3b4a5c8d7e6f5a4b3c2d1e EMAIL ALWAYS OK ",
		"role3a7b0d1e2f4c4b6d9e8f7a6b5c4d3e2f TEXT ALWAYS OK ",
		"shortResponseText TEXT NEVER NEEDS_REVIEW MAYBE_CONDITIONAL", "paragraphText TEXT NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"singleSelectDropdown DROPDOWN NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"multiSelectDropdownNumber MULTI_SELECT NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"singleSelectRadioButtonNumber DROPDOWN NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"multiSelectCheckBoxNumber MULTI_SELECT NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"yesNoQuestion YES_NO NEVER NEEDS_REVIEW MAYBE_CONDITIONAL", "emailQuestion EMAIL NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"address ADDRESS NEVER NEEDS_REVIEW MAYBE_CONDITIONAL", "number NUMBER NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"monetaryAmount MONEY NEVER NEEDS_REVIEW MAYBE_CONDITIONAL", "date DATE NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"duration DURATION NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"fileAttachment FILES NEVER NEEDS_REVIEW MAYBE_CONDITIONAL,UNSUPPORTED_TYPE",
		"relatedRecord RECORD_LINK NEVER NEEDS_REVIEW MAYBE_CONDITIONAL,UNSUPPORTED_TYPE",
		"parentRecord RECORD_LINK NEVER NEEDS_REVIEW MAYBE_CONDITIONAL,UNSUPPORTED_TYPE",
		"childRecord RECORD_LINK NEVER NEEDS_REVIEW MAYBE_CONDITIONAL,UNSUPPORTED_TYPE",
		"table TABLE NEVER NEEDS_REVIEW MAYBE_CONDITIONAL,UNSUPPORTED_TYPE",
	},
	"Vendor Agreement": {
		"paperSource DROPDOWN ALWAYS OK ", "draft FILES CONDITIONAL NEEDS_REVIEW CONDITIONAL,UNSUPPORTED_TYPE",
		"counterpartyName TEXT ALWAYS OK ", "role4b8c1e2f3a5d4c7e8f9a0b1c2d3e4f5a EMAIL ALWAYS OK ",
		"role5c9d2f3a4b6e4d8f9a0b1c2d3e4f5a6b TEXT ALWAYS OK ", "vendorCategory DROPDOWN ALWAYS OK ",
		"annualContractValue MONEY ALWAYS OK ", "effectiveDate DATE ALWAYS OK ", "vendorAccessesData YES_NO ALWAYS OK ",
		"dataCategories MULTI_SELECT CONDITIONAL NEEDS_REVIEW CONDITIONAL",
		"securityContactEmail EMAIL CONDITIONAL NEEDS_REVIEW CONDITIONAL",
		// conditional but optional: Ironclad reports "never", so it can only be a maybe
		"subscriptionTerm DURATION NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"vendorAddress ADDRESS NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
	},
	"Purchase Order": {
		"counterpartyName TEXT ALWAYS OK ", "role6d0e3a4b5c7f4e9a0b1c2d3e4f5a6b7c EMAIL ALWAYS OK ",
		"role7e1f4b5c6d8a4f0b1c2d3e4f5a6b7c8d TEXT ALWAYS OK ", "purchaseType DROPDOWN ALWAYS OK ",
		// two "Purchase Term" questions collapsed into one property
		"purchaseTerm DROPDOWN CONDITIONAL NEEDS_REVIEW CONDITIONAL,SHARED_PROPERTY",
		"purchaseAmount MONEY ALWAYS OK ", "costCenter DROPDOWN NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
	},
	"Procurement Intake": {
		"counterpartyName TEXT ALWAYS OK ", "role8f2a5c6d7e9b4a1c2d3e4f5a6b7c8d9e EMAIL ALWAYS OK ",
		"role9a3b6d7e8f0c4b2d3e4f5a6b7c8d9e0f TEXT ALWAYS OK ", "integrationRequestorEmail EMAIL ALWAYS OK ",
		"requestDescription TEXT ALWAYS OK ", "estimatedCost MONEY ALWAYS OK ", "department DROPDOWN ALWAYS OK ",
		"needByDate DATE NEVER NEEDS_REVIEW MAYBE_CONDITIONAL",
		"supportingDocuments FILES NEVER NEEDS_REVIEW MAYBE_CONDITIONAL,UNSUPPORTED_TYPE",
	},
}

var seeded = []string{"65a1e0f0c0ffee0000000101", "65a1e0f0c0ffee0000000102", "65a1e0f0c0ffee0000000103", "65a1e0f0c0ffee0000000104"}

func TestImportEverySeededTemplate(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		e := ironcladtest.Start(t, dialect)
		id := e.Connect("Sandbox")
		var list struct {
			IroncladTemplates []struct {
				TemplateID, Name string
				FieldCount       int
				Imported         bool
			}
		}
		e.Admin.MustGraphQL(`query($c: ID!) { ironcladTemplates(connectionID: $c, search: "order") { templateID name fieldCount imported } }`,
			map[string]any{"c": id}, &list)
		if len(list.IroncladTemplates) != 1 || list.IroncladTemplates[0].Name != "Purchase Order" || list.IroncladTemplates[0].FieldCount != 7 {
			t.Fatalf("search: %+v", list)
		}
		all := importTemplates(e, id, seeded...)
		for _, wf := range all {
			want := wantReview[wf.Name]
			var got []string
			review := 0
			for _, f := range wf.Fields {
				got = append(got, fmt.Sprintf("%s %s %s %s %s", f.Key, f.Kind, f.Required, f.ReviewState, reasons(f)))
				if f.ReviewState == "NEEDS_REVIEW" {
					review++
				}
				for _, is := range f.ReviewIssues {
					if len(is.Message) < 40 {
						t.Errorf("%s %s: no sentence for %s", wf.Name, f.Key, is.Reason)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s:\n got %q\nwant %q", wf.Name, got, want)
			}
			if wf.FieldCount != len(want) || wf.NeedsReviewCount != review {
				t.Errorf("%s: counts %d/%d", wf.Name, wf.FieldCount, wf.NeedsReviewCount)
			}
		}
		e.Admin.MustGraphQL(`query($c: ID!) { ironcladTemplates(connectionID: $c) { templateID imported } }`, map[string]any{"c": id}, &list)
		for _, tpl := range list.IroncladTemplates {
			if !tpl.Imported {
				t.Errorf("%s not marked imported", tpl.TemplateID)
			}
		}
	})
}

func TestCollapsedPropertyIsExplained(t *testing.T) {
	e := ironcladtest.Start(t, servertest.SQLite)
	po := importTemplates(e, e.Connect("Sandbox"), "65a1e0f0c0ffee0000000103")["65a1e0f0c0ffee0000000103"]
	term := field(t, po, "purchaseTerm")
	msg := issue(term, "SHARED_PROPERTY")
	for _, must := range []string{"one conditional question per property", "Purchase Term – Alt", "Workflow Designer", "re-import"} {
		if !strings.Contains(msg, must) {
			t.Errorf("message lacks %q: %s", must, msg)
		}
	}
	if strings.Join(term.AnswerOptions, "|") != "12 months|24 months|36 months|Single delivery" {
		t.Errorf("merged options: %v", term.AnswerOptions)
	}
}

func field(t *testing.T, wf workflowView, key string) fieldView {
	t.Helper()
	for _, f := range wf.Fields {
		if f.Key == key {
			return f
		}
	}
	t.Fatalf("%s has no field %s", wf.Name, key)
	return fieldView{}
}

func issue(f fieldView, reason string) string {
	for _, is := range f.ReviewIssues {
		if is.Reason == reason {
			return is.Message
		}
	}
	return ""
}
