package sandbox

import (
	"path/filepath"
	"testing"

	"tradewind/server/sandbox/core"
)

func TestRateLimit(t *testing.T) {
	e := newEnv(t, Config{RateLimits: RateLimits{WorkflowReads: 2}})
	tok := e.token()
	for range 2 {
		e.mustStatus(e.api("GET", "/workflows", tok, AdminEmail, nil), 200)
	}
	r := e.mustStatus(e.api("GET", "/workflows", tok, AdminEmail, nil), 429)
	if r.obj()["code"] != "TOO_MANY_REQUESTS" || r.header.Get("Retry-After") == "" {
		t.Fatalf("429: %s %v", r.raw, r.header)
	}
	// Other buckets are counted separately.
	e.mustStatus(e.api("GET", "/workflow-schemas?form=launch", tok, AdminEmail, nil), 200)
	e.mustStatus(e.control("PUT", "/rate-limits", map[string]int{"workflowReads": 10}), 200)
	e.mustStatus(e.api("GET", "/workflows", tok, AdminEmail, nil), 200)
}

func TestFaults(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	e.mustStatus(e.control("PUT", "/faults", map[string]any{"force429": 2}), 200)
	for range 2 {
		r := e.mustStatus(e.api("GET", "/workflows", tok, AdminEmail, nil), 429)
		if r.header.Get("Retry-After") == "" {
			t.Fatal("forced 429 without Retry-After")
		}
	}
	e.mustStatus(e.api("GET", "/workflows", tok, AdminEmail, nil), 200)

	e.mustStatus(e.control("PUT", "/faults", map[string]any{"errorRate": 1}), 200)
	r := e.mustStatus(e.api("GET", "/workflows", tok, AdminEmail, nil), 500)
	if r.obj()["code"] != "SERVER_ERROR" {
		t.Fatalf("5xx body: %s", r.raw)
	}
	e.mustStatus(e.control("PUT", "/faults", map[string]any{}), 200)

	cases := []struct {
		name, path string
		body       map[string]string
		message    string
	}{
		{"expired token", "/tokens/expire", nil, "token has expired"},
		{"revoked token", "/tokens/revoke", nil, "token has been revoked"},
		{"all tokens of the client", "/tokens/revoke", map[string]string{"clientId": core.DefaultClientID}, "token has been revoked"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			victim := e.token()
			body := tc.body
			if body == nil {
				body = map[string]string{"accessToken": victim}
			}
			e.mustStatus(e.control("POST", tc.path, body), 200)
			r := e.mustStatus(e.api("GET", "/workflows", victim, AdminEmail, nil), 401)
			if r.obj()["code"] != "UNAUTHORIZED" || r.obj()["message"] != tc.message {
				t.Fatalf("%s", r.raw)
			}
		})
	}
	r = e.mustStatus(e.api("GET", "/workflows", "garbage", AdminEmail, nil), 401)
	if r.obj()["message"] != "invalid authentication token" {
		t.Fatalf("%s", r.raw)
	}
}

// TestPersistenceRoundTrip restarts a sandbox on the same state file: the
// workflow, its comment, the token and a webhook registration survive.
func TestPersistenceRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sandbox.json")
	first := newEnv(t, Config{StatePath: path})
	tok := first.token()
	id := first.launchVendor()
	first.mustStatus(first.api("POST", "/workflows/"+id+"/comments", tok, AdminEmail, map[string]any{"comment": "kept"}), 200)
	first.mustStatus(first.api("POST", "/webhooks", tok, AdminEmail, map[string]any{"events": []string{"workflow_launched"}, "targetURL": "https://hooks.example.test/in"}), 200)
	key := first.mustStatus(first.api("GET", "/webhooks/verification-key", tok, AdminEmail, nil), 200).raw
	if err := first.sb.Close(); err != nil {
		t.Fatal(err)
	}

	second := newEnv(t, Config{StatePath: path})
	wf := second.mustStatus(second.api("GET", "/workflows/"+id, tok, AdminEmail, nil), 200).obj()
	if wf["ironcladId"] != "IC-1" {
		t.Fatalf("restored workflow: %v", wf["ironcladId"])
	}
	comments := second.mustStatus(second.api("GET", "/workflows/"+id+"/comments", tok, AdminEmail, nil), 200).obj()
	if comments["count"] != 1.0 {
		t.Fatalf("restored comments: %v", comments)
	}
	hooks := second.mustStatus(second.api("GET", "/webhooks", tok, AdminEmail, nil), 200).obj()
	if len(hooks["list"].([]any)) != 1 {
		t.Fatalf("restored webhooks: %v", hooks)
	}
	if got := second.mustStatus(second.api("GET", "/webhooks/verification-key", tok, AdminEmail, nil), 200).raw; string(got) != string(key) {
		t.Fatal("verification key changed across restart")
	}
	// Readable ids keep counting.
	if next := second.launchVendor(); second.mustStatus(second.api("GET", "/workflows/"+next, tok, AdminEmail, nil), 200).obj()["ironcladId"] != "IC-2" {
		t.Fatal("readable id counter not restored")
	}
}

func TestTemplateEditAndRepublish(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	old := e.launchVendor()
	edits := []struct {
		edit   map[string]any
		status int
	}{
		{map[string]any{"op": "add", "name": "Purchase Order Number", "type": "string", "required": true}, 200},
		{map[string]any{"op": "rename", "field": "vendorAddress", "name": "Vendor HQ Address"}, 200},
		{map[string]any{"op": "retype", "field": "effectiveDate", "type": "string"}, 200},
		{map[string]any{"op": "remove", "field": "subscriptionTerm"}, 200},
		{map[string]any{"op": "remove", "field": "vendorAccessesData"}, 400}, // a condition depends on it
		{map[string]any{"op": "remove", "field": "counterpartyName"}, 400},
		{map[string]any{"op": "retype", "field": "vendorCategory", "type": "hologram"}, 400},
	}
	for _, ed := range edits {
		e.mustStatus(e.control("POST", "/templates/"+TemplateVendorAgreement+"/fields", ed.edit), ed.status)
	}
	// Not visible until republished.
	s := e.mustStatus(e.api("GET", "/workflow-schemas/"+TemplateVendorAgreement+"?form=launch", tok, AdminEmail, nil), 200).obj()
	if _, ok := s["schema"].(map[string]any)["purchaseOrderNumber"]; ok {
		t.Fatal("edit visible before republish")
	}
	pub := e.mustStatus(e.control("POST", "/templates/"+TemplateVendorAgreement+"/publish", nil), 200).obj()
	newID := pub["id"].(string)
	if newID == TemplateVendorAgreement {
		t.Fatal("republish kept the template id")
	}
	schema := e.mustStatus(e.api("GET", "/workflow-schemas/"+newID+"?form=launch", tok, AdminEmail, nil), 200).obj()["schema"].(map[string]any)
	checks := map[string]func(map[string]any) bool{
		"purchaseOrderNumber": func(f map[string]any) bool { return f["required"] == "always" && f["type"] == "string" },
		"vendorAddress":       func(f map[string]any) bool { return f["displayName"] == "Vendor HQ Address" },
		"effectiveDate":       func(f map[string]any) bool { return f["type"] == "string" },
	}
	for id, ok := range checks {
		if f, present := schema[id].(map[string]any); !present || !ok(f) {
			t.Errorf("%s: %v", id, schema[id])
		}
	}
	if _, present := schema["subscriptionTerm"]; present {
		t.Error("removed field still present")
	}
	r := e.mustStatus(e.api("GET", "/workflow-schemas/"+TemplateVendorAgreement+"?form=launch", tok, AdminEmail, nil), 400)
	if r.obj()["code"] != "NOT_FOUND" {
		t.Fatalf("old template id: %s", r.raw)
	}
	e.mustStatus(e.api("POST", "/workflows", tok, AdminEmail, map[string]any{"template": TemplateVendorAgreement, "attributes": vendorAttributes()}), 400)
	// Workflows launched from the old version still render.
	e.mustStatus(e.api("GET", "/workflows/"+old, tok, AdminEmail, nil), 200)
}
