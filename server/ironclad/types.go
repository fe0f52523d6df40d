package ironclad

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"time"
)

// Time is a timestamp that decodes whatever Ironclad sends for one: ISO-8601
// (with or without milliseconds), null, "" or epoch milliseconds. A bad
// timestamp on one field should not fail a whole page of workflows.
type Time struct{ time.Time }

func (t *Time) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" || string(b) == `""` || len(b) == 0 {
		t.Time = time.Time{}
		return nil
	}
	if b[0] != '"' {
		ms, err := strconv.ParseInt(string(b), 10, 64)
		if err != nil {
			return fmt.Errorf("ironclad: timestamp %s: %w", b, err)
		}
		t.Time = time.UnixMilli(ms).UTC()
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	parsed, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("ironclad: timestamp %q: %w", s, err)
	}
	t.Time = parsed
	return nil
}

func (t Time) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(formatTime(t.Time))
}

// formatTime writes timestamps the way Ironclad does: UTC, milliseconds.
func formatTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z07:00") }

// PageParams select one page of a list. Zero values let Ironclad choose
// (page 0, 20 items).
type PageParams struct {
	Page     int
	PageSize int // 1–100
}

func (p PageParams) apply(q url.Values) url.Values {
	if q == nil {
		q = url.Values{}
	}
	if p.Page > 0 {
		q.Set("page", strconv.Itoa(p.Page))
	}
	if p.PageSize > 0 {
		q.Set("pageSize", strconv.Itoa(p.PageSize))
	}
	return q
}

// Page is one page of a list. Count is the total across pages; the webhook
// list omits it (API.md §3).
type Page[T any] struct {
	Page     int `json:"page"`
	PageSize int `json:"pageSize"`
	Count    int `json:"count"`
	List     []T `json:"list"`
}

// More reports whether a next page exists. Without a count, a full page is
// taken to mean there may be more.
func (p *Page[T]) More() bool {
	if p.Count > 0 {
		return (p.Page+1)*p.PageSize < p.Count
	}
	return p.PageSize > 0 && len(p.List) >= p.PageSize
}

// Attributes are a workflow's values keyed by attribute id, kept as raw JSON
// because their shape depends on the attribute's type (API.md §5.3).
type Attributes map[string]json.RawMessage

// String returns a string attribute; ok is false when it is absent or not a string.
func (a Attributes) String(id string) (s string, ok bool) {
	raw, present := a[id]
	if !present {
		return "", false
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false
	}
	return s, true
}

// Decode decodes one attribute into v.
func (a Attributes) Decode(id string, v any) error {
	raw, ok := a[id]
	if !ok {
		return fmt.Errorf("ironclad: attribute %q is not set", id)
	}
	return json.Unmarshal(raw, v)
}

// State values of a workflow's approvals and signatures.
const (
	StateNotStarted    = "not_started"
	StateInProgress    = "in_progress"
	StateCompleted     = "completed"
	StateNotApplicable = "not_applicable"
)

// WorkflowState is the approvals or signatures summary of a workflow.
type WorkflowState struct {
	State   string `json:"state"`
	URL     string `json:"url,omitempty"`
	Message string `json:"message,omitempty"`
}

// UnmarshalJSON folds the spec's spellings into one: signatures use
// "complete" in one schema and "completed" in another, and one example
// spells "in_progess" (API.md §18).
func (s *WorkflowState) UnmarshalJSON(b []byte) error {
	type plain WorkflowState
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	switch p.State {
	case "complete":
		p.State = StateCompleted
	case "in_progess":
		p.State = StateInProgress
	}
	*s = WorkflowState(p)
	return nil
}

// Role is a workflow role (owner, approver…, signer…) and who holds it.
type Role struct {
	ID          string     `json:"id"`
	DisplayName string     `json:"displayName"`
	Assignees   []Assignee `json:"assignees"`
}

// Assignee is a user holding a role.
type Assignee struct {
	UserName string `json:"userName"`
	UserID   string `json:"userId"`
	Email    string `json:"email"`
}

// Author values of Author.Type.
const (
	AuthorInternalUser = "internalUser"
	AuthorExternalUser = "externalUser"
	AuthorIntegration  = "integration"
	AuthorSystem       = "system"
)

// Author wrote a comment or last changed a document.
type Author struct {
	Type        string `json:"type"`
	DisplayName string `json:"displayName"`
	Email       string `json:"email,omitempty"`
	UserID      string `json:"userId,omitempty"`
	CompanyName string `json:"companyName,omitempty"`
}
