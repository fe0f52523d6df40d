package ironclad

import (
	"context"
	"net/url"
	"strconv"
)

// Approval statuses. Ironclad has no "rejected": a reviewer who objects
// comments and leaves the approval pending.
const (
	ApprovalPending  = "pending"
	ApprovalApproved = "approved"
	GroupActive      = "active" // its reviewers may approve now
)

// Approvals are a workflow's triggered approval groups, in order.
type Approvals struct {
	WorkflowID     string          `json:"workflowId"`
	Title          string          `json:"title"`
	ApprovalGroups []ApprovalGroup `json:"approvalGroups"`
	Roles          []Role          `json:"roles"`
}

// ApprovalGroup is approved as a whole; only the active group can be acted on.
type ApprovalGroup struct {
	Reviewers []Reviewer `json:"reviewers"`
	Status    string     `json:"status"` // pending, active, approved
	Order     int        `json:"order"`
}

// Reviewer is one approval within a group.
type Reviewer struct {
	Role         string `json:"role"` // approver role id, the roleID of UpdateApproval
	DisplayName  string `json:"displayName"`
	ReviewerType string `json:"reviewerType"`
	Status       string `json:"status"` // pending, approved
}

// ListApprovals returns a workflow's approvals.
func (c *Client) ListApprovals(ctx context.Context, workflowID string) (*Approvals, error) {
	return fetch[Approvals](ctx, c, call{method: "GET", path: pathf("/workflows/%s/approvals", workflowID)})
}

// UpdateApproval approves (or resets to pending) one approval role in
// Review; with OAuth tokens the actor must be that role's assignee.
func (c *Client) UpdateApproval(ctx context.Context, workflowID, roleID, status string) error {
	// Ironclad answers the JSON literal true; nothing to keep.
	return c.do(ctx, call{method: "PATCH", path: pathf("/workflows/%s/approvals/%s", workflowID, roleID),
		body: map[string]string{"status": status}})
}

// ApprovalRequest is one request made of an approver, with its timing.
type ApprovalRequest struct {
	StartTime Time `json:"startTime"`
	EndTime   Time `json:"endTime"`
	// Status is Approved, Pending, Workflow Paused, Workflow Canceled,
	// Approver Removed or Approver Reassigned.
	Status                    string        `json:"status"`
	ActorID                   string        `json:"actorId"`
	ActorType                 string        `json:"actorType"`
	Role                      string        `json:"role"`
	RoleName                  string        `json:"roleName"`
	Duration                  float64       `json:"duration"`          // milliseconds
	AggregateDuration         float64       `json:"aggregateDuration"` // milliseconds
	DurationSeconds           float64       `json:"durationSeconds,omitempty"`
	NetRequestDurationSeconds float64       `json:"netRequestDurationSeconds,omitempty"`
	ApprovalType              string        `json:"approvalType"`
	ActorDetails              *ActorDetails `json:"actorDetails,omitempty"`
}

// ActorDetails are returned when asked for with ActorDetails.
type ActorDetails struct {
	UserName  string `json:"userName"`
	UserEmail string `json:"userEmail"`
}

// ApprovalRequestsParams select approval requests.
type ApprovalRequestsParams struct {
	PageParams
	ActorDetails bool
	RequestType  string // "user" (default) or "role"
}

// ListApprovalRequests returns the history of approval requests.
func (c *Client) ListApprovalRequests(ctx context.Context, workflowID string, p ApprovalRequestsParams) (*Page[ApprovalRequest], error) {
	q := p.PageParams.apply(url.Values{})
	if p.ActorDetails {
		q.Set("actorDetails", strconv.FormatBool(true))
	}
	if p.RequestType != "" {
		q.Set("requestType", p.RequestType)
	}
	return fetch[Page[ApprovalRequest]](ctx, c, call{method: "GET", path: pathf("/workflows/%s/approval-requests", workflowID), query: q})
}
