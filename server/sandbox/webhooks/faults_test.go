package webhooks

import (
	"slices"
	"testing"
	"time"
)

func deliveredWorkflows(t *testing.T, rs []received) []string {
	t.Helper()
	var out []string
	for _, r := range rs {
		out = append(out, workflowIDOf(t, r))
	}
	return out
}

func states(ds []Delivery) []DeliveryState {
	var out []DeliveryState
	for _, d := range ds {
		out = append(out, d.State)
	}
	return out
}

func TestFaultDropNext(t *testing.T) {
	h, rc, _ := launchedTarget(t, Config{}, nil)

	h.hub.SetFaults(Faults{DropNext: 2})
	for _, id := range []string{"wf-1", "wf-2", "wf-3"} {
		h.hub.Publish(launched(id))
	}
	ds := waitSettled(t, h.hub, 3)
	if got := states(ds); !slices.Equal(got, []DeliveryState{DeliveryDropped, DeliveryDropped, DeliveryDelivered}) {
		t.Errorf("states = %v", got)
	}
	if got := deliveredWorkflows(t, rc.requests()); !slices.Equal(got, []string{"wf-3"}) {
		t.Errorf("received %v", got)
	}
	if left := h.hub.Faults().DropNext; left != 0 {
		t.Errorf("DropNext left = %d", left)
	}
}

func TestFaultDropRate(t *testing.T) {
	h, rc, _ := launchedTarget(t, Config{}, nil)

	h.hub.SetFaults(Faults{DropRate: 1})
	h.hub.Publish(launched("wf-lost-1"))
	h.hub.Publish(launched("wf-lost-2"))
	h.hub.SetFaults(Faults{})
	h.hub.Publish(launched("wf-kept"))

	ds := waitSettled(t, h.hub, 3)
	if got := states(ds); !slices.Equal(got, []DeliveryState{DeliveryDropped, DeliveryDropped, DeliveryDelivered}) {
		t.Errorf("states = %v", got)
	}
	if got := deliveredWorkflows(t, rc.requests()); !slices.Equal(got, []string{"wf-kept"}) {
		t.Errorf("received %v", got)
	}
}

func TestFaultDuplicate(t *testing.T) {
	h, rc, _ := launchedTarget(t, Config{}, nil)

	h.hub.SetFaults(Faults{Duplicate: true})
	h.hub.Publish(launched("wf-twice"))
	got := rc.waitCount(t, 2)
	ds := waitSettled(t, h.hub, 2)

	if got[0].EventID != got[1].EventID || string(got[0].Body) != string(got[1].Body) {
		t.Errorf("duplicate differs: %s / %s", got[0].Body, got[1].Body)
	}
	if nonceOf(t, got[0]) == nonceOf(t, got[1]) {
		t.Error("duplicate reused the nonce")
	}
	pemBytes := h.publicKeyPEM()
	for _, r := range got {
		if err := verifyAsReceiver(pemBytes, r); err != nil {
			t.Errorf("duplicate signature: %v", err)
		}
	}
	if ds[0].Duplicate || !ds[1].Duplicate || !ds[0].Delivered || !ds[1].Delivered {
		t.Errorf("deliveries = %+v", ds)
	}
}

func TestFaultDelay(t *testing.T) {
	h, rc, _ := launchedTarget(t, Config{}, nil)

	// A delivery delayed by an hour is overtaken by one published later.
	h.hub.SetFaults(Faults{Delay: time.Hour})
	h.hub.Publish(launched("wf-late"))
	if d := h.hub.Deliveries()[0]; d.State != DeliveryDelayed || len(d.Attempts) != 0 {
		t.Fatalf("delayed delivery = %+v", d)
	}
	h.hub.SetFaults(Faults{})
	h.hub.Publish(launched("wf-prompt"))
	rc.waitCount(t, 1)
	if got := deliveredWorkflows(t, rc.requests()); !slices.Equal(got, []string{"wf-prompt"}) {
		t.Errorf("received %v", got)
	}
	if d := h.hub.Deliveries()[0]; d.State != DeliveryDelayed {
		t.Errorf("late delivery state = %s", d.State)
	}

	// A short delay still delivers.
	h.hub.SetFaults(Faults{Delay: 5 * time.Millisecond})
	h.hub.Publish(launched("wf-short"))
	rc.waitCount(t, 2)
	if got := deliveredWorkflows(t, rc.requests()); got[1] != "wf-short" {
		t.Errorf("received %v", got)
	}
}

func TestFaultReorder(t *testing.T) {
	h, rc, _ := launchedTarget(t, Config{}, nil)

	h.hub.SetFaults(Faults{Reorder: true})
	for _, id := range []string{"wf-1", "wf-2", "wf-3"} {
		h.hub.Publish(launched(id))
	}
	if got := states(h.hub.Deliveries()); !slices.Equal(got, []DeliveryState{DeliveryHeld, DeliveryHeld, DeliveryHeld}) {
		t.Fatalf("states while held = %v", got)
	}
	h.hub.SetFaults(Faults{})
	got := rc.waitCount(t, 3)
	if ids := deliveredWorkflows(t, got); !slices.Equal(ids, []string{"wf-3", "wf-2", "wf-1"}) {
		t.Errorf("released order = %v, want reverse publish order", ids)
	}
	waitSettled(t, h.hub, 3)
}
