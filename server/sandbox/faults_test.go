package sandbox

import (
	"testing"
	"time"

	"tradewind/server/sandbox/api"
)

// TestFaultsAfterCreate: a creation the faults fail still happens in full,
// the client sees no success, and each fault is used up by one creation.
// Async jobs would run only after an hour here, so the workflow exists
// because the faulted launch ran at once.
func TestFaultsAfterCreate(t *testing.T) {
	cases := []struct {
		name, path, fault string
		dropped           bool
	}{
		{"drop sync launch", "/workflows", "dropAfterCreate", true},
		{"drop async launch", "/workflows/async", "dropAfterCreate", true},
		{"error on sync launch", "/workflows", "errorAfterCreate", false},
		{"error on async launch", "/workflows/async", "errorAfterCreate", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, Config{AsyncLaunchDelay: time.Hour})
			tok := e.token()
			e.mustStatus(e.control("PUT", "/faults", map[string]any{tc.fault: 1}), 200)
			attrs := vendorAttributes()
			attrs["counterpartyName"] = "Faulted LLC"
			headers := map[string]string{"Authorization": "Bearer " + tok, "x-as-user-email": AdminEmail}
			r, err := e.send("POST", api.Prefix+tc.path, headers, map[string]any{"template": TemplateVendorAgreement, "attributes": attrs})
			switch {
			case tc.dropped && err == nil:
				t.Fatalf("dropped launch got an answer: %d %s", r.status, r.raw)
			case !tc.dropped && err != nil:
				t.Fatal(err)
			case !tc.dropped && (r.status != 500 || r.obj()["code"] != "SERVER_ERROR"):
				t.Fatalf("want Ironclad's 500, got %d %s", r.status, r.raw)
			}

			list := e.mustStatus(e.api("GET", "/workflows"+query("filter", "Equals([counterpartyName], 'Faulted LLC')"), tok, AdminEmail, nil), 200).obj()
			if list["count"] != 1.0 {
				t.Fatalf("want the faulted launch's workflow to exist once: %v", list)
			}
			if f := e.mustStatus(e.control("GET", "/faults", nil), 200).obj(); f[tc.fault] != 0.0 {
				t.Fatalf("fault not used up: %v", f)
			}
			e.mustStatus(e.api("POST", tc.path, tok, AdminEmail, map[string]any{"template": TemplateVendorAgreement, "attributes": vendorAttributes()}), 200)
		})
	}
}

// TestFaultsAfterCreateSpareFailedLaunches: a launch that fails validation
// creates nothing, so it does not use up the fault.
func TestFaultsAfterCreateSpareFailedLaunches(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	e.mustStatus(e.control("PUT", "/faults", map[string]any{"errorAfterCreate": 1}), 200)
	e.mustStatus(e.api("POST", "/workflows", tok, AdminEmail, map[string]any{"template": TemplateVendorAgreement, "attributes": map[string]any{}}), 400)
	e.mustStatus(e.api("POST", "/workflows", tok, AdminEmail, map[string]any{"template": TemplateVendorAgreement, "attributes": vendorAttributes()}), 500)
	e.mustStatus(e.api("POST", "/workflows", tok, AdminEmail, map[string]any{"template": TemplateVendorAgreement, "attributes": vendorAttributes()}), 200)
}
