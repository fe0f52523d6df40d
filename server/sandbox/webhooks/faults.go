package webhooks

import (
	"math/rand/v2"
	"time"
)

// Faults disturbs deliveries so Tradewind's receiver can be tested against
// an unreliable Ironclad. They apply to deliveries published after SetFaults
// (Reorder: to deliveries becoming ready while it is on).
type Faults struct {
	// DropRate is the probability (0..1) that a delivery is lost: never
	// sent, recorded as DeliveryDropped.
	DropRate float64
	// DropNext loses the next N deliveries; it counts down as they go.
	DropNext int
	// Duplicate sends every delivery twice: a second, independent delivery
	// with the same event id and body (fresh nonce and signature).
	Duplicate bool
	// Delay postpones the first attempt of every delivery by this long.
	Delay time.Duration
	// Reorder holds deliveries back instead of sending them; turning it off
	// releases the held ones newest first (reverse publish order).
	Reorder bool
}

// SetFaults replaces the active faults. Switching Reorder off releases the
// deliveries it held, in reverse order.
func (h *Hub) SetFaults(f Faults) {
	f.DropRate = min(max(f.DropRate, 0), 1)
	f.DropNext = max(f.DropNext, 0)
	f.Delay = max(f.Delay, 0)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.faults = f
	h.log.Info("webhook faults set", "dropRate", f.DropRate, "dropNext", f.DropNext,
		"duplicate", f.Duplicate, "delay", f.Delay, "reorder", f.Reorder)
	if f.Reorder || len(h.held) == 0 {
		return
	}
	held := h.held
	h.held = nil
	for i := len(held) - 1; i >= 0; i-- {
		h.enqueueLocked(held[i])
	}
}

// Faults returns the active faults, with DropNext as far as it has counted
// down.
func (h *Hub) Faults() Faults {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.faults
}

// dispatchLocked records a new delivery and sends it on its way through the
// faults: drop, duplicate, delay, then (when ready) reorder.
func (h *Hub) dispatchLocked(d *Delivery) {
	h.recordLocked(d)
	f := &h.faults
	if f.DropNext > 0 || (f.DropRate > 0 && rand.Float64() < f.DropRate) {
		if f.DropNext > 0 {
			f.DropNext--
		}
		d.State = DeliveryDropped
		h.log.Info("webhook delivery dropped by fault", "eventID", d.EventID, "webhookID", d.RegistrationID, "type", d.Type)
		return
	}
	copies := []*Delivery{d}
	if f.Duplicate {
		dup := &Delivery{
			EventID:        d.EventID,
			RegistrationID: d.RegistrationID,
			Type:           d.Type,
			TargetURL:      d.TargetURL,
			Body:           d.Body,
			PublishedAt:    d.PublishedAt,
			Duplicate:      true,
		}
		h.recordLocked(dup)
		copies = append(copies, dup)
	}
	for _, c := range copies {
		if f.Delay > 0 {
			c.State = DeliveryDelayed
			h.afterLocked(f.Delay, func() { h.readyLocked(c) })
			continue
		}
		h.readyLocked(c)
	}
}

// readyLocked queues a delivery for its first attempt, or holds it while
// Reorder is on.
func (h *Hub) readyLocked(d *Delivery) {
	if h.faults.Reorder {
		d.State = DeliveryHeld
		h.held = append(h.held, d)
		return
	}
	h.enqueueLocked(d)
}
