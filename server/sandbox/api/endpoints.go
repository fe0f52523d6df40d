package api

import (
	"tradewind/server/sandbox/core"
	"tradewind/server/sandbox/view"
)

const (
	scopeCreateWorkflows   = "public.workflows.createWorkflows"
	scopeReadWorkflows     = "public.workflows.readWorkflows"
	scopeUpdateWorkflows   = "public.workflows.updateWorkflows"
	scopeReadApprovals     = "public.workflows.readApprovals"
	scopeUpdateApprovals   = "public.workflows.updateApprovals"
	scopeReadSignatures    = "public.workflows.readSignatures"
	scopeReadParticipants  = "public.workflows.readParticipants"
	scopeReadRoleAssignees = "public.workflows.readRoleAssignees"
	scopeRevertToReview    = "public.workflows.revertToReview"
	scopeCancel            = "public.workflows.cancel"
	scopePauseAndResume    = "public.workflows.pauseAndResume"
	scopeCreateComments    = "public.workflows.createComments"
	scopeRecordsComments   = "public.records.createComments"
	scopeReadComments      = "public.workflows.readComments"
	scopeReadDocuments     = "public.workflows.readDocuments"
	scopeReadSchemas       = "public.workflows.readSchemas"
	scopeReadTurnHistory   = "public.workflows.readTurnHistory"
	scopeReadSignStatus    = "public.workflows.readSignStatus"
	scopeSendSignatures    = "public.workflows.sendSignatureRequests"
	scopeCancelSignatures  = "public.workflows.cancelSignatureRequests"
	scopeUpdateSigners     = "public.workflows.updateSigners"
	scopeDeleteSigners     = "public.workflows.deleteSigners"
	scopeRemindSigners     = "public.workflows.remindSigners"
)

// endpoints is the endpoint and scope table (API.md §0.5). Literal paths
// come before overlapping wildcard ones (see findRoute).
func endpoints(commentDelete bool) []apiRoute {
	routes := []apiRoute{
		route("POST", "/workflows/async", launchAsync, scopeCreateWorkflows),
		route("GET", "/workflows/async/{jobId}", asyncStatus, scopeCreateWorkflows),
		route("POST", "/workflows", launchSync, scopeCreateWorkflows),
		route("GET", "/workflows", listWorkflows, scopeReadWorkflows),
		route("GET", "/workflows/{id}", getWorkflow, scopeReadWorkflows),
		route("PATCH", "/workflows/{id}/attributes", patchAttributes, scopeUpdateWorkflows),
		route("POST", "/workflows/{id}/cancel", lifecycleAction((*core.Txn).Cancel), scopeCancel),
		route("POST", "/workflows/{id}/pause", lifecycleAction((*core.Txn).Pause), scopePauseAndResume),
		route("POST", "/workflows/{id}/resume", lifecycleAction((*core.Txn).Resume), scopePauseAndResume),
		route("PATCH", "/workflows/{id}/revert-to-review", revertToReview, scopeRevertToReview),
		route("GET", "/workflows/{id}/participants", listParticipants, scopeReadParticipants),
		route("GET", "/workflows/{id}/turn-history", turnHistory, scopeReadTurnHistory),
		route("GET", "/workflows/{id}/roles/{roleName}/eligible-assignees", eligibleAssignees, scopeReadRoleAssignees),
		route("GET", "/workflows/{id}/documents", listDocuments, scopeReadDocuments),
		route("GET", "/workflows/{id}/document/{key}/download", downloadDocument, scopeReadDocuments),
		route("GET", "/workflows/{id}/approvals", getApprovals, scopeReadApprovals),
		route("GET", "/workflows/{id}/approval-requests", listApprovalRequests, scopeReadApprovals),
		route("PATCH", "/workflows/{id}/approvals/{roleId}", patchApproval, scopeUpdateApprovals),
		route("GET", "/workflows/{id}/signatures", getSignatures, scopeReadSignatures),
		route("GET", "/workflows/{id}/sign-status", getSignStatus, scopeReadSignStatus),
		route("POST", "/workflows/{id}/sign-status/send-signature-request", sendSignatureRequest, scopeSendSignatures),
		route("POST", "/workflows/{id}/sign-status/cancel-signature-request", cancelSignatureRequest, scopeCancelSignatures),
		route("PATCH", "/workflows/{id}/sign-status/signers/{signerRoleName}", updateSigner, scopeUpdateSigners),
		route("DELETE", "/workflows/{id}/sign-status/signers/{signerRoleName}", removeSigner, scopeDeleteSigners),
		route("POST", "/workflows/{id}/sign-status/signers/{signerRoleName}/remind", remindSigner, scopeRemindSigners),
		route("POST", "/workflows/{id}/comments", createComment, scopeRecordsComments, scopeCreateComments),
		route("POST", "/workflows/{id}/comment", createCommentDeprecated, scopeCreateComments, scopeRecordsComments),
		route("GET", "/workflows/{id}/comments", listComments, scopeReadComments),
		route("GET", "/workflows/{id}/comments/{commentId}", getComment, scopeReadComments),
		route("GET", "/workflow-schemas", listSchemas, scopeReadSchemas),
		route("GET", "/workflow-schemas/{id}", getSchema, scopeReadSchemas),
	}
	if commentDelete {
		routes = append(routes, route("DELETE", "/workflows/{id}/comments/{commentId}", deleteComment, scopeCreateComments, scopeRecordsComments))
	}
	return routes
}

// readWorkflow renders something about the {id} workflow under the read lock.
func (c *call) readWorkflow(render func(v view.View, w *core.Workflow) (any, error)) error {
	var out any
	err := c.s.Read(func(st *core.State) error {
		w, err := st.FindWorkflow(c.params["id"])
		if err != nil {
			return err
		}
		out, err = render(view.New(c.s, st), w)
		return err
	})
	if err != nil {
		return err
	}
	return c.ok(out)
}

// changeAndReply runs op as one state change and answers 200 with what it
// rendered.
func changeAndReply[T any](c *call, op func(tx *core.Txn, v view.View) (T, error)) error {
	var out T
	err := c.s.Change(func(tx *core.Txn) error {
		var err error
		out, err = op(tx, view.New(c.s, tx.St))
		return err
	})
	if err != nil {
		return err
	}
	return c.ok(out)
}

// changeWorkflowAndReply runs op on the {id} workflow and answers with
// what render makes of the result.
func changeWorkflowAndReply[T any](c *call, op func(tx *core.Txn, w *core.Workflow) error, render func(v view.View, w *core.Workflow) T) error {
	return changeAndReply(c, func(tx *core.Txn, v view.View) (T, error) {
		var zero T
		w, err := tx.St.FindWorkflow(c.params["id"])
		if err != nil {
			return zero, err
		}
		if err := op(tx, w); err != nil {
			return zero, err
		}
		return render(v, w), nil
	})
}

// changeWorkflow runs a core operation on the {id} workflow.
func (c *call) changeWorkflow(op func(tx *core.Txn, w *core.Workflow) error) error {
	return c.s.Change(func(tx *core.Txn) error {
		w, err := tx.St.FindWorkflow(c.params["id"])
		if err != nil {
			return err
		}
		return op(tx, w)
	})
}
