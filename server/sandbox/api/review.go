package api

import (
	"net/http"

	"tradewind/server/sandbox/core"
	"tradewind/server/sandbox/view"
)

func getApprovals(c *call) error {
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) { return v.Approvals(w), nil })
}

func listApprovalRequests(c *call) error {
	page, size, err := paging(c.r)
	if err != nil {
		return err
	}
	details := queryBool(c.r, "actorDetails")
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) {
		return paginate(v.ApprovalRequests(w, c.s.Now(), details), page, size), nil
	})
}

// patchApproval answers the JSON literal true, as the recording shows.
func patchApproval(c *call) error {
	var body struct {
		Status string `json:"status"`
	}
	if err := c.decode(&body); err != nil {
		return err
	}
	err := c.changeWorkflow(func(tx *core.Txn, w *core.Workflow) error {
		return tx.SetApproval(c.actor, w, c.params["roleId"], body.Status)
	})
	if err != nil {
		return err
	}
	return c.ok(true)
}

func getSignatures(c *call) error {
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) {
		if w.Step == core.StepReview {
			return nil, core.ErrInvalidState("", "This workflow is not at the Sign step, and is currently at the Review step")
		}
		return v.Signatures(w), nil
	})
}

func getSignStatus(c *call) error {
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) {
		if w.Step != core.StepSign {
			return nil, core.ErrInvalidState("", "Workflow must be on Sign Step.")
		}
		return v.SignStatus(w), nil
	})
}

// signStatusChange runs a sign-status operation and answers the new
// SignStatusModel.
func (c *call) signStatusChange(op func(tx *core.Txn, w *core.Workflow) error) error {
	return changeWorkflowAndReply(c, op, view.View.SignStatus)
}

func sendSignatureRequest(c *call) error {
	return c.signStatusChange(func(tx *core.Txn, w *core.Workflow) error { return tx.SendSignatureRequest(c.actor, w) })
}

func cancelSignatureRequest(c *call) error {
	var body struct {
		Reason string `json:"reason"`
	}
	if err := c.decode(&body); err != nil {
		return err
	}
	return c.signStatusChange(func(tx *core.Txn, w *core.Workflow) error { return tx.CancelSignatureRequest(c.actor, w, body.Reason) })
}

func updateSigner(c *call) error {
	var body struct {
		Reason   string                 `json:"reason"`
		Assigned *core.SignerAssignment `json:"assigned"`
	}
	if err := c.decode(&body); err != nil {
		return err
	}
	if body.Assigned == nil {
		return core.ErrMissingParam("assigned", "missing required parameter assigned")
	}
	var updated *core.Signer
	return changeWorkflowAndReply(c, func(tx *core.Txn, w *core.Workflow) error {
		var err error
		updated, err = tx.UpdateSigner(c.actor, w, c.params["signerRoleName"], *body.Assigned)
		return err
	}, func(v view.View, w *core.Workflow) view.SignStatusSignerJSON { return v.SignStatusSigner(*updated) })
}

func removeSigner(c *call) error {
	if err := c.changeWorkflow(func(tx *core.Txn, w *core.Workflow) error {
		return tx.RemoveSigner(c.actor, w, c.params["signerRoleName"])
	}); err != nil {
		return err
	}
	return c.noContent()
}

func remindSigner(c *call) error {
	err := c.changeWorkflow(func(tx *core.Txn, w *core.Workflow) error { return tx.Remind(w, c.params["signerRoleName"]) })
	if e, ok := err.(*core.APIError); ok && e.Status == http.StatusTooManyRequests {
		c.w.Header().Set("Retry-After", "3600")
	}
	if err != nil {
		return err
	}
	return c.noContent()
}
