package webhooks

import (
	"maps"
	"time"

	"github.com/google/uuid"
)

// Event is something that happened in the sandbox and may be delivered.
type Event struct {
	Type      string // e.g. "workflow_launched"
	CompanyID string
	// Payload holds the event-specific fields of §13.3 (workflowID,
	// templateID, …). The hub adds "event" and builds the envelope.
	Payload map[string]any
}

// envelope is the delivery body of §13.3, fields in the documented order.
type envelope struct {
	CompanyID string         `json:"companyID"`
	Payload   map[string]any `json:"payload"`
	Timestamp string         `json:"timestamp"`
	WebhookID string         `json:"webhookID"`
}

// Publish queues one delivery of ev to every enabled registration of its
// company subscribed to ev.Type or "*". It never blocks on the network:
// sending happens on delivery goroutines. Every delivery of one Publish
// shares one event id, the value of X-Ironclad-Webhook-Event-Id.
func (h *Hub) Publish(ev Event) {
	if ev.Type == EventAll || !isEventType(ev.Type) {
		h.log.Error("webhooks: publish of unknown event type ignored", "type", ev.Type)
		return
	}
	if ev.CompanyID == "" {
		h.log.Error("webhooks: publish without company ignored", "type", ev.Type)
		return
	}
	payload := maps.Clone(ev.Payload)
	if payload == nil {
		payload = map[string]any{}
	}
	payload["event"] = ev.Type
	eventID := uuid.NewString()

	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		h.log.Warn("webhooks: publish after close ignored", "type", ev.Type)
		return
	}
	now := h.now()
	for _, reg := range h.orderedRegsLocked() {
		if reg.CompanyID != ev.CompanyID || reg.Status != StatusEnabled || !reg.subscribedTo(ev.Type) {
			continue
		}
		body, err := marshalCompact(envelope{
			CompanyID: ev.CompanyID,
			Payload:   payload,
			Timestamp: formatTime(now),
			WebhookID: reg.ID,
		})
		if err != nil {
			h.log.Error("webhooks: payload is not JSON", "type", ev.Type, "err", err)
			return
		}
		h.dispatchLocked(&Delivery{
			EventID:        eventID,
			RegistrationID: reg.ID,
			Type:           ev.Type,
			TargetURL:      reg.TargetURL,
			Body:           body,
			PublishedAt:    now,
		})
	}
}

// afterLocked runs fn under the hub lock after delay, unless the hub closes
// first. Timers are tracked so Close can stop them.
func (h *Hub) afterLocked(delay time.Duration, fn func()) {
	var t *time.Timer
	// The callback takes h.mu first, so t is assigned before it is read.
	t = time.AfterFunc(delay, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		delete(h.timers, t)
		if !h.closed {
			fn()
		}
	})
	h.timers[t] = struct{}{}
}
