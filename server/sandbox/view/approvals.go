package view

import (
	"time"

	"tradewind/server/sandbox/core"
)

type ApprovalsJSON struct {
	WorkflowID     string              `json:"workflowId"`
	Title          string              `json:"title"`
	ApprovalGroups []approvalGroupJSON `json:"approvalGroups"`
	Roles          []roleJSON          `json:"roles"`
}

type approvalGroupJSON struct {
	Reviewers []reviewerJSON `json:"reviewers"`
	Status    string         `json:"status"`
	Order     int            `json:"order"`
}

type reviewerJSON struct {
	Role         string `json:"role"`
	DisplayName  string `json:"displayName"`
	ReviewerType string `json:"reviewerType"`
	Status       string `json:"status"`
}

type approvalRequestJSON struct {
	StartTime                 string           `json:"startTime"`
	EndTime                   string           `json:"endTime,omitempty"`
	Status                    string           `json:"status"`
	ActorID                   string           `json:"actorId"`
	ActorType                 string           `json:"actorType"`
	Role                      string           `json:"role"`
	RoleName                  string           `json:"roleName"`
	Duration                  int64            `json:"duration"`
	DurationSeconds           int64            `json:"durationSeconds"`
	AggregateDuration         int64            `json:"aggregateDuration"`
	NetRequestDurationSeconds int64            `json:"netRequestDurationSeconds"`
	ApprovalType              string           `json:"approvalType"`
	ActorDetails              *actorDetailJSON `json:"actorDetails,omitempty"`
}

type actorDetailJSON struct {
	UserName  string `json:"userName"`
	UserEmail string `json:"userEmail"`
}

func requestStatus(w *core.Workflow, a core.Approval) string {
	switch {
	case a.Status == "approved":
		return "Approved"
	case w.Status == core.StatusCancelled:
		return "Workflow Canceled"
	case w.Status == core.StatusPaused:
		return "Workflow Paused"
	}
	return "Pending"
}

func (v View) Approvals(w *core.Workflow) ApprovalsJSON {
	out := ApprovalsJSON{WorkflowID: w.ID, Title: w.Title, ApprovalGroups: []approvalGroupJSON{}, Roles: v.roles(w)}
	active := w.ActiveGroup()
	for _, a := range w.Approvals {
		if len(out.ApprovalGroups) < a.Group {
			out.ApprovalGroups = append(out.ApprovalGroups, approvalGroupJSON{Reviewers: []reviewerJSON{}, Status: "approved", Order: a.Group})
		}
		g := &out.ApprovalGroups[a.Group-1]
		g.Reviewers = append(g.Reviewers, reviewerJSON{Role: a.RoleID, DisplayName: a.Name, ReviewerType: "role", Status: a.Status})
		switch {
		case a.Status == "approved":
		case a.Group == active:
			g.Status = "active"
		default:
			g.Status = "pending"
		}
	}
	return out
}

// ApprovalRequests lists every approval request that has started.
func (v View) ApprovalRequests(w *core.Workflow, now time.Time, actorDetails bool) []approvalRequestJSON {
	out := []approvalRequestJSON{}
	for _, a := range w.Approvals {
		if a.Started == nil {
			continue
		}
		end := now
		r := approvalRequestJSON{StartTime: core.ISOTime(*a.Started), Status: requestStatus(w, a), ActorType: "User", Role: a.RoleID, RoleName: a.Name, ApprovalType: "Workflow"}
		if a.Ended != nil {
			end = *a.Ended
			r.EndTime = core.ISOTime(end)
		}
		r.ActorID = a.ActorID
		if r.ActorID == "" && w.Role(a.RoleID) != nil && len(w.Role(a.RoleID).Assignees) > 0 {
			r.ActorID = w.Role(a.RoleID).Assignees[0]
		}
		d := end.Sub(*a.Started)
		r.Duration, r.AggregateDuration = millis(d), millis(d)
		r.DurationSeconds, r.NetRequestDurationSeconds = int64(d.Seconds()), int64(d.Seconds())
		if u := v.St.UserByID(r.ActorID); actorDetails && u != nil {
			r.ActorDetails = &actorDetailJSON{UserName: u.DisplayName(), UserEmail: u.Email}
		}
		out = append(out, r)
	}
	return out
}
