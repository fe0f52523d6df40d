package core

import (
	"time"

	"tradewind/server/sandbox/webhooks"
)

// Txn is one state change in progress: the state, the time it happens at,
// and the webhook events it causes.
type Txn struct {
	s         *Sim
	St        *State
	Now       time.Time
	companyID string
	events    []webhooks.Event
}

// loggedEvent is an emitted event as the control API shows it.
type loggedEvent struct {
	Type    string         `json:"type"`
	Time    string         `json:"time"`
	Payload map[string]any `json:"payload"`
}

const maxLoggedEvents = 1000

// emit records a webhook event about w and marks w updated. The payload is
// {event, workflowID, templateID, userID} plus extra fields (API.md §13.3;
// the hub adds "event").
func (tx *Txn) emit(eventType string, w *Workflow, actorID string, extra ...JSONField) {
	w.LastUpdated = tx.Now
	payload := map[string]any{"workflowID": w.ID, "templateID": w.TemplateID}
	if actorID != "" {
		payload["userID"] = actorID
	}
	for _, f := range extra {
		payload[f.Key] = f.Value
	}
	tx.events = append(tx.events, webhooks.Event{Type: eventType, CompanyID: tx.companyID, Payload: payload})
}

// publish hands an event to the webhooks hub and keeps it in the event log.
func (s *Sim) publish(ev webhooks.Event) {
	s.Hub.Publish(ev)
	payload := map[string]any{"event": ev.Type}
	for k, v := range ev.Payload {
		payload[k] = v
	}
	s.eventsMu.Lock()
	s.events = append(s.events, loggedEvent{Type: ev.Type, Time: ISOTime(s.Now()), Payload: payload})
	if len(s.events) > maxLoggedEvents {
		s.events = s.events[len(s.events)-maxLoggedEvents:]
	}
	s.eventsMu.Unlock()
	s.Log.Debug("event", "type", ev.Type, "workflowID", ev.Payload["workflowID"])
}

func (s *Sim) LoggedEvents() []loggedEvent {
	s.eventsMu.Lock()
	defer s.eventsMu.Unlock()
	return append([]loggedEvent{}, s.events...)
}
