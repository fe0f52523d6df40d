package sandbox

import "net/http"

func getApprovals(c *call) error {
	return c.readWorkflow(func(v view, w *workflow) (any, error) { return v.approvals(w), nil })
}

func listApprovalRequests(c *call) error {
	page, size, err := paging(c.r)
	if err != nil {
		return err
	}
	details := queryBool(c.r, "actorDetails")
	return c.readWorkflow(func(v view, w *workflow) (any, error) {
		return paginate(v.approvalRequests(w, c.s.now(), details), page, size), nil
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
	err := c.changeWorkflow(func(tx *txn, w *workflow) error {
		return tx.setApproval(c.actor, w, c.params["roleId"], body.Status)
	})
	if err != nil {
		return err
	}
	return c.ok(true)
}

func getSignatures(c *call) error {
	return c.readWorkflow(func(v view, w *workflow) (any, error) {
		if w.Step == stepReview {
			return nil, errInvalidState("", "This workflow is not at the Sign step, and is currently at the Review step")
		}
		return v.signatures(w), nil
	})
}

func getSignStatus(c *call) error {
	return c.readWorkflow(func(v view, w *workflow) (any, error) {
		if w.Step != stepSign {
			return nil, errInvalidState("", "Workflow must be on Sign Step.")
		}
		return v.signStatus(w), nil
	})
}

// signStatusChange runs a sign-status operation and answers the new
// SignStatusModel.
func (c *call) signStatusChange(op func(tx *txn, w *workflow) error) error {
	return changeWorkflowAndReply(c, op, view.signStatus)
}

func sendSignatureRequest(c *call) error {
	return c.signStatusChange(func(tx *txn, w *workflow) error { return tx.sendSignatureRequest(c.actor, w) })
}

func cancelSignatureRequest(c *call) error {
	var body struct {
		Reason string `json:"reason"`
	}
	if err := c.decode(&body); err != nil {
		return err
	}
	return c.signStatusChange(func(tx *txn, w *workflow) error { return tx.cancelSignatureRequest(c.actor, w, body.Reason) })
}

func updateSigner(c *call) error {
	var body struct {
		Reason   string            `json:"reason"`
		Assigned *signerAssignment `json:"assigned"`
	}
	if err := c.decode(&body); err != nil {
		return err
	}
	if body.Assigned == nil {
		return errMissingParam("assigned", "missing required parameter assigned")
	}
	var updated *signer
	return changeWorkflowAndReply(c, func(tx *txn, w *workflow) error {
		var err error
		updated, err = tx.updateSigner(c.actor, w, c.params["signerRoleName"], *body.Assigned)
		return err
	}, func(v view, w *workflow) signStatusSignerJSON { return v.signStatusSigner(*updated) })
}

func removeSigner(c *call) error {
	if err := c.changeWorkflow(func(tx *txn, w *workflow) error { return tx.removeSigner(c.actor, w, c.params["signerRoleName"]) }); err != nil {
		return err
	}
	return c.noContent()
}

func remindSigner(c *call) error {
	err := c.changeWorkflow(func(tx *txn, w *workflow) error { return tx.remind(w, c.params["signerRoleName"]) })
	if e, ok := err.(*apiError); ok && e.Status == http.StatusTooManyRequests {
		c.w.Header().Set("Retry-After", "3600")
	}
	if err != nil {
		return err
	}
	return c.noContent()
}
