package webhooks

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var (
	objectIDPattern  = regexp.MustCompile(`^[0-9a-f]{24}$`)
	timestampPattern = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$`)
)

func TestWebhookCRUDMatchesRecordedShapes(t *testing.T) {
	h := newHarness(t, Config{})
	target := "https://hooks.tradewind.test/ironclad/events"

	created := h.do(http.MethodPost, "/webhooks", "admin", map[string]any{"targetURL": target, "events": []string{EventWorkflowLaunched}})
	if created.Status != http.StatusOK {
		t.Fatalf("create status = %d (Ironclad answers 200): %s", created.Status, created.Body)
	}
	if ct := created.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("content-type = %q", ct)
	}
	if created.Header.Get("X-Ironclad-Requestid") == "" {
		t.Error("x-ironclad-requestid missing")
	}
	assertShape(t, "webhook.json", created.Body)
	wh := decode[webhookWire](t, created.Body)
	if !objectIDPattern.MatchString(wh.ID) || !timestampPattern.MatchString(wh.StatusLastUpdatedAt) {
		t.Errorf("id/timestamp format: %+v", wh)
	}
	if wh.CompanyID != companyA || wh.StatusLastUpdatedBy != adminUser || wh.Status != StatusEnabled ||
		wh.TargetURL != target || !slices.Equal(wh.Tags, []string{"oauth", "authorizationCode"}) {
		t.Errorf("created = %+v", wh)
	}

	got := h.do(http.MethodGet, "/webhooks/"+wh.ID, "admin", nil)
	if got.Status != http.StatusOK || string(got.Body) != string(created.Body) {
		t.Fatalf("get = %d %s, want %s", got.Status, got.Body, created.Body)
	}

	updated := h.do(http.MethodPatch, "/webhooks/"+wh.ID, "admin",
		map[string]any{"events": []string{EventWorkflowLaunched, EventWorkflowCompleted}})
	if updated.Status != http.StatusOK {
		t.Fatalf("patch events: %d %s", updated.Status, updated.Body)
	}
	assertShape(t, "webhook.json", updated.Body)
	if ev := decode[webhookWire](t, updated.Body).Events; !slices.Equal(ev, []string{EventWorkflowLaunched, EventWorkflowCompleted}) {
		t.Errorf("events after patch = %v", ev)
	}
	moved := h.do(http.MethodPatch, "/webhooks/"+wh.ID, "admin", map[string]any{"targetURL": target + "/v2"})
	if moved.Status != http.StatusOK || decode[webhookWire](t, moved.Body).TargetURL != target+"/v2" {
		t.Fatalf("patch targetURL: %d %s", moved.Status, moved.Body)
	}

	list := h.do(http.MethodGet, "/webhooks?page=0&pageSize=20", "admin", nil)
	if list.Status != http.StatusOK {
		t.Fatalf("list: %d %s", list.Status, list.Body)
	}
	// The fixture has no "count": Ironclad's webhook list omits it.
	assertShape(t, "webhook-list.json", list.Body)

	if other := h.do(http.MethodGet, "/webhooks", "other", nil); strings.Contains(string(other.Body), wh.ID) {
		t.Errorf("another company sees the registration: %s", other.Body)
	}
	expectError(t, h.do(http.MethodGet, "/webhooks/"+wh.ID, "other", nil), http.StatusNotFound, codeNotFound, "id")

	deleted := h.do(http.MethodDelete, "/webhooks/"+wh.ID, "admin", nil)
	if deleted.Status != http.StatusNoContent || len(deleted.Body) != 0 {
		t.Fatalf("delete = %d %q", deleted.Status, deleted.Body)
	}
	gone := h.do(http.MethodGet, "/webhooks/"+wh.ID, "admin", nil)
	expectError(t, gone, http.StatusNotFound, codeNotFound, "id")
	assertShape(t, "error-param.json", gone.Body)
	expectError(t, h.do(http.MethodDelete, "/webhooks/"+wh.ID, "admin", nil), http.StatusNotFound, codeNotFound, "id")
}

func TestListPaginates(t *testing.T) {
	h := newHarness(t, Config{})
	var ids []string
	for _, p := range []string{"a", "b", "c"} {
		ids = append(ids, h.create("https://hooks.tradewind.test/"+p, EventWorkflowLaunched).ID)
	}
	first := decode[listResponse](t, h.do(http.MethodGet, "/webhooks?pageSize=2", "admin", nil).Body)
	second := decode[listResponse](t, h.do(http.MethodGet, "/webhooks?page=1&pageSize=2", "admin", nil).Body)
	if first.Page != 0 || first.PageSize != 2 || len(first.List) != 2 || second.Page != 1 || len(second.List) != 1 {
		t.Fatalf("pages = %+v / %+v", first, second)
	}
	if got := []string{first.List[0].ID, first.List[1].ID, second.List[0].ID}; !slices.Equal(got, ids) {
		t.Errorf("order = %v, want creation order %v", got, ids)
	}
	expectError(t, h.do(http.MethodGet, "/webhooks?pageSize=0", "admin", nil), http.StatusBadRequest, codeInvalidParam, "pageSize")
	expectError(t, h.do(http.MethodGet, "/webhooks?pageSize=101", "admin", nil), http.StatusBadRequest, codeInvalidParam, "pageSize")
	expectError(t, h.do(http.MethodGet, "/webhooks?page=-1", "admin", nil), http.StatusBadRequest, codeInvalidParam, "page")
}

func TestCreateAndUpdateValidation(t *testing.T) {
	h := newHarness(t, Config{})
	url := "https://hooks.tradewind.test/x"
	cases := []struct {
		name        string
		body        any
		code, param string
	}{
		{"missing events", map[string]any{"targetURL": url}, codeMissingParam, "events"},
		{"empty events", map[string]any{"targetURL": url, "events": []string{}}, codeInvalidParam, "events"},
		{"unknown event", map[string]any{"targetURL": url, "events": []string{"workflow_exploded"}}, codeInvalidParam, "events"},
		{"events not a list", map[string]any{"targetURL": url, "events": "workflow_launched"}, codeInvalidParam, "events"},
		{"missing targetURL", map[string]any{"events": []string{"*"}}, codeMissingParam, "targetURL"},
		{"bad status", map[string]any{"targetURL": url, "events": []string{"*"}, "status": "paused"}, codeInvalidParam, "status"},
		{"not JSON", "{nope", codeInvalidParam, "body"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectError(t, h.do(http.MethodPost, "/webhooks", "admin", c.body), http.StatusBadRequest, c.code, c.param)
		})
	}
	e := expectError(t, h.do(http.MethodPost, "/webhooks", "admin", map[string]any{"targetURL": url, "events": []string{"nope"}}),
		http.StatusBadRequest, codeInvalidParam, "events")
	if !strings.HasPrefix(e.Message, "invalid event type; *, workflow_launched,") || !strings.HasSuffix(e.Message, " are acceptable event types") {
		t.Errorf("message = %q", e.Message)
	}

	wh := h.create(url, EventAll)
	expectError(t, h.do(http.MethodPatch, "/webhooks/"+wh.ID, "admin", map[string]any{}), http.StatusBadRequest, codeMissingParam, "")
	expectError(t, h.do(http.MethodPatch, "/webhooks/"+wh.ID, "admin", map[string]any{"status": StatusDisabledBySystem}),
		http.StatusBadRequest, codeInvalidParam, "status")
	expectError(t, h.do(http.MethodPatch, "/webhooks/"+wh.ID, "admin", map[string]any{"targetURL": "http://hooks.tradewind.test"}),
		http.StatusBadRequest, codeInvalidParam, "targetURL")

	disabled := h.do(http.MethodPost, "/webhooks", "admin",
		map[string]any{"targetURL": url + "/off", "events": []string{EventWorkflowLaunched, EventWorkflowLaunched}, "status": StatusDisabled})
	if w := decode[webhookWire](t, disabled.Body); w.Status != StatusDisabled || len(w.Events) != 1 {
		t.Errorf("create disabled = %s", disabled.Body)
	}
}

func TestOneRegistrationPerTargetURL(t *testing.T) {
	h := newHarness(t, Config{})
	url := "https://hooks.tradewind.test/ironclad"
	first := h.create(url, EventWorkflowCompleted)

	dup := h.do(http.MethodPost, "/webhooks", "admin", map[string]any{"targetURL": url, "events": []string{EventWorkflowLaunched}})
	e := expectError(t, dup, http.StatusBadRequest, codeInvalidParam, "tagetURL")
	if want := "webhook already exists for event workflow_completed and target " + url; e.Message != want {
		t.Errorf("message = %q, want %q", e.Message, want)
	}
	assertShape(t, "error-param.json", dup.Body)

	// Another company may register the same URL.
	if resp := h.do(http.MethodPost, "/webhooks", "other", map[string]any{"targetURL": url, "events": []string{"*"}}); resp.Status != http.StatusOK {
		t.Errorf("other company: %d %s", resp.Status, resp.Body)
	}
	// Moving another registration onto the URL is refused too; keeping one's own URL is fine.
	second := h.create(url+"/2", EventWorkflowLaunched)
	expectError(t, h.do(http.MethodPatch, "/webhooks/"+second.ID, "admin", map[string]any{"targetURL": url}),
		http.StatusBadRequest, codeInvalidParam, "tagetURL")
	if resp := h.do(http.MethodPatch, "/webhooks/"+first.ID, "admin", map[string]any{"targetURL": url}); resp.Status != http.StatusOK {
		t.Errorf("patch own URL: %d %s", resp.Status, resp.Body)
	}
	// A disabled registration still holds its URL.
	h.do(http.MethodPatch, "/webhooks/"+first.ID, "admin", map[string]any{"status": StatusDisabled})
	expectError(t, h.do(http.MethodPost, "/webhooks", "admin", map[string]any{"targetURL": url, "events": []string{"*"}}),
		http.StatusBadRequest, codeInvalidParam, "tagetURL")
	h.do(http.MethodDelete, "/webhooks/"+first.ID, "admin", nil)
	h.create(url, EventWorkflowLaunched)
}

func TestTargetURLMustBeHTTPSExceptLoopback(t *testing.T) {
	cases := map[string]bool{
		"https://hooks.tradewind.test/ironclad": true,
		"HTTPS://hooks.tradewind.test":          true,
		"https://10.1.2.3:8443/x":               true,
		"http://127.0.0.1:8080/hooks":           true,
		"http://127.45.6.7/hooks":               true,
		"http://[::1]:9000/hooks":               true,
		"http://localhost:3000/hooks":           true,
		"http://LOCALHOST/hooks":                true,
		"http://hooks.tradewind.test/ironclad":  false,
		"http://10.0.0.1/hooks":                 false,
		"http://localhost.evil.test/hooks":      false,
		"http://127.0.0.1.nip.io/hooks":         false,
		"ftp://localhost/hooks":                 false,
		"https://":                              false,
		"hooks.tradewind.test/ironclad":         false,
		"mailto:ops@tradewind.test":             false,
	}
	for raw, want := range cases {
		if ok, msg := checkTargetURL(raw); ok != want {
			t.Errorf("checkTargetURL(%q) = %v (%s), want %v", raw, ok, msg, want)
		}
	}
	h := newHarness(t, Config{})
	expectError(t, h.do(http.MethodPost, "/webhooks", "admin", map[string]any{"targetURL": "http://hooks.tradewind.test", "events": []string{"*"}}),
		http.StatusBadRequest, codeInvalidParam, "targetURL")
	h.create("http://127.0.0.1:8080/hooks", EventAll)
}

func TestPermissionsAndScopes(t *testing.T) {
	h := newHarness(t, Config{})
	wh := h.create("https://hooks.tradewind.test/p", EventAll)
	endpoints := []struct {
		method, path, scope string
		body                any
	}{
		{http.MethodGet, "/webhooks", ScopeReadWebhooks, nil},
		{http.MethodPost, "/webhooks", ScopeCreateWebhooks, map[string]any{"targetURL": "https://hooks.tradewind.test/q", "events": []string{"*"}}},
		{http.MethodGet, "/webhooks/" + wh.ID, ScopeReadWebhooks, nil},
		{http.MethodPatch, "/webhooks/" + wh.ID, ScopeUpdateWebhooks, map[string]any{"events": []string{EventWorkflowLaunched}}},
		{http.MethodDelete, "/webhooks/" + wh.ID, ScopeDeleteWebhooks, nil},
	}
	for _, ep := range endpoints {
		resp := h.do(ep.method, ep.path, "noapi", ep.body)
		expectError(t, resp, http.StatusForbidden, codeForbidden, "")
		assertShape(t, "error.json", resp.Body)
		for _, s := range allScopes() {
			if s == ep.scope {
				continue
			}
			expectError(t, h.do(ep.method, ep.path, "only:"+s, ep.body), http.StatusForbidden, codeForbidden, "")
		}
	}
	// Each endpoint works with exactly its own scope (DELETE last).
	for _, ep := range endpoints {
		if resp := h.do(ep.method, ep.path, "only:"+ep.scope, ep.body); resp.Status >= 300 {
			t.Errorf("%s %s with %s: %d %s", ep.method, ep.path, ep.scope, resp.Status, resp.Body)
		}
	}
	if resp := h.do(http.MethodGet, "/webhooks/verification-key", "noapi", nil); resp.Status != http.StatusOK {
		t.Errorf("verification key without API Management: %d", resp.Status)
	}
	expectError(t, h.do(http.MethodGet, "/webhooks", "nobody", nil), http.StatusUnauthorized, codeUnauthorized, "")
	expectError(t, h.do(http.MethodPut, "/webhooks/"+wh.ID, "admin", nil), http.StatusNotFound, codeNotFound, "")
	expectError(t, h.do(http.MethodGet, "/webhooks/a/b", "admin", nil), http.StatusNotFound, codeNotFound, "")
}

func TestVerificationKeyIsRecordedPEM(t *testing.T) {
	h := newHarness(t, Config{})
	resp := h.do(http.MethodGet, "/webhooks/verification-key", "admin", nil)
	if resp.Status != http.StatusOK || resp.Header.Get("Content-Type") != "application/x-pem-file; charset=utf-8" {
		t.Fatalf("status %d content-type %q", resp.Status, resp.Header.Get("Content-Type"))
	}
	if len(resp.Body) != 451 || !strings.HasPrefix(string(resp.Body), "-----BEGIN PUBLIC KEY-----\n") {
		t.Errorf("PEM (%d bytes) = %s", len(resp.Body), resp.Body)
	}
	block, _ := pem.Decode(resp.Body)
	if block == nil {
		t.Fatal("no PEM block")
	}
	key, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	if rsaKey, ok := key.(*rsa.PublicKey); !ok || rsaKey.N.BitLen() != 2048 {
		t.Errorf("key = %T, want RSA-2048", key)
	}
}

func TestWriteError(t *testing.T) {
	rec := httptest.NewRecorder()
	WriteError(rec, http.StatusBadRequest, "INVALID_PARAM", "bad <value> & more", "page")
	if got := rec.Body.String(); got != `{"code":"INVALID_PARAM","message":"bad <value> & more","param":"page"}` {
		t.Errorf("body = %s", got)
	}
	if rec.Code != http.StatusBadRequest || rec.Header().Get("Content-Type") != "application/json; charset=utf-8" ||
		rec.Header().Get("X-Ironclad-Requestid") == "" || rec.Header().Get("Cache-Control") != "no-store, no-cache" {
		t.Errorf("status %d headers %v", rec.Code, rec.Header())
	}

	rec = httptest.NewRecorder()
	rec.Header().Set("X-Ironclad-Requestid", "kept")
	WriteError(rec, http.StatusForbidden, "FORBIDDEN", "access forbidden", "")
	if got := rec.Body.String(); got != `{"code":"FORBIDDEN","message":"access forbidden"}` || rec.Header().Get("X-Ironclad-Requestid") != "kept" {
		t.Errorf("body = %s, request id %q", got, rec.Header().Get("X-Ironclad-Requestid"))
	}
}
