package webhooks

import (
	"net/http"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

func launched(workflowID string) Event {
	return Event{Type: EventWorkflowLaunched, CompanyID: companyA,
		Payload: map[string]any{"workflowID": workflowID, "templateID": "65a1f3c9e4b0c12d3e4f7777"}}
}

func workflowIDOf(t *testing.T, r received) string {
	t.Helper()
	return decode[envelope](t, r.Body).Payload["workflowID"].(string)
}

func TestDeliveryIsSignedAndVerifiable(t *testing.T) {
	h, rc, wh := launchedTarget(t, Config{}, alwaysStatus(http.StatusOK))

	h.hub.Publish(launched("65a1f3c9e4b0c12d3e4f8888"))
	got := rc.waitCount(t, 1)[0]

	if err := verifyAsReceiver(h.publicKeyPEM(), got); err != nil {
		t.Fatalf("signature does not verify: %v", err)
	}
	tampered := got
	tampered.Body = append(slices.Clone(got.Body[:len(got.Body)-1]), ' ', '}')
	if verifyAsReceiver(h.publicKeyPEM(), tampered) == nil {
		t.Fatal("a tampered body verified")
	}
	assertShape(t, "envelope.json", got.Body)
	assertShape(t, "verification.json", []byte(got.Verification))
	env := decode[envelope](t, got.Body)
	if env.CompanyID != companyA || env.WebhookID != wh.ID || env.Payload["event"] != EventWorkflowLaunched ||
		env.Payload["workflowID"] != "65a1f3c9e4b0c12d3e4f8888" || env.Timestamp != "2026-01-15T09:30:00.123Z" {
		t.Errorf("envelope = %s", got.Body)
	}
	// Compact, JSON.stringify-like bytes in the documented key order.
	want := `{"companyID":"` + companyA + `","payload":{"event":"workflow_launched","templateID":"65a1f3c9e4b0c12d3e4f7777","workflowID":"65a1f3c9e4b0c12d3e4f8888"},"timestamp":"2026-01-15T09:30:00.123Z","webhookID":"` + wh.ID + `"}`
	if string(got.Body) != want {
		t.Errorf("body = %s\nwant  %s", got.Body, want)
	}
	if got.ContentType != "application/json" {
		t.Errorf("content-type = %q", got.ContentType)
	}
	ds := waitSettled(t, h.hub, 1)
	if d := ds[0]; d.EventID != got.EventID || d.RegistrationID != wh.ID || d.Type != EventWorkflowLaunched ||
		!d.Delivered || d.State != DeliveryDelivered || d.LastStatus != http.StatusOK || len(d.Attempts) != 1 {
		t.Errorf("delivery = %+v", d)
	}
}

func TestPublishRoutesByCompanyEventAndStatus(t *testing.T) {
	h := newHarness(t, Config{})
	launchedOnly := newReceiver(t, nil)
	everything := newReceiver(t, nil)
	disabled := newReceiver(t, nil)
	otherCompany := newReceiver(t, nil)
	h.create(launchedOnly.url(), EventWorkflowLaunched)
	h.create(everything.url(), EventAll)
	off := h.create(disabled.url(), EventWorkflowLaunched)
	h.do(http.MethodPatch, "/webhooks/"+off.ID, "admin", map[string]any{"status": StatusDisabled})
	if resp := h.do(http.MethodPost, "/webhooks", "other", map[string]any{"targetURL": otherCompany.url(), "events": []string{"*"}}); resp.Status != http.StatusOK {
		t.Fatalf("other company create: %d", resp.Status)
	}

	h.hub.Publish(launched("wf-1"))
	h.hub.Publish(Event{Type: EventWorkflowCompleted, CompanyID: companyA, Payload: map[string]any{"workflowID": "wf-1", "event": "spoofed"}})
	h.hub.Publish(Event{Type: "workflow_exploded", CompanyID: companyA})
	h.hub.Publish(Event{Type: EventWorkflowLaunched})

	waitSettled(t, h.hub, 3)
	if n := len(launchedOnly.requests()); n != 1 {
		t.Errorf("launched-only receiver got %d", n)
	}
	all := everything.requests()
	if len(all) != 2 {
		t.Fatalf("'*' receiver got %d", len(all))
	}
	// One registration receives its deliveries in publish order; the hub sets "event".
	if a, b := decode[envelope](t, all[0].Body), decode[envelope](t, all[1].Body); a.Payload["event"] != EventWorkflowLaunched || b.Payload["event"] != EventWorkflowCompleted {
		t.Errorf("order/events = %v, %v", a.Payload, b.Payload)
	}
	if len(disabled.requests()) != 0 || len(otherCompany.requests()) != 0 {
		t.Error("disabled or other-company registration received a delivery")
	}
	// Every registration gets the same event id for one event.
	if launchedOnly.requests()[0].EventID != all[0].EventID {
		t.Error("event id differs between registrations")
	}
}

func TestRetriesWithBackoffUntilSuccess(t *testing.T) {
	h := newHarness(t, Config{RetrySchedule: []time.Duration{time.Millisecond, 2 * time.Millisecond, 4 * time.Millisecond, 8 * time.Millisecond, 16 * time.Millisecond}})
	statuses := []int{http.StatusInternalServerError, http.StatusServiceUnavailable, http.StatusTooManyRequests}
	rc := newReceiver(t, func(n int, _ *http.Request) int {
		if n <= len(statuses) {
			return statuses[n-1]
		}
		return http.StatusOK
	})
	wh := h.create(rc.url(), EventWorkflowLaunched)
	h.hub.Publish(launched("wf-retry"))

	d := waitSettled(t, h.hub, 1)[0]
	var got []int
	for _, a := range d.Attempts {
		got = append(got, a.Status)
	}
	if want := append(slices.Clone(statuses), http.StatusOK); !slices.Equal(got, want) || !d.Delivered {
		t.Fatalf("attempt statuses = %v, want %v (delivery %+v)", got, want, d)
	}
	reqs := rc.requests()
	pemBytes := h.publicKeyPEM()
	nonces := map[string]bool{}
	for _, r := range reqs {
		if r.EventID != d.EventID || string(r.Body) != string(reqs[0].Body) {
			t.Errorf("retry changed event id or body: %s %s", r.EventID, r.Body)
		}
		if err := verifyAsReceiver(pemBytes, r); err != nil {
			t.Errorf("retry signature: %v", err)
		}
		nonces[nonceOf(t, r)] = true
	}
	if len(nonces) != len(reqs) {
		t.Errorf("nonces reused across attempts: %d distinct of %d", len(nonces), len(reqs))
	}
	if reg := h.registration(wh.ID); reg.ConsecutiveFailureCount != 0 || !reg.FirstConsecutiveFailure.IsZero() {
		t.Errorf("success did not reset the failure streak: %+v", reg)
	}
}

func TestExhaustedRetriesCountFailures(t *testing.T) {
	h := newHarness(t, Config{RetrySchedule: []time.Duration{time.Millisecond, time.Millisecond}})
	var healthy atomic.Bool
	rc := newReceiver(t, func(int, *http.Request) int {
		if healthy.Load() {
			return http.StatusOK
		}
		return http.StatusBadGateway
	})
	wh := h.create(rc.url(), EventWorkflowLaunched)
	h.hub.Publish(launched("wf-fail"))

	d := waitSettled(t, h.hub, 1)[0]
	if d.State != DeliveryFailed || d.Delivered || len(d.Attempts) != 3 || d.LastStatus != http.StatusBadGateway {
		t.Fatalf("delivery = %+v", d)
	}
	resp := h.do(http.MethodGet, "/webhooks/"+wh.ID, "admin", nil)
	assertShape(t, "webhook-failing.json", resp.Body)
	if w := decode[webhookWire](t, resp.Body); w.ConsecutiveFailureCount != 3 || w.Status != StatusEnabled ||
		!timestampPattern.MatchString(w.FirstConsecutiveFailure) {
		t.Errorf("after 3 failures: %+v", w)
	}

	healthy.Store(true)
	h.hub.Publish(launched("wf-ok"))
	waitSettled(t, h.hub, 2)
	resp = h.do(http.MethodGet, "/webhooks/"+wh.ID, "admin", nil)
	assertShape(t, "webhook.json", resp.Body)
	if w := decode[webhookWire](t, resp.Body); w.ConsecutiveFailureCount != 0 {
		t.Errorf("after success: %+v", w)
	}
}

func TestTransportErrorIsAFailure(t *testing.T) {
	h, rc, wh := launchedTarget(t, Config{RetrySchedule: []time.Duration{}}, nil)
	rc.srv.Close() // nothing listens any more
	h.hub.Publish(launched("wf-down"))
	d := waitSettled(t, h.hub, 1)[0]
	if d.State != DeliveryFailed || len(d.Attempts) != 1 || d.Attempts[0].Status != 0 || d.Attempts[0].Error == "" {
		t.Errorf("delivery = %+v", d)
	}
	if reg := h.registration(wh.ID); reg.ConsecutiveFailureCount != 1 {
		t.Errorf("failures = %d", reg.ConsecutiveFailureCount)
	}
}

func TestGoneDisablesAtOnce(t *testing.T) {
	h, rc, wh := launchedTarget(t, Config{RetrySchedule: []time.Duration{time.Millisecond, time.Millisecond, time.Millisecond}}, alwaysStatus(http.StatusGone))
	h.hub.Publish(launched("wf-gone"))

	d := waitSettled(t, h.hub, 1)[0]
	if d.State != DeliveryFailed || len(d.Attempts) != 1 || d.LastStatus != http.StatusGone {
		t.Fatalf("delivery = %+v", d)
	}
	reg := h.registration(wh.ID)
	if reg.Status != StatusDisabledBySystem || reg.StatusLastUpdatedBy != "system" || reg.ConsecutiveFailureCount != 0 {
		t.Errorf("registration = %+v", reg)
	}
	h.hub.Publish(launched("wf-after"))
	if n := len(h.hub.Deliveries()); n != 1 {
		t.Errorf("a disabled registration got %d deliveries", n)
	}
	if n := len(rc.requests()); n != 1 {
		t.Errorf("receiver got %d requests, want 1", n)
	}
}

// zeroDelays gives n immediate retries, enough to reach the threshold fast.
func zeroDelays(n int) []time.Duration { return make([]time.Duration, n) }

func TestAutoDisableAfterHundredFailuresOverSevenDays(t *testing.T) {
	h := newHarness(t, Config{RetrySchedule: zeroDelays(150)})
	rc := newReceiver(t, func(n int, _ *http.Request) int {
		if n == 50 {
			h.clock.Advance(8 * 24 * time.Hour) // the streak now spans more than 7 days
		}
		return http.StatusInternalServerError
	})
	wh := h.create(rc.url(), EventWorkflowLaunched)
	h.hub.Publish(launched("wf-dead"))

	d := waitSettled(t, h.hub, 1)[0]
	reg := h.registration(wh.ID)
	if reg.Status != StatusDisabledBySystem || reg.StatusLastUpdatedBy != "system" || reg.ConsecutiveFailureCount != 100 {
		t.Fatalf("registration = %+v", reg)
	}
	if len(d.Attempts) != 100 || len(rc.requests()) != 100 || d.State != DeliveryFailed {
		t.Errorf("attempts = %d, requests = %d, state %s; want 100 and failed", len(d.Attempts), len(rc.requests()), d.State)
	}
	wire := decode[webhookWire](t, h.do(http.MethodGet, "/webhooks/"+wh.ID, "admin", nil).Body)
	if wire.Status != StatusDisabledBySystem || wire.FirstConsecutiveFailure != "2026-01-15T09:30:00.123Z" {
		t.Errorf("wire = %+v", wire)
	}
}

func TestHundredFailuresWithinSevenDaysStayEnabled(t *testing.T) {
	h, rc, wh := launchedTarget(t, Config{RetrySchedule: zeroDelays(119)}, alwaysStatus(http.StatusInternalServerError))
	h.hub.Publish(launched("wf-flaky"))

	d := waitSettled(t, h.hub, 1)[0]
	reg := h.registration(wh.ID)
	if len(d.Attempts) != 120 || len(rc.requests()) != 120 || reg.Status != StatusEnabled || reg.ConsecutiveFailureCount != 120 {
		t.Errorf("attempts %d, requests %d, registration %+v", len(d.Attempts), len(rc.requests()), reg)
	}
}

func TestDisableBySystemAndReenable(t *testing.T) {
	h, rc, wh := launchedTarget(t, Config{}, nil)

	if err := h.hub.DisableBySystem(wh.ID); err != nil {
		t.Fatal(err)
	}
	if err := h.hub.DisableBySystem("65a1f3c9e4b0c12d3e4fffff"); err != ErrNotFound {
		t.Errorf("unknown id: %v", err)
	}
	wire := decode[webhookWire](t, h.do(http.MethodGet, "/webhooks/"+wh.ID, "admin", nil).Body)
	if wire.Status != StatusDisabledBySystem || wire.StatusLastUpdatedBy != "system" {
		t.Errorf("after DisableBySystem: %+v", wire)
	}
	h.hub.Publish(launched("wf-skipped"))
	if n := len(h.hub.Deliveries()); n != 0 {
		t.Errorf("disabled registration got %d deliveries", n)
	}

	resp := h.do(http.MethodPatch, "/webhooks/"+wh.ID, "admin", map[string]any{"status": StatusEnabled})
	if w := decode[webhookWire](t, resp.Body); w.Status != StatusEnabled || w.StatusLastUpdatedBy != adminUser {
		t.Errorf("re-enabled: %s", resp.Body)
	}
	h.hub.Publish(launched("wf-back"))
	if got := rc.waitCount(t, 1); workflowIDOf(t, got[0]) != "wf-back" {
		t.Errorf("delivered %s", got[0].Body)
	}
	if regs := h.hub.Registrations(companyA); len(regs) != 1 || regs[0].ID != wh.ID {
		t.Errorf("Registrations(companyA) = %+v", regs)
	}
	if regs := h.hub.Registrations(companyB); len(regs) != 0 {
		t.Errorf("Registrations(companyB) = %+v", regs)
	}
}

func TestDeletedRegistrationAbandonsPendingRetries(t *testing.T) {
	h := newHarness(t, Config{RetrySchedule: []time.Duration{time.Millisecond, time.Millisecond}})
	deleted := make(chan struct{})
	rc := newReceiver(t, func(int, *http.Request) int {
		<-deleted // answer the first attempt only once the registration is gone
		return http.StatusInternalServerError
	})
	wh := h.create(rc.url(), EventWorkflowLaunched)
	h.hub.Publish(launched("wf-1"))
	rc.waitCount(t, 1)
	h.do(http.MethodDelete, "/webhooks/"+wh.ID, "admin", nil)
	close(deleted)

	d := waitSettled(t, h.hub, 1)[0]
	if d.State != DeliveryAbandoned || len(d.Attempts) != 1 || len(rc.requests()) != 1 {
		t.Errorf("delivery = %+v, requests %d", d, len(rc.requests()))
	}
}

func TestCloseStopsDeliveries(t *testing.T) {
	h := newHarness(t, Config{RetrySchedule: []time.Duration{time.Hour}})
	arrived := make(chan struct{}, 1)
	failing := newReceiver(t, alwaysStatus(http.StatusInternalServerError))
	blocking := newReceiver(t, func(_ int, r *http.Request) int {
		arrived <- struct{}{}
		<-r.Context().Done() // hang until the hub aborts the request
		return http.StatusOK
	})
	h.create(failing.url(), EventAll)
	h.create(blocking.url(), EventAll)
	h.hub.Publish(launched("wf-1"))
	<-arrived
	waitFor(t, "retry scheduled", func() bool { return len(h.hub.Deliveries()[0].Attempts) == 1 })

	closed := make(chan error)
	go func() { closed <- h.hub.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Close did not return")
	}
	h.hub.Publish(launched("wf-2"))
	if n := len(h.hub.Deliveries()); n != 2 {
		t.Errorf("deliveries after close = %d, want 2", n)
	}
	if n := len(failing.requests()); n != 1 {
		t.Errorf("failing receiver got %d requests after close, want 1", n)
	}
}

func TestDefaultRetrySchedule(t *testing.T) {
	s := DefaultRetrySchedule()
	var total time.Duration
	for i, d := range s {
		if i > 0 && d != 2*s[i-1] {
			t.Errorf("delay %d = %v, not double %v", i, d, s[i-1])
		}
		total += d
	}
	if len(s) != 10 || s[0] != 48*time.Second || total.Round(6*time.Minute) != 13*time.Hour+36*time.Minute {
		t.Errorf("schedule %v sums to %v, want 10 retries over ~13.6 h", s, total)
	}
	if _, err := New(Config{RetrySchedule: []time.Duration{-time.Second}}); err == nil {
		t.Error("negative delay accepted")
	}
}
