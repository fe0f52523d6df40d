package sandbox

import (
	"testing"

	"tradewind/server/sandbox/core"
)

// TestLaunchThroughComplete walks a Vendor Agreement from launch through
// both approval groups, signature and completion over the public API and
// the control API, and checks the webhook events it fired.
func TestLaunchThroughComplete(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	wf := e.mustStatus(e.api("POST", "/workflows", tok, AdminEmail, map[string]any{"template": TemplateVendorAgreement, "attributes": vendorAttributes()}), 200).obj()
	id := wf["id"].(string)
	if wf["step"] != "Review" || wf["title"] != "Vendor Agreement with Acme LLC" || wf["ironcladId"] != "IC-1" {
		t.Fatalf("launched: %v %v %v", wf["step"], wf["title"], wf["ironcladId"])
	}

	// Finance is group 2: approving it first is out of order.
	r := e.mustStatus(e.api("PATCH", "/workflows/"+id+"/approvals/"+core.FinanceApprover, tok, FinanceEmail, map[string]string{"status": "approved"}), 400)
	if r.obj()["code"] != "INVALID_STATE" {
		t.Fatalf("out of order: %s", r.raw)
	}
	// Admin is not assigned to Legal.
	r = e.mustStatus(e.api("PATCH", "/workflows/"+id+"/approvals/"+core.LegalApprover, tok, AdminEmail, map[string]string{"status": "approved"}), 400)
	if r.obj()["code"] != "INVALID_PARAM" {
		t.Fatalf("not assigned: %s", r.raw)
	}
	r = e.mustStatus(e.api("PATCH", "/workflows/"+id+"/approvals/"+core.LegalApprover, tok, LegalEmail, map[string]string{"status": "approved"}), 200)
	if string(r.raw) != "true\n" && string(r.raw) != "true" {
		t.Fatalf("approval body %q", r.raw)
	}
	e.mustStatus(e.control("POST", "/workflows/"+id+"/actions", map[string]string{"action": "approve", "role": core.FinanceApprover}), 200)

	wf = e.mustStatus(e.api("GET", "/workflows/"+id, tok, AdminEmail, nil), 200).obj()
	if wf["step"] != "Sign" {
		t.Fatalf("after approvals step %v", wf["step"])
	}
	ss := e.mustStatus(e.api("POST", "/workflows/"+id+"/sign-status/send-signature-request", tok, AdminEmail, nil), 200).obj()
	if ss["status"] != "sent" {
		t.Fatalf("sign status %v", ss["status"])
	}
	for _, role := range []string{"Counterparty Signer", "Internal Signer"} {
		for _, action := range []string{"view", "sign"} {
			e.mustStatus(e.control("POST", "/workflows/"+id+"/actions", map[string]string{"action": action, "role": role}), 200)
		}
	}
	wf = e.mustStatus(e.api("GET", "/workflows/"+id, tok, AdminEmail, nil), 200).obj()
	if wf["step"] != "Complete" || wf["status"] != "completed" || wf["isComplete"] != true {
		t.Fatalf("final: %v %v", wf["step"], wf["status"])
	}

	var got []string
	for _, ev := range e.mustStatus(e.control("GET", "/events", nil), 200).body.([]any) {
		got = append(got, ev.(map[string]any)["type"].(string))
	}
	want := []string{"workflow_launched", "workflow_approval_status_changed", "workflow_approval_status_changed", "workflow_step_updated",
		"workflow_signature_packet_sent",
		"workflow_signature_packet_signer_first_viewed", "workflow_signature_packet_signer_viewed", "workflow_updated",
		"workflow_signature_packet_signer_first_viewed", "workflow_signature_packet_signer_viewed",
		"workflow_signature_packet_signatures_collected", "workflow_signature_packet_fully_signed",
		"workflow_step_updated", "workflow_step_updated", "workflow_completed"}
	if len(got) != len(want) {
		t.Fatalf("events %v\nwant %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("event %d = %s, want %s (all: %v)", i, got[i], want[i], got)
		}
	}
}
