package sandbox

import (
	"net/url"
	"testing"
	"time"

	"tradewind/server/sandbox/core"
)

func TestListWorkflows(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	acme := e.launchVendor()
	attrs := vendorAttributes()
	attrs["counterpartyName"] = "Globex"
	attrs["annualContractValue"] = map[string]any{"currency": "USD", "amount": 900}
	globex := e.mustStatus(e.control("POST", "/workflows", map[string]any{"template": TemplateVendorAgreement, "attributes": attrs}), 200).obj()["id"].(string)
	cancelled := e.launchVendor()
	e.mustStatus(e.control("POST", "/workflows/"+cancelled+"/actions", map[string]string{"action": "cancel"}), 200)

	cases := []struct {
		name  string
		query url.Values
		want  []string
	}{
		{"default is active only", url.Values{}, []string{globex, acme}},
		{"status list", url.Values{"status": {"cancelled,active"}}, []string{cancelled, globex, acme}},
		{"template", url.Values{"template": {TemplatePurchaseOrder}}, nil},
		{"equals", url.Values{"filter": {"Equals([counterpartyName], 'Globex')"}}, []string{globex}},
		{"or", url.Values{"filter": {"Or(Equals([counterpartyName], 'Globex'), Equals([counterpartyName], 'Acme LLC'))"}}, []string{globex, acme}},
		{"and", url.Values{"filter": {"And(Equals([vendorCategory], 'Software'), LessThan([annualContractValue], 1000))"}}, []string{globex}},
		{"readable id", url.Values{"filter": {"Equals([readableId], 'IC-1')"}}, []string{acme}},
		{"last updated in the future", url.Values{"lastUpdated": {"2999-01-01T00:00:00Z"}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := e.mustStatus(e.api("GET", "/workflows?"+tc.query.Encode(), tok, AdminEmail, nil), 200).obj()
			var got []string
			for _, w := range r["list"].([]any) {
				got = append(got, w.(map[string]any)["id"].(string))
			}
			if len(got) != len(tc.want) || int(r["count"].(float64)) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
	bad := []url.Values{{"pageSize": {"101"}}, {"page": {"-1"}}, {"status": {"archived"}}, {"filter": {"Equals([a], "}}, {"filter": {"Bogus([a])"}}}
	for _, q := range bad {
		r := e.mustStatus(e.api("GET", "/workflows?"+q.Encode(), tok, AdminEmail, nil), 400)
		if r.obj()["code"] != "INVALID_PARAM" {
			t.Fatalf("%v: %s", q, r.raw)
		}
	}
	page := e.mustStatus(e.api("GET", "/workflows?pageSize=1&page=1", tok, AdminEmail, nil), 200).obj()
	if page["count"] != 2.0 || page["list"].([]any)[0].(map[string]any)["id"] != acme {
		t.Fatalf("second page: %v", page)
	}
	byReadable := e.mustStatus(e.api("GET", "/workflows/IC-2", tok, AdminEmail, nil), 200).obj()
	if byReadable["id"] != globex {
		t.Fatalf("IC-2 resolves to %v", byReadable["id"])
	}
}

func TestAsyncLaunch(t *testing.T) {
	// A long delay: only the second poll runs the job, so the test does
	// not depend on timing.
	e := newEnv(t, Config{AsyncLaunchDelay: time.Hour})
	tok := e.token()
	cases := []struct {
		name   string
		attrs  map[string]any
		status string
	}{
		{"success", vendorAttributes(), "success"},
		{"failed", map[string]any{"counterpartyName": "Nobody"}, "failed"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := e.mustStatus(e.api("POST", "/workflows/async", tok, AdminEmail, map[string]any{"template": TemplateVendorAgreement, "attributes": tc.attrs, "name": "extra"}), 200).obj()
			statusURL, _ := url.Parse(start["asyncJobStatusUrl"].(string))
			first := e.mustStatus(e.do("GET", statusURL.Path, map[string]string{"Authorization": "Bearer " + tok, "x-as-user-email": AdminEmail}, nil), 200).obj()
			if first["status"] != "in_progress" || first["requestPayload"].(map[string]any)["name"] != "extra" {
				t.Fatalf("first poll: %v", first)
			}
			if first["requestPayload"].(map[string]any)["creator"].(map[string]any)["id"] != core.AdminUserID {
				t.Fatalf("creator not injected: %v", first["requestPayload"])
			}
			second := e.mustStatus(e.api("GET", "/workflows/async/"+start["asyncJobId"].(string), tok, AdminEmail, nil), 200).obj()
			if second["status"] != tc.status {
				t.Fatalf("second poll: %v", second)
			}
			if tc.status == "success" && second["workflow"].(map[string]any)["step"] != "Review" {
				t.Fatalf("workflow: %v", second["workflow"])
			}
			if tc.status == "failed" && second["error"].(map[string]any)["code"] != "MISSING_PARAM" {
				t.Fatalf("error: %v", second["error"])
			}
		})
	}
	e.mustStatus(e.api("GET", "/workflows/async/nope", tok, AdminEmail, nil), 404)
}
