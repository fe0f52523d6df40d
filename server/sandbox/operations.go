package sandbox

// Operator actions shared by the console and the control API. They call
// the same core operations as the public API, inside Sandbox.change, so
// they fire the same webhooks.

// workflowAction is one operator action on a workflow.
type workflowAction struct {
	// Action is one of: approve, unapprove, send-signature,
	// cancel-signature, view, sign, decline, comment, delete-comment,
	// cancel, pause, resume, revert.
	Action string `json:"action"`
	// As is the acting user's email or id. Empty means the role's first
	// assignee for approvals, otherwise the admin user.
	As        string `json:"as"`
	Role      string `json:"role"`      // approver role id, or signer role name
	Message   string `json:"message"`   // comment text or reason
	CommentID string `json:"commentId"` // delete-comment, or the comment replied to
	AddUsers  bool   `json:"addUsersToWorkflow"`
}

// performAction applies an operator action and returns the workflow's id.
func (s *Sim) performAction(ref string, a workflowAction) (string, error) {
	var id string
	err := s.change(func(tx *txn) error {
		w, err := tx.st.findWorkflow(ref)
		if err != nil {
			return err
		}
		id = w.ID
		actor, err := actingUser(tx.st, w, a)
		if err != nil {
			return err
		}
		return tx.apply(actor, w, a)
	})
	return id, err
}

func actingUser(st *state, w *workflow, a workflowAction) (*user, error) {
	ref := a.As
	if ref == "" {
		ref = AdminEmail
		if r := w.role(a.Role); r != nil && len(r.Assignees) > 0 && (a.Action == "approve" || a.Action == "unapprove") {
			ref = r.Assignees[0]
		}
	}
	u := st.userByRef(ref)
	if u == nil {
		return nil, errInvalidParam("as", "user %s does not exist", ref)
	}
	return u, nil
}

func (tx *txn) apply(actor *user, w *workflow, a workflowAction) error {
	switch a.Action {
	case "approve":
		return tx.setApproval(actor, w, a.Role, "approved")
	case "unapprove":
		return tx.setApproval(actor, w, a.Role, "pending")
	case "send-signature":
		return tx.sendSignatureRequest(actor, w)
	case "cancel-signature":
		return tx.cancelSignatureRequest(actor, w, a.Message)
	case "view":
		return tx.signerViewed(w, a.Role)
	case "sign":
		return tx.signerSigned(w, a.Role)
	case "decline":
		return tx.signerDeclined(w, a.Role, a.Message)
	case "comment":
		_, err := tx.addComment(actor, w, commentRequest{Comment: a.Message, AddUsersToWorkflow: a.AddUsers, RepliedTo: a.CommentID})
		return err
	case "delete-comment":
		return tx.deleteComment(actor, w, a.CommentID)
	case "cancel":
		return tx.cancel(actor, w)
	case "pause":
		return tx.pause(actor, w)
	case "resume":
		return tx.resume(actor, w)
	case "revert":
		return tx.revertToReview(actor, w)
	}
	return errInvalidParam("action", "unknown action %q", a.Action)
}

// launchAs launches a workflow for the operator (control API).
func (s *Sim) launchAs(as string, req launchRequest) (string, error) {
	var id string
	err := s.change(func(tx *txn) error {
		if as == "" {
			as = AdminEmail
		}
		u := tx.st.userByRef(as)
		if u == nil {
			return errInvalidParam("as", "user %s does not exist", as)
		}
		w, err := tx.launch(u, req)
		if err != nil {
			return err
		}
		id = w.ID
		return nil
	})
	return id, err
}
