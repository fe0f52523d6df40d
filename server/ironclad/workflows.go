package ironclad

import (
	"context"
	"iter"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Workflow steps and statuses.
const (
	StepCreate   = "Create"
	StepReview   = "Review"
	StepSign     = "Sign"
	StepArchive  = "Archive"
	StepComplete = "Complete"

	StatusActive    = "active"
	StatusPaused    = "paused"
	StatusCompleted = "completed"
	StatusCancelled = "cancelled"
)

// Workflow is a launched contract workflow (API.md §6.1).
type Workflow struct {
	ID         string `json:"id"`
	IroncladID string `json:"ironcladId"` // IC-n, accepted wherever an id is
	Title      string `json:"title"`
	Template   string `json:"template"`
	Step       string `json:"step"`
	Status     string `json:"status"`
	// Schema describes the workflow's properties; its ReadOnly flags are
	// unreliable (true even for fields PATCH edits in Review).
	Schema               Schema        `json:"schema"`
	Attributes           Attributes    `json:"attributes"`
	IsCancelled          bool          `json:"isCancelled"` // deprecated mirror of Status
	IsComplete           bool          `json:"isComplete"`  // deprecated mirror of Status
	Creator              *User         `json:"creator,omitempty"`
	Created              Time          `json:"created"`
	LastUpdated          Time          `json:"lastUpdated"`
	Roles                []Role        `json:"roles"`
	Approvals            WorkflowState `json:"approvals"`
	Signatures           WorkflowState `json:"signatures"`
	RecordIDs            []string      `json:"recordIds,omitempty"`
	IsRevertibleToReview bool          `json:"isRevertibleToReview"`
}

// User is an Ironclad user as a workflow's creator.
type User struct {
	ID          string `json:"id"`
	DisplayName string `json:"displayName"`
	Email       string `json:"email"`
	Title       string `json:"title"`
	Username    string `json:"username"`
}

// GetWorkflow returns a workflow by id or Ironclad id (IC-n).
func (c *Client) GetWorkflow(ctx context.Context, id string) (*Workflow, error) {
	return fetch[Workflow](ctx, c, call{method: "GET", path: pathf("/workflows/%s", id)})
}

// ListWorkflowsParams filter the workflow list.
type ListWorkflowsParams struct {
	PageParams
	// Statuses to include; Ironclad defaults to active only.
	Statuses []string
	Template string
	// LastUpdated keeps workflows updated since this instant.
	LastUpdated time.Time
	// Filter is an Ironclad formula, e.g. Equals([counterpartyName], 'Acme').
	Filter          string
	HydrateEntities bool
}

func (p ListWorkflowsParams) query() url.Values {
	q := p.PageParams.apply(nil)
	if len(p.Statuses) > 0 {
		q.Set("status", strings.Join(p.Statuses, ","))
	}
	if p.Template != "" {
		q.Set("template", p.Template)
	}
	if !p.LastUpdated.IsZero() {
		q.Set("lastUpdated", formatTime(p.LastUpdated))
	}
	if p.Filter != "" {
		q.Set("filter", p.Filter)
	}
	if p.HydrateEntities {
		q.Set("hydrateEntities", strconv.FormatBool(true))
	}
	return q
}

// ListWorkflows returns one page of workflows.
func (c *Client) ListWorkflows(ctx context.Context, p ListWorkflowsParams) (*Page[Workflow], error) {
	return fetch[Page[Workflow]](ctx, c, call{method: "GET", path: "/workflows", query: p.query()})
}

// Workflows walks every page from p.Page on; iteration stops at the first error.
func (c *Client) Workflows(ctx context.Context, p ListWorkflowsParams) iter.Seq2[Workflow, error] {
	first := p.Page
	return walk(func(page int) (*Page[Workflow], error) {
		p.Page = first + page
		return c.ListWorkflows(ctx, p)
	})
}

// walk yields every item of the pages fetch returns for page 0, 1, …
// (relative to where the caller starts) until the last page or the first
// error.
func walk[T any](fetch func(page int) (*Page[T], error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for n := 0; ; n++ {
			page, err := fetch(n)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, item := range page.List {
				if !yield(item, nil) {
					return
				}
			}
			if !page.More() || len(page.List) == 0 {
				return
			}
		}
	}
}

// AttributeChange is one edit of PATCH /workflows/{id}/attributes. Path is
// an attribute id, with dot/bracket notation into objects and tables.
type AttributeChange struct {
	Action string `json:"action"` // "set" or "remove"
	Path   string `json:"path"`
	Value  any    `json:"value,omitempty"`
}

// SetAttribute sets path to value.
func SetAttribute(path string, value any) AttributeChange {
	return AttributeChange{Action: "set", Path: path, Value: value}
}

// RemoveAttribute clears path.
func RemoveAttribute(path string) AttributeChange {
	return AttributeChange{Action: "remove", Path: path}
}

// AttributeUpdate is the body of an attribute update; Comment is shown in
// the workflow's activity feed.
type AttributeUpdate struct {
	Updates []AttributeChange `json:"updates"`
	Comment string            `json:"comment,omitempty"`
}

// UpdateAttributes edits a workflow in Review and returns it. Setting values
// it already has is refused; IsNoChange reports that.
func (c *Client) UpdateAttributes(ctx context.Context, id string, u AttributeUpdate) (*Workflow, error) {
	return fetch[Workflow](ctx, c, call{method: "PATCH", path: pathf("/workflows/%s/attributes", id), body: u})
}
