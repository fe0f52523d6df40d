package sandbox

import (
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"tradewind/server/sandbox/core"
)

// selectedAfter returns the selected option of the "as" or "type" selector that
// follows marker in page.
func selectedAfter(t *testing.T, page, marker, name string) string {
	t.Helper()
	i := strings.Index(page, marker)
	if i < 0 {
		t.Fatalf("%q not on the page", marker)
	}
	rest := page[i:]
	j := strings.Index(rest, `<select name="`+name+`"`)
	if j < 0 {
		t.Fatalf("no %s selector after %q", name, marker)
	}
	sel := rest[j:]
	sel = sel[:strings.Index(sel, "</select>")]
	m := regexp.MustCompile(`<option value="([^"]*)"[^>]* selected`).FindStringSubmatch(sel)
	if m == nil {
		return ""
	}
	return m[1]
}

// TestConsolePages renders every console page completely and checks the
// defaults that make the console usable as-is.
func TestConsolePages(t *testing.T) {
	e := newEnv(t, Config{})
	id := e.launchVendor()
	b := e.signIn(AdminEmail)

	for _, path := range []string{"/console", "/console/workflows/" + id, "/console/templates", "/console/templates/" + TemplatePurchaseOrder, "/console/webhooks"} {
		page, _ := getPage(t, e, b, path)
		if !strings.HasSuffix(strings.TrimSpace(page), "</html>") {
			t.Fatalf("%s did not render completely:\n%s", path, page)
		}
	}

	page, _ := getPage(t, e, b, "/console/workflows/"+id)
	// Each approval's "as" selector starts at the role's assignee.
	if got := selectedAfter(t, page, `name="role" value="`+core.LegalApprover+`"`, "as"); got != LegalEmail {
		t.Fatalf("Legal approval acts as %q by default", got)
	}
	if got := selectedAfter(t, page, `name="role" value="`+core.FinanceApprover+`"`, "as"); got != FinanceEmail {
		t.Fatalf("Finance approval acts as %q by default", got)
	}
	// Attributes are a table of labelled, readable values.
	if !strings.Contains(page, `<th scope="row">Counterparty Name<code>counterpartyName</code></th><td>Acme LLC</td>`) {
		t.Fatal("attributes are not a labelled table")
	}

	page, _ = getPage(t, e, b, "/console/templates/"+TemplatePurchaseOrder)
	row := func(field string) string {
		i := strings.Index(page, "<code>"+field+"</code>")
		if i < 0 {
			t.Fatalf("no row for %s", field)
		}
		r := page[i:]
		return r[:strings.Index(r, "</tr>")]
	}
	for _, locked := range []string{"counterpartyName", "role6d0e3a4b5c7f4e9a0b1c2d3e4f5a6b7c", "role7e1f4b5c6d8a4f0b1c2d3e4f5a6b7c8d"} {
		if r := row(locked); strings.Contains(r, "<button") || !strings.Contains(r, "Locked") {
			t.Fatalf("%s offers edits: %s", locked, r)
		}
	}
	if got := selectedAfter(t, page, "<code>purchaseAmount</code>", "type"); got != "monetaryAmount" {
		t.Fatalf("Retype of purchaseAmount starts at %q", got)
	}
	if got := selectedAfter(t, page, "<code>costCenter</code>", "type"); got != "string" {
		t.Fatalf("Retype of costCenter starts at %q", got)
	}
	// purchaseType drives a condition: it can be renamed but not removed.
	if r := row("purchaseType"); strings.Contains(r, `value="remove"`) || !strings.Contains(r, `value="rename"`) {
		t.Fatalf("purchaseType edits: %s", r)
	}
}

// TestConsentPage shows the grouped permissions, the account, the company
// and the callback host, and "Not you? Sign out" comes back to the same
// authorization.
func TestConsentPage(t *testing.T) {
	e := newEnv(t, Config{})
	b := e.signIn(AdminEmail)
	authURL := authorizeURL(e, testRedirect, strings.Join(core.AllScopes, " "))
	resp, err := b.Get(authURL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(body)
	redirect, _ := url.Parse(testRedirect)
	for _, want := range []string{"Tradewind</strong> is requesting access to your Ironclad account", AdminEmail, "Tradewind Sandbox Co.",
		"Read and launch workflows", "Manage approvals and signatures", "Read and write comments", "Manage webhooks",
		"<strong>" + redirect.Host + "</strong>", "Show the 37 API scopes", "Allow Access", "Deny", "Not you?"} {
		if !strings.Contains(page, want) {
			t.Errorf("consent page lacks %q", want)
		}
	}
	for _, sc := range core.AllScopes {
		if n := strings.Count(page, "<li><code>"+sc+"</code></li>"); n != 1 {
			t.Errorf("scope %s listed %d times", sc, n)
		}
	}
	if strings.Contains(page, "/console/templates") || strings.Contains(page, "<script") {
		t.Error("consent page carries console navigation or scripts")
	}

	// Not you? Sign out: back to the sign-in page, continuing the authorization.
	here := regexp.MustCompile(`name="next" value="([^"]+)"`).FindStringSubmatch(page)
	if here == nil {
		t.Fatal("no sign-out form")
	}
	next := html.UnescapeString(here[1])
	resp, err = b.PostForm(e.srv.URL+"/logout", url.Values{"next": {next}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, _ := url.Parse(resp.Header.Get("Location"))
	if loc.Path != "/login" || loc.Query().Get("next") != strings.TrimPrefix(authURL, e.srv.URL) {
		t.Fatalf("sign out went to %s", loc)
	}
	login := e.do("GET", loc.String(), nil, nil)
	if !strings.Contains(string(login.raw), "to continue to <strong>Tradewind</strong>") {
		t.Fatalf("sign-in page: %s", login.raw)
	}
	// An outside next is ignored.
	b = e.signIn(AdminEmail)
	resp, _ = b.PostForm(e.srv.URL+"/logout", url.Values{"next": {"https://evil.example/"}})
	resp.Body.Close()
	if resp.Header.Get("Location") != "/login" {
		t.Fatalf("sign out with an outside next went to %s", resp.Header.Get("Location"))
	}
}

func TestStylesheet(t *testing.T) {
	e := newEnv(t, Config{})
	r := e.do("GET", "/assets/sandbox.css", nil, nil)
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/css") || !strings.Contains(string(r.raw), ".auth-card") {
		t.Fatalf("stylesheet: %d %s", r.status, r.header.Get("Content-Type"))
	}
}
