package webhooks

import (
	"encoding/json"
	"net/http"
	"testing"
)

func TestSnapshotRestore(t *testing.T) {
	src := newHarness(t, Config{})
	rc := newReceiver(t, nil)
	first := src.create(rc.url(), EventWorkflowLaunched, EventWorkflowCompleted)
	second := src.create("https://hooks.tradewind.test/second", EventAll)
	if err := src.hub.DisableBySystem(second.ID); err != nil {
		t.Fatal(err)
	}
	snap, err := src.hub.Snapshot()
	if err != nil {
		t.Fatal(err)
	}

	dst := newHarness(t, Config{})
	if err := dst.hub.Restore(snap); err != nil {
		t.Fatalf("Restore: %v", err)
	}
	want, _ := json.Marshal(src.hub.Registrations(""))
	got, _ := json.Marshal(dst.hub.Registrations(""))
	if string(got) != string(want) {
		t.Errorf("registrations after restore:\n got %s\nwant %s", got, want)
	}
	if string(dst.publicKeyPEM()) != string(src.publicKeyPEM()) {
		t.Error("verification key changed across restore")
	}
	list := decode[listResponse](t, dst.do(http.MethodGet, "/webhooks", "admin", nil).Body)
	if len(list.List) != 2 || list.List[0].ID != first.ID || list.List[1].Status != StatusDisabledBySystem {
		t.Errorf("list after restore = %+v", list)
	}
	// The restored key signs; a receiver holding the old PEM still verifies.
	dst.hub.Publish(launched("wf-restored"))
	if err := verifyAsReceiver(src.publicKeyPEM(), rc.waitCount(t, 1)[0]); err != nil {
		t.Errorf("signature after restore: %v", err)
	}
	// URL uniqueness survives the restore.
	expectError(t, dst.do(http.MethodPost, "/webhooks", "admin", map[string]any{"targetURL": rc.url(), "events": []string{"*"}}),
		http.StatusBadRequest, codeInvalidParam, "tagetURL")
}

func TestRestoreRejectsBadSnapshots(t *testing.T) {
	h := newHarness(t, Config{})
	good, err := h.hub.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	var s snapshot
	if err := json.Unmarshal(good, &s); err != nil {
		t.Fatal(err)
	}
	mutate := func(f func(*snapshot)) []byte {
		c := s
		c.Registrations = []Registration{{ID: "a", CompanyID: companyA, TargetURL: "https://x.test", Events: []string{"*"}, Status: StatusEnabled}}
		f(&c)
		raw, _ := json.Marshal(c)
		return raw
	}
	bad := map[string][]byte{
		"not JSON":      []byte("{"),
		"version":       mutate(func(c *snapshot) { c.Version = 2 }),
		"key":           mutate(func(c *snapshot) { c.PrivateKeyPEM = "nope" }),
		"status":        mutate(func(c *snapshot) { c.Registrations[0].Status = "paused" }),
		"event":         mutate(func(c *snapshot) { c.Registrations[0].Events = []string{"nope"} }),
		"duplicate ids": mutate(func(c *snapshot) { c.Registrations = append(c.Registrations, c.Registrations[0]) }),
	}
	for name, raw := range bad {
		if err := h.hub.Restore(raw); err == nil {
			t.Errorf("%s: Restore accepted a bad snapshot", name)
		}
	}
	if err := h.hub.Restore(mutate(func(*snapshot) {})); err != nil {
		t.Errorf("valid snapshot refused: %v", err)
	}
}
