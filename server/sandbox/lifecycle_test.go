package sandbox

import (
	"testing"

	"tradewind/server/sandbox/core"
)

// launchVendor launches a Vendor Agreement over the control API and
// returns its id.
func (e *env) launchVendor() string {
	e.t.Helper()
	wf := e.mustStatus(e.control("POST", "/workflows", map[string]any{"template": TemplateVendorAgreement, "attributes": vendorAttributes()}), 200).obj()
	return wf["id"].(string)
}

// toSign launches a Vendor Agreement and approves it into Sign.
func (e *env) toSign() string {
	e.t.Helper()
	id := e.launchVendor()
	for _, role := range []string{core.LegalApprover, core.FinanceApprover} {
		e.mustStatus(e.control("POST", "/workflows/"+id+"/actions", map[string]string{"action": "approve", "role": role}), 200)
	}
	return id
}

var withComment = map[string]any{"comment": map[string]any{"message": "from the test"}}

func TestLifecycleActions(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	review, sign := e.launchVendor(), e.toSign()
	steps := []struct {
		name, method, path string
		body               any
		status             int
		code               string
	}{
		{"pause needs a comment", "POST", "/workflows/" + review + "/pause", map[string]any{}, 400, "MISSING_PARAM"},
		{"pause in review", "POST", "/workflows/" + review + "/pause", withComment, 204, ""},
		{"pause twice", "POST", "/workflows/" + review + "/pause", withComment, 400, "INVALID_STATE"},
		{"attributes are frozen while paused", "PATCH", "/workflows/" + review + "/attributes", map[string]any{"updates": []any{map[string]any{"action": "set", "path": "counterpartyName", "value": "X"}}}, 400, "INVALID_STATE"},
		{"resume", "POST", "/workflows/" + review + "/resume", withComment, 204, ""},
		{"resume twice", "POST", "/workflows/" + review + "/resume", withComment, 400, "INVALID_STATE"},
		{"pause outside review", "POST", "/workflows/" + sign + "/pause", withComment, 400, "INVALID_STATE"},
		{"revert from review", "PATCH", "/workflows/" + review + "/revert-to-review", map[string]any{}, 400, "INVALID_STATE"},
		{"revert from sign", "PATCH", "/workflows/" + sign + "/revert-to-review", map[string]any{}, 204, ""},
		{"cancel", "POST", "/workflows/" + review + "/cancel", withComment, 204, ""},
		{"cancel twice", "POST", "/workflows/" + review + "/cancel", withComment, 400, "INVALID_STATE"},
		{"unknown workflow", "POST", "/workflows/ffffffffffffffffffffffff/cancel", withComment, 404, "NOT_FOUND"},
	}
	for _, s := range steps {
		r := e.api(s.method, s.path, tok, AdminEmail, s.body)
		if r.status != s.status || (s.code != "" && r.obj()["code"] != s.code) {
			t.Fatalf("%s: %d %s", s.name, r.status, r.raw)
		}
	}
	wf := e.mustStatus(e.api("GET", "/workflows/"+review, tok, AdminEmail, nil), 200).obj()
	if wf["status"] != "cancelled" || wf["isCancelled"] != true || wf["approvals"].(map[string]any)["state"] != "not_applicable" {
		t.Fatalf("cancelled workflow: %v %v", wf["status"], wf["approvals"])
	}
	wf = e.mustStatus(e.api("GET", "/workflows/"+sign, tok, AdminEmail, nil), 200).obj()
	if wf["step"] != "Review" || wf["attributes"].(map[string]any)["reviewRollbacked"] != true {
		t.Fatalf("reverted workflow: %v %v", wf["step"], wf["attributes"])
	}
	a := e.mustStatus(e.api("GET", "/workflows/"+sign+"/approvals", tok, AdminEmail, nil), 200).obj()
	if g := a["approvalGroups"].([]any)[0].(map[string]any); g["status"] != "active" {
		t.Fatalf("approvals restart after revert: %v", g)
	}
}

func TestUpdateAttributes(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	id := e.launchVendor()
	set := func(path string, value any) map[string]any {
		return map[string]any{"updates": []any{map[string]any{"action": "set", "path": path, "value": value}}}
	}
	cases := []struct {
		name   string
		body   map[string]any
		status int
		msg    string
	}{
		{"no change", set("counterpartyName", "Acme LLC"), 400, "No information changed. The updates provided did not introduce any new values"},
		{"unknown attribute", set("someRandomAttribute", 1), 400, "non-existent attribute(s) specified: someRandomAttribute"},
		{"removing a required field", map[string]any{"updates": []any{map[string]any{"action": "remove", "path": "effectiveDate"}}}, 400, "form validation failed, please check schema"},
		{"newly triggered requirement", set("vendorAccessesData", true), 400, "form validation failed, please check schema"},
		{"set", set("counterpartyName", "Acme Holdings"), 200, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := e.api("PATCH", "/workflows/"+id+"/attributes", tok, AdminEmail, tc.body)
			if r.status != tc.status || (tc.msg != "" && r.obj()["message"] != tc.msg) {
				t.Fatalf("%d %s", r.status, r.raw)
			}
		})
	}
	wf := e.mustStatus(e.api("GET", "/workflows/"+id, tok, AdminEmail, nil), 200).obj()
	if wf["title"] != "Vendor Agreement with Acme Holdings" {
		t.Fatalf("title after update: %v", wf["title"])
	}
	sign := e.toSign()
	r := e.mustStatus(e.api("PATCH", "/workflows/"+sign+"/attributes", tok, AdminEmail, set("counterpartyName", "Z")), 400)
	if r.obj()["code"] != "INVALID_STATE" {
		t.Fatalf("patch in sign: %s", r.raw)
	}
}

func TestSignStatusFamily(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	review, id := e.launchVendor(), e.toSign()
	base := "/workflows/" + id + "/sign-status"
	r := e.mustStatus(e.api("GET", "/workflows/"+review+"/sign-status", tok, AdminEmail, nil), 400)
	if r.obj()["message"] != "Workflow must be on Sign Step." {
		t.Fatalf("review sign-status: %s", r.raw)
	}
	e.mustStatus(e.api("GET", "/workflows/"+review+"/signatures", tok, AdminEmail, nil), 400)

	remind := base + "/signers/Counterparty%20Signer/remind"
	e.mustStatus(e.api("POST", remind, tok, AdminEmail, nil), 400) // not sent yet
	e.mustStatus(e.api("POST", base+"/send-signature-request", tok, AdminEmail, nil), 200)
	e.mustStatus(e.api("POST", base+"/send-signature-request", tok, AdminEmail, nil), 400)
	e.mustStatus(e.api("POST", remind, tok, AdminEmail, nil), 204)
	r = e.mustStatus(e.api("POST", remind, tok, AdminEmail, nil), 429)
	if r.obj()["code"] != "TOO_MANY_REQUESTS" {
		t.Fatalf("second remind: %s", r.raw)
	}

	// Reassign the counterparty signer, then decline as them.
	r = e.mustStatus(e.api("PATCH", base+"/signers/Counterparty%20Signer", tok, AdminEmail,
		map[string]any{"reason": "new contact", "assigned": map[string]any{"type": "external", "email": "new@acme.test", "name": "New Signer"}}), 200)
	if r.obj()["email"] != "new@acme.test" || r.obj()["type"] != "external" {
		t.Fatalf("reassigned: %s", r.raw)
	}
	e.mustStatus(e.control("POST", "/workflows/"+id+"/actions", map[string]string{"action": "decline", "role": "Counterparty Signer", "message": "terms"}), 200)
	ss := e.mustStatus(e.api("GET", base, tok, AdminEmail, nil), 200).obj()
	if ss["status"] != "not_sent" || ss["signers"].([]any)[0].(map[string]any)["status"] != "declined" {
		t.Fatalf("after decline: %v", ss)
	}
	// Send again, cancel the request, then remove the internal signer.
	e.mustStatus(e.api("POST", base+"/send-signature-request", tok, AdminEmail, nil), 200)
	ss = e.mustStatus(e.api("POST", base+"/cancel-signature-request", tok, AdminEmail, map[string]string{"reason": "redo"}), 200).obj()
	if ss["status"] != "not_sent" {
		t.Fatalf("after cancel: %v", ss)
	}
	e.mustStatus(e.api("DELETE", base+"/signers/Internal%20Signer", tok, AdminEmail, nil), 204)
	sigs := e.mustStatus(e.api("GET", "/workflows/"+id+"/signatures", tok, AdminEmail, nil), 200).obj()
	if n := len(sigs["signers"].([]any)); n != 1 {
		t.Fatalf("signers after removal: %d", n)
	}
	e.mustStatus(e.api("DELETE", base+"/signers/Nobody", tok, AdminEmail, nil), 404)
}
