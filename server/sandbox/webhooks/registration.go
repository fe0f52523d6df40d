package webhooks

import (
	"slices"
	"time"
)

// Registration statuses (WebhookModel.status) and the statusLastUpdatedBy
// value Ironclad uses when it, not a user, changed the status.
const (
	StatusEnabled          = "enabled"
	StatusDisabled         = "disabled"
	StatusDisabledBySystem = "disabledBySystem"
	updatedBySystem        = "system"
)

// Registration is one webhook registration. The JSON tags are the snapshot
// format; the API answers use webhookWire, whose timestamps are Ironclad's
// millisecond strings.
type Registration struct {
	ID                      string    `json:"id"`
	CompanyID               string    `json:"companyId"`
	Events                  []string  `json:"events"`
	TargetURL               string    `json:"targetURL"`
	Tags                    []string  `json:"tags"`
	Status                  string    `json:"status"`
	StatusLastUpdatedAt     time.Time `json:"statusLastUpdatedAt"`
	StatusLastUpdatedBy     string    `json:"statusLastUpdatedBy"`
	ConsecutiveFailureCount int       `json:"consecutiveFailureCount"`
	FirstConsecutiveFailure time.Time `json:"firstConsecutiveFailure,omitzero"`
}

func (r *Registration) clone() Registration {
	c := *r
	c.Events = slices.Clone(r.Events)
	c.Tags = slices.Clone(r.Tags)
	return c
}

func (r *Registration) subscribedTo(eventType string) bool {
	return slices.Contains(r.Events, eventType) || slices.Contains(r.Events, EventAll)
}

// setStatus records who changed the status and when, as Ironclad's
// statusLastUpdatedAt/By do. Re-enabling starts the failure streak afresh.
func (r *Registration) setStatus(status, by string, now time.Time) {
	if r.Status == status {
		return
	}
	r.Status = status
	r.StatusLastUpdatedAt = now
	r.StatusLastUpdatedBy = by
	if status == StatusEnabled {
		r.ConsecutiveFailureCount = 0
		r.FirstConsecutiveFailure = time.Time{}
	}
}

// webhookWire is the recorded WebhookModel, fields in the recorded order.
type webhookWire struct {
	ID                      string   `json:"id"`
	Events                  []string `json:"events"`
	TargetURL               string   `json:"targetURL"`
	CompanyID               string   `json:"companyId"`
	Tags                    []string `json:"tags"`
	Status                  string   `json:"status"`
	StatusLastUpdatedAt     string   `json:"statusLastUpdatedAt"`
	StatusLastUpdatedBy     string   `json:"statusLastUpdatedBy"`
	ConsecutiveFailureCount int      `json:"consecutiveFailureCount"`
	FirstConsecutiveFailure string   `json:"firstConsecutiveFailure,omitempty"`
}

func (r *Registration) wire() webhookWire {
	w := webhookWire{
		ID:                      r.ID,
		Events:                  slices.Clone(r.Events),
		TargetURL:               r.TargetURL,
		CompanyID:               r.CompanyID,
		Tags:                    slices.Clone(r.Tags),
		Status:                  r.Status,
		StatusLastUpdatedAt:     formatTime(r.StatusLastUpdatedAt),
		StatusLastUpdatedBy:     r.StatusLastUpdatedBy,
		ConsecutiveFailureCount: r.ConsecutiveFailureCount,
	}
	if w.Tags == nil {
		w.Tags = []string{}
	}
	if !r.FirstConsecutiveFailure.IsZero() {
		w.FirstConsecutiveFailure = formatTime(r.FirstConsecutiveFailure)
	}
	return w
}

// formatTime renders Ironclad's timestamps: UTC ISO-8601 with milliseconds.
func formatTime(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}
