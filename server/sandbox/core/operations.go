package core

// Operator actions shared by the console and the control API. They call
// the same core operations as the public API, inside Sim.Change, so
// they fire the same webhooks.

// WorkflowAction is one operator action on a workflow.
type WorkflowAction struct {
	// Action is one of: approve, unapprove, send-signature,
	// cancel-signature, view, sign, decline, comment, edit-comment,
	// delete-comment, cancel, pause, resume, revert.
	Action string `json:"action"`
	// As is the acting user's email or id. Empty means the role's first
	// assignee for approvals, otherwise the admin user.
	As        string `json:"as"`
	Role      string `json:"role"`      // approver role id, or signer role name
	Message   string `json:"message"`   // comment text or reason
	CommentID string `json:"commentId"` // edit-comment, delete-comment, or the comment replied to
	AddUsers  bool   `json:"addUsersToWorkflow"`
}

// PerformAction applies an operator action and returns the workflow's id.
func (s *Sim) PerformAction(ref string, a WorkflowAction) (string, error) {
	var id string
	err := s.Change(func(tx *Txn) error {
		w, err := tx.St.FindWorkflow(ref)
		if err != nil {
			return err
		}
		id = w.ID
		actor, err := actingUser(tx.St, w, a)
		if err != nil {
			return err
		}
		return tx.apply(actor, w, a)
	})
	return id, err
}

func actingUser(st *State, w *Workflow, a WorkflowAction) (*User, error) {
	ref := a.As
	if ref == "" {
		ref = AdminEmail
		if r := w.Role(a.Role); r != nil && len(r.Assignees) > 0 && (a.Action == "approve" || a.Action == "unapprove") {
			ref = r.Assignees[0]
		}
	}
	u := st.UserByRef(ref)
	if u == nil {
		return nil, ErrInvalidParam("as", "user %s does not exist", ref)
	}
	return u, nil
}

func (tx *Txn) apply(actor *User, w *Workflow, a WorkflowAction) error {
	switch a.Action {
	case "approve":
		return tx.SetApproval(actor, w, a.Role, "approved")
	case "unapprove":
		return tx.SetApproval(actor, w, a.Role, "pending")
	case "send-signature":
		return tx.SendSignatureRequest(actor, w)
	case "cancel-signature":
		return tx.CancelSignatureRequest(actor, w, a.Message)
	case "view":
		return tx.signerViewed(w, a.Role)
	case "sign":
		return tx.signerSigned(w, a.Role)
	case "decline":
		return tx.signerDeclined(w, a.Role, a.Message)
	case "comment":
		_, err := tx.AddComment(actor, w, CommentRequest{Comment: a.Message, AddUsersToWorkflow: a.AddUsers, RepliedTo: a.CommentID})
		return err
	case "edit-comment":
		return tx.EditComment(actor, w, a.CommentID, a.Message)
	case "delete-comment":
		return tx.DeleteComment(actor, w, a.CommentID)
	case "cancel":
		return tx.Cancel(actor, w)
	case "pause":
		return tx.Pause(actor, w)
	case "resume":
		return tx.Resume(actor, w)
	case "revert":
		return tx.RevertToReview(actor, w)
	}
	return ErrInvalidParam("action", "unknown action %q", a.Action)
}

// LaunchAs launches a workflow for the operator (control API).
func (s *Sim) LaunchAs(as string, req LaunchRequest) (string, error) {
	var id string
	err := s.Change(func(tx *Txn) error {
		if as == "" {
			as = AdminEmail
		}
		u := tx.St.UserByRef(as)
		if u == nil {
			return ErrInvalidParam("as", "user %s does not exist", as)
		}
		w, err := tx.Launch(u, req)
		if err != nil {
			return err
		}
		id = w.ID
		return nil
	})
	return id, err
}
