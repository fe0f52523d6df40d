package sandbox

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"tradewind/server/sandbox/core"
)

// TestContract drives one workflow through every endpoint Tradewind uses
// and checks each answer's status, headers and shape against fixtures.
func TestContract(t *testing.T) {
	e := newEnv(t, Config{CommentDelete: true})
	tok := e.token()
	cc := func(method, path string, body any) func() response {
		return func() response { return e.api(method, path, tok, AdminEmail, body) }
	}
	var id, commentID, jobID string
	launched := func() response {
		r := cc("POST", "/workflows", map[string]any{"template": TemplateVendorAgreement, "attributes": vendorAttributes()})()
		id = r.obj()["id"].(string)
		return r
	}
	w := func(suffix string) string { return "/workflows/" + id + suffix }
	steps := []struct {
		name   string
		call   func() response
		status int
		shape  string // "" = empty body
	}{
		{"token (client credentials)", func() response {
			return e.do("POST", "/oauth/token", nil, map[string]string{"grant_type": "client_credentials", "client_id": core.DefaultClientID, "client_secret": core.DefaultClientSecret})
		}, 200, "token"},
		{"token error", func() response {
			return e.do("POST", "/oauth/token", nil, map[string]string{"grant_type": "client_credentials", "client_id": core.DefaultClientID})
		}, 401, "oauth-error"},
		{"userinfo", func() response {
			return e.do("GET", "/oauth/userinfo", map[string]string{"Authorization": "Bearer " + tok, "x-as-user-email": AdminEmail}, nil)
		}, 200, "userinfo"},
		{"company-info", func() response {
			return e.do("GET", "/oauth/company-info", map[string]string{"Authorization": "Bearer " + tok}, nil)
		}, 200, "company-info"},
		{"list schemas", cc("GET", "/workflow-schemas?form=launch", nil), 200, "schemas"},
		{"get schema", cc("GET", "/workflow-schemas/"+TemplateEveryFieldType+"?form=launch", nil), 200, "schema"},
		{"schema bad form", cc("GET", "/workflow-schemas?form=randomRequest", nil), 400, "error"},
		{"unknown schema", cc("GET", "/workflow-schemas/000000000000000000000000?form=launch", nil), 400, "error"},
		{"launch", launched, 200, "workflow"},
		{"launch error", cc("POST", "/workflows", map[string]any{"template": TemplateVendorAgreement, "attributes": map[string]any{}}), 400, "error"},
		{"launch async", func() response {
			r := cc("POST", "/workflows/async", map[string]any{"template": TemplateVendorAgreement, "attributes": vendorAttributes()})()
			jobID = r.obj()["asyncJobId"].(string)
			return r
		}, 200, "async-start"},
		{"async in progress", func() response { return cc("GET", "/workflows/async/"+jobID, nil)() }, 200, "async-status"},
		{"async done", func() response { return cc("GET", "/workflows/async/"+jobID, nil)() }, 200, "async-status"},
		{"get", func() response { return cc("GET", w(""), nil)() }, 200, "workflow"},
		{"get missing", cc("GET", "/workflows/ffffffffffffffffffffffff", nil), 404, "error"},
		{"list", cc("GET", "/workflows?status=active,paused,completed,cancelled&pageSize=100", nil), 200, "workflows"},
		{"update attributes", func() response {
			return cc("PATCH", w("/attributes"), map[string]any{"updates": []any{map[string]any{"action": "set", "path": "vendorCategory", "value": "Services"}}})()
		}, 200, "workflow"},
		{"participants", func() response { return cc("GET", w("/participants"), nil)() }, 200, "participants"},
		{"turn history", func() response { return cc("GET", w("/turn-history"), nil)() }, 200, "turn-history"},
		{"eligible assignees", func() response { return cc("GET", w("/roles/Workflow%20Owner/eligible-assignees"), nil)() }, 200, "eligible-assignees"},
		{"documents", func() response { return cc("GET", w("/documents"), nil)() }, 200, "documents"},
		{"comment", func() response {
			r := cc("POST", w("/comments"), map[string]any{"comment": "Hello <@" + LegalEmail + ">"})()
			commentID = r.obj()["id"].(string)
			return r
		}, 200, "comment"},
		{"comment (deprecated)", func() response { return cc("POST", w("/comment"), map[string]any{"comment": "old style"})() }, 204, ""},
		{"comments", func() response { return cc("GET", w("/comments"), nil)() }, 200, "comments"},
		{"get comment", func() response { return cc("GET", w("/comments/"+commentID), nil)() }, 200, "comment"},
		{"delete comment", func() response { return cc("DELETE", w("/comments/"+commentID), nil)() }, 204, ""},
		{"approvals", func() response { return cc("GET", w("/approvals"), nil)() }, 200, "approvals"},
		{"approve out of order", func() response {
			return e.api("PATCH", w("/approvals/"+core.FinanceApprover), tok, FinanceEmail, map[string]string{"status": "approved"})
		}, 400, "error"},
		{"approve", func() response {
			return e.api("PATCH", w("/approvals/"+core.LegalApprover), tok, LegalEmail, map[string]string{"status": "approved"})
		}, 200, "true"},
		{"approve second group", func() response {
			return e.api("PATCH", w("/approvals/"+core.FinanceApprover), tok, FinanceEmail, map[string]string{"status": "approved"})
		}, 200, "true"},
		{"approval requests", func() response { return cc("GET", w("/approval-requests?actorDetails=true"), nil)() }, 200, "approval-requests"},
		{"sign status", func() response { return cc("GET", w("/sign-status"), nil)() }, 200, "sign-status"},
		{"send signature request", func() response { return cc("POST", w("/sign-status/send-signature-request"), nil)() }, 200, "sign-status"},
		{"signatures", func() response { return cc("GET", w("/signatures"), nil)() }, 200, "signatures"},
		{"update signer", func() response {
			return cc("PATCH", w("/sign-status/signers/Internal%20Signer"), map[string]any{"reason": "r", "assigned": map[string]any{"type": "internal", "userId": core.LegalUserID}})()
		}, 200, "sign-status-signer"},
		{"remind", func() response { return cc("POST", w("/sign-status/signers/Counterparty%20Signer/remind"), nil)() }, 204, ""},
		{"remind again", func() response { return cc("POST", w("/sign-status/signers/Counterparty%20Signer/remind"), nil)() }, 429, "error"},
		{"cancel signature request", func() response {
			return cc("POST", w("/sign-status/cancel-signature-request"), map[string]string{"reason": "r"})()
		}, 200, "sign-status"},
		{"revert to review", func() response { return cc("PATCH", w("/revert-to-review"), map[string]any{})() }, 204, ""},
		{"pause", func() response { return cc("POST", w("/pause"), withComment)() }, 204, ""},
		{"resume", func() response { return cc("POST", w("/resume"), withComment)() }, 204, ""},
		{"cancel", func() response { return cc("POST", w("/cancel"), withComment)() }, 204, ""},
		{"cancelled workflow", func() response { return cc("GET", w(""), nil)() }, 200, "workflow"},
		{"unauthorized", func() response { return e.api("GET", "/workflows", "nope", AdminEmail, nil) }, 401, "error"},
	}
	for _, s := range steps {
		r := s.call()
		if r.status != s.status {
			t.Fatalf("%s: status %d, want %d: %s", s.name, r.status, s.status, r.raw)
		}
		if r.header.Get("x-ironclad-requestid") == "" {
			t.Errorf("%s: no x-ironclad-requestid", s.name)
		}
		if s.shape == "" {
			if len(r.raw) != 0 {
				t.Errorf("%s: want an empty body, got %q", s.name, r.raw)
			}
			continue
		}
		if ct := r.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Errorf("%s: content type %q", s.name, ct)
		}
		if err := checkShape(s.shape, r.body); err != nil {
			t.Errorf("%s: %v", s.name, err)
		}
	}
}

// TestLaunchSchemaDerivation checks how questions collapse into the
// per-property launch schema (API.md §4.3).
func TestLaunchSchemaDerivation(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	cases := []struct {
		template, property, want string
	}{
		{TemplatePurchaseOrder, "purchaseTerm", `{"type":"string","displayName":"Purchase Term","required":"conditional","options":{"values":["12 months","24 months","36 months","Single delivery"],"freeTextAllowed":false},"default":"Single delivery"}`},
		{TemplateVendorAgreement, "draft", `{"type":"array","displayName":"Upload the counterparty's paper","required":"conditional","elementType":{"type":"document"}}`},
		{TemplateVendorAgreement, "subscriptionTerm", `{"type":"duration","displayName":"Subscription term","required":"never"}`},
		{TemplateVendorAgreement, "dataCategories", `{"type":"array","displayName":"Which categories of data?","required":"conditional","options":{"values":["Personal data","Financial data","Health data"],"freeTextAllowed":false},"elementType":{"type":"string"}}`},
		{TemplateVendorAgreement, "paperSource", `{"type":"string","displayName":"Will you be using our paper or the counterparty's paper?","required":"always","options":{"values":["Our paper","Counterparty paper"],"freeTextAllowed":false}}`},
		{TemplateEveryFieldType, "counterpartyName", `{"type":"string","displayName":"Counterparty Name (Always Required)","required":"always","options":{"freeTextAllowed":true}}`},
		{TemplateEveryFieldType, "duration", `{"type":"duration","displayName":"Duration","required":"never","default":{"days":0,"months":0}}`},
		{TemplateEveryFieldType, "relatedRecord", `{"type":"linkedRecord","displayName":"Related Record","required":"never","schema":{"properties":{"type":"object","displayName":"properties","schema":{}}}}`},
		{TemplateEveryFieldType, "fileAttachment", `{"type":"array","displayName":"File Attachment","required":"never","elementType":{"type":"document"}}`},
		{TemplateProcurementIntake, "integrationRequestorEmail", `{"type":"email","displayName":"Integration Requestor Email","required":"always"}`},
	}
	for _, tc := range cases {
		t.Run(tc.property, func(t *testing.T) {
			r := e.mustStatus(e.api("GET", "/workflow-schemas/"+tc.template+"?form=launch", tok, AdminEmail, nil), 200)
			got := r.obj()["schema"].(map[string]any)[tc.property]
			var want any
			if err := json.Unmarshal([]byte(tc.want), &want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("got  %s\nwant %s", jsonOf(t, got), tc.want)
			}
		})
	}
	// The table's element type carries its columns (formula columns are
	// not asked) and the table's requiredness and default.
	r := e.mustStatus(e.api("GET", "/workflow-schemas/"+TemplateEveryFieldType+"?form=launch", tok, AdminEmail, nil), 200)
	table := r.obj()["schema"].(map[string]any)["table"].(map[string]any)
	el := table["elementType"].(map[string]any)
	cols := el["schema"].(map[string]any)
	if el["type"] != "object" || el["required"] != "never" || len(cols) != 7 || cols["tableFormulaMonetaryAmountXNumber"] != nil {
		t.Fatalf("table element: %s", jsonOf(t, el))
	}
	if !strings.HasPrefix(string(r.raw), `{"id":"`+TemplateEveryFieldType+`","name":"Every Field Type","schema":{"counterpartyName":`) {
		t.Fatalf("schema keys are not in launch-form order: %.120s", r.raw)
	}
}
