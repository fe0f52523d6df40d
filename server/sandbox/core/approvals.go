package core

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
	if a.Group != w.ActiveGroup() {
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
	if w.ActiveGroup() == 0 {
		tx.enterSign(w, actor.ID)
	}
	return nil
}

// startGroup stamps the start of the now-active group's requests.
func (tx *Txn) startGroup(w *Workflow) {
	g := w.ActiveGroup()
	for i := range w.Approvals {
		if a := &w.Approvals[i]; a.Group == g && a.Started == nil {
			a.Started = &tx.Now
		}
	}
}
