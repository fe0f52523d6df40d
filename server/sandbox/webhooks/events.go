package webhooks

import (
	"slices"
	"strings"
)

// Event type names (API.md §13.2). The constants cover the events Tradewind
// consumes; EventTypes lists every name a registration may subscribe to.
const (
	EventAll                                 = "*"
	EventWorkflowLaunched                    = "workflow_launched"
	EventWorkflowUpdated                     = "workflow_updated"
	EventWorkflowCancelled                   = "workflow_cancelled"
	EventWorkflowCompleted                   = "workflow_completed"
	EventWorkflowApprovalStatusChanged       = "workflow_approval_status_changed"
	EventWorkflowStepUpdated                 = "workflow_step_updated"
	EventWorkflowCommentAdded                = "workflow_comment_added"
	EventWorkflowCommentRemoved              = "workflow_comment_removed"
	EventWorkflowCommentUpdated              = "workflow_comment_updated"
	EventWorkflowPaused                      = "workflow_paused"
	EventWorkflowResumed                     = "workflow_resumed"
	EventWorkflowSignaturePacketSent         = "workflow_signature_packet_sent"
	EventWorkflowSignaturePacketSignerViewed = "workflow_signature_packet_signer_viewed"
	EventWorkflowSignaturePacketFullySigned  = "workflow_signature_packet_fully_signed"
)

// EventTypes returns every accepted event name in the order of Ironclad's
// OpenAPI enum ("*" first), followed by the obligation events that newer
// Ironclad releases accept according to several third-party integrations.
func EventTypes() []string {
	return []string{
		EventAll,
		"workflow_launched", "workflow_updated", "workflow_cancelled", "workflow_completed",
		"workflow_approval_status_changed", "workflow_attribute_updated",
		"workflow_comment_added", "workflow_comment_removed", "workflow_comment_updated",
		"workflow_comment_reaction_added", "workflow_comment_reaction_removed",
		"workflow_counterparty_invite_sent", "workflow_counterparty_invite_revoked",
		"workflow_documents_added", "workflow_documents_removed", "workflow_documents_updated",
		"workflow_documents_renamed", "workflow_document_edited", "workflow_changed_turn",
		"workflow_paused", "workflow_resumed",
		"workflow_signature_packet_cancelled", "workflow_signature_packet_document_moved",
		"workflow_signature_packet_fully_signed", "workflow_signature_packet_sent",
		"workflow_signature_packet_signatures_collected", "workflow_signature_packet_signer_first_viewed",
		"workflow_signature_packet_signer_viewed", "workflow_signature_packet_uploaded",
		"workflow_signer_added", "workflow_signer_removed", "workflow_signer_reassigned",
		"workflow_step_updated", "workflow_roles_assigned", "record_contract_status_changed",
		"obligation_created", "obligation_status_changed", "obligation_due_date_changed",
		"obligation_assignee_changed", "obligation_updated", "obligations_extraction_completed",
	}
}

func isEventType(name string) bool { return slices.Contains(EventTypes(), name) }

// invalidEventMessage reproduces the wording of Ironclad's 400 for an unknown
// event type: "invalid event type; a, b, or c are acceptable event types".
func invalidEventMessage() string {
	names := EventTypes()
	last := len(names) - 1
	return "invalid event type; " + strings.Join(names[:last], ", ") + ", or " + names[last] + " are acceptable event types"
}
