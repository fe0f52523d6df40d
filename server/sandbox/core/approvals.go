package core

import "time"

// SetApproval is PATCH /workflows/{id}/approvals/{roleId}: only in Review,
// only by an assignee, only for the active group. Approving the last
// pending role moves the workflow to Sign.
func (tx *Txn) SetApproval(actor *User, w *Workflow, roleID, status string) error {
	if status != "approved" && status != "pending" {
		return ErrInvalidParam("status", "status must be one of [approved, pending]")
	}
	if w.Status != StatusActive || w.Step != StepReview {
		return ErrInvalidState("approval", "This workflow is not in the Review step and its approvals cannot be changed")
	}
	a := w.approval(roleID)
	if a == nil {
		if w.Role(roleID) == nil {
			return ErrInvalidParam("approval", "This role does not exist in this workflow")
		}
		return ErrInvalidParam("approval", "This approval either was not requested or this user was not assigned to this approval")
	}
	if !contains(w.Role(roleID).Assignees, actor.ID) {
		return ErrInvalidParam("approval", "This approval either was not requested or this user was not assigned to this approval")
	}
	if a.Group != w.activeGroup() {
		return ErrInvalidState("approval", "This approval cannot be approved out of order")
	}
	if a.Status == status {
		return nil
	}
	a.Status, a.ActorID = status, actor.ID
	a.Ended = nil
	if status == "approved" {
		a.Ended = &tx.Now
	}
	tx.emit("workflow_approval_status_changed", w, actor.ID,
		JSONField{"approvalID", roleID}, JSONField{"approvalName", a.Name},
		JSONField{"status", status}, JSONField{"userEmail", actor.Email})
	tx.startGroup(w)
	if w.activeGroup() == 0 {
		tx.enterSign(w, actor.ID)
	}
	return nil
}

// startGroup stamps the start of the now-active group's requests.
func (tx *Txn) startGroup(w *Workflow) {
	g := w.activeGroup()
	for i := range w.Approvals {
		if a := &w.Approvals[i]; a.Group == g && a.Started == nil {
			a.Started = &tx.Now
		}
	}
}

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

func (v View) Approvals(w *Workflow) ApprovalsJSON {
	out := ApprovalsJSON{WorkflowID: w.ID, Title: w.Title, ApprovalGroups: []approvalGroupJSON{}, Roles: v.roles(w)}
	active := w.activeGroup()
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

// ApprovalRequests lists every approval request that has started.
func (v View) ApprovalRequests(w *Workflow, now time.Time, actorDetails bool) []approvalRequestJSON {
	out := []approvalRequestJSON{}
	for _, a := range w.Approvals {
		if a.Started == nil {
			continue
		}
		end := now
		r := approvalRequestJSON{StartTime: ISOTime(*a.Started), Status: requestStatus(w, a), ActorType: "User", Role: a.RoleID, RoleName: a.Name, ApprovalType: "Workflow"}
		if a.Ended != nil {
			end = *a.Ended
			r.EndTime = ISOTime(end)
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

func requestStatus(w *Workflow, a approval) string {
	switch {
	case a.Status == "approved":
		return "Approved"
	case w.Status == StatusCancelled:
		return "Workflow Canceled"
	case w.Status == StatusPaused:
		return "Workflow Paused"
	}
	return "Pending"
}
