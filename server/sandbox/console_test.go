package sandbox

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"tradewind/server/sandbox/core"
)

// page fetches a console page with a signed-in browser and returns its
// HTML and CSRF token.
func getPage(t *testing.T, e *env, b *http.Client, path string) (string, string) {
	t.Helper()
	resp, err := b.Get(e.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("%s: %d %s", path, resp.StatusCode, body)
	}
	m := csrfPattern.FindStringSubmatch(string(body))
	if m == nil {
		return string(body), ""
	}
	return string(body), m[1]
}

func postForm(t *testing.T, e *env, b *http.Client, path string, form url.Values) string {
	t.Helper()
	resp, err := b.PostForm(e.srv.URL+path, form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("%s: %d", path, resp.StatusCode)
	}
	return resp.Header.Get("Location")
}

// TestConsoleActsThroughTheSamePaths approves, comments and edits a
// template through the console's forms and sees the API and the webhook
// log reflect it.
func TestConsoleActsThroughTheSamePaths(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	id := e.launchVendor()
	b := e.signIn(AdminEmail)

	list, _ := getPage(t, e, b, "/console")
	if !strings.Contains(list, "IC-1") {
		t.Fatalf("workflow list: %s", list)
	}
	_, csrf := getPage(t, e, b, "/console/workflows/"+id)
	loc := postForm(t, e, b, "/console/workflows/"+id+"/actions", url.Values{"csrf": {csrf}, "action": {"approve"}, "role": {core.LegalApprover}, "as": {LegalEmail}})
	if strings.Contains(loc, "error=") {
		t.Fatalf("approve: %s", loc)
	}
	loc = postForm(t, e, b, "/console/workflows/"+id+"/actions", url.Values{"csrf": {csrf}, "action": {"approve"}, "role": {core.LegalApprover}, "as": {AdminEmail}})
	if !strings.Contains(loc, "error=") {
		t.Fatalf("approving as a non-assignee should fail: %s", loc)
	}
	postForm(t, e, b, "/console/workflows/"+id+"/actions", url.Values{"csrf": {csrf}, "action": {"comment"}, "as": {FinanceEmail}, "message": {"from the console"}})
	comments := e.mustStatus(e.api("GET", "/workflows/"+id+"/comments", tok, AdminEmail, nil), 200).obj()["list"].([]any)
	if len(comments) != 1 || comments[0].(map[string]any)["author"].(map[string]any)["email"] != FinanceEmail {
		t.Fatalf("console comment: %v", comments)
	}
	approvals := e.mustStatus(e.api("GET", "/workflows/"+id+"/approvals", tok, AdminEmail, nil), 200).obj()
	if approvals["approvalGroups"].([]any)[0].(map[string]any)["status"] != "approved" {
		t.Fatalf("console approval not visible: %v", approvals)
	}

	// A form without the session's CSRF token is refused.
	resp, err := b.PostForm(e.srv.URL+"/console/workflows/"+id+"/actions", url.Values{"action": {"cancel"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("csrf: %d", resp.StatusCode)
	}

	_, csrf = getPage(t, e, b, "/console/templates/"+TemplatePurchaseOrder)
	postForm(t, e, b, "/console/templates/"+TemplatePurchaseOrder+"/fields", url.Values{"csrf": {csrf}, "op": {"add"}, "name": {"Vendor Tax ID"}, "type": {"string"}})
	postForm(t, e, b, "/console/templates/"+TemplatePurchaseOrder+"/publish", url.Values{"csrf": {csrf}})
	var newID string
	for _, s := range e.mustStatus(e.api("GET", "/workflow-schemas?form=launch", tok, AdminEmail, nil), 200).obj()["list"].([]any) {
		if s.(map[string]any)["name"] == "Purchase Order" {
			newID = s.(map[string]any)["id"].(string)
			if _, ok := s.(map[string]any)["schema"].(map[string]any)["vendorTaxID"]; !ok {
				t.Fatalf("added field missing: %v", s)
			}
		}
	}
	if newID == TemplatePurchaseOrder || newID == "" {
		t.Fatalf("republished id %q", newID)
	}
	getPage(t, e, b, "/console/webhooks")
	getPage(t, e, b, "/console/templates")
}
