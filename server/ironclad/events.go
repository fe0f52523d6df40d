package ironclad

import (
	"encoding/json"
	"fmt"
)

// EventType names a webhook event (API.md §13.2).
type EventType string

// Events Tradewind subscribes to or reacts to. Others arrive as their own
// EventType value and are kept as is.
const (
	EventAll                        EventType = "*"
	EventWorkflowLaunched           EventType = "workflow_launched"
	EventWorkflowUpdated            EventType = "workflow_updated"
	EventWorkflowCancelled          EventType = "workflow_cancelled"
	EventWorkflowCompleted          EventType = "workflow_completed"
	EventWorkflowPaused             EventType = "workflow_paused"
	EventWorkflowResumed            EventType = "workflow_resumed"
	EventWorkflowStepUpdated        EventType = "workflow_step_updated"
	EventWorkflowAttributeUpdated   EventType = "workflow_attribute_updated"
	EventApprovalStatusChanged      EventType = "workflow_approval_status_changed"
	EventCommentAdded               EventType = "workflow_comment_added"
	EventCommentUpdated             EventType = "workflow_comment_updated"
	EventCommentRemoved             EventType = "workflow_comment_removed"
	EventSignaturePacketSent        EventType = "workflow_signature_packet_sent"
	EventSignaturePacketCancelled   EventType = "workflow_signature_packet_cancelled"
	EventSignaturePacketFullySigned EventType = "workflow_signature_packet_fully_signed"
	EventSignaturesCollected        EventType = "workflow_signature_packet_signatures_collected"
	EventSignerAdded                EventType = "workflow_signer_added"
	EventSignerRemoved              EventType = "workflow_signer_removed"
	EventSignerReassigned           EventType = "workflow_signer_reassigned"
	EventRolesAssigned              EventType = "workflow_roles_assigned"
	EventDocumentsAdded             EventType = "workflow_documents_added"
	EventDocumentsUpdated           EventType = "workflow_documents_updated"
)

// WebhookEvent is a verified webhook delivery.
type WebhookEvent struct {
	// ID is X-Ironclad-Webhook-Event-Id, unique per event and the key for
	// deduplication.
	ID        string
	CompanyID string
	WebhookID string
	Timestamp Time
	Payload   EventPayload
	// Raw is the body exactly as received, for storage and re-parsing.
	Raw json.RawMessage
}

// Type is the event's type.
func (e *WebhookEvent) Type() EventType { return e.Payload.Event }

// EventPayload holds the fields events are known to carry. Payloads are
// hints: which fields appear varies by event and is partly undocumented,
// so consumers re-fetch the workflow (or comment) over REST.
type EventPayload struct {
	Event        EventType `json:"event"`
	WorkflowID   string    `json:"workflowID"`
	TemplateID   string    `json:"templateID,omitempty"`
	UserID       string    `json:"userID,omitempty"`
	UserEmail    string    `json:"userEmail,omitempty"`
	ApprovalID   string    `json:"approvalID,omitempty"` // approver role id
	ApprovalName string    `json:"approvalName,omitempty"`
	Status       string    `json:"status,omitempty"`
	CommentID    string    `json:"commentID,omitempty"`
	RoleName     string    `json:"roleName,omitempty"`
	SignerEmail  string    `json:"signerEmail,omitempty"`
	Step         string    `json:"step,omitempty"`
	DocumentKeys []string  `json:"documentKeys,omitempty"`
	// Raw is the whole payload object, unknown fields included.
	Raw json.RawMessage `json:"-"`
}

// envelope is the delivery body; note the capital ID suffixes.
type envelope struct {
	CompanyID string          `json:"companyID"`
	Payload   json.RawMessage `json:"payload"`
	Timestamp Time            `json:"timestamp"`
	WebhookID string          `json:"webhookID"`
}

// ParseEvent decodes a delivery body. It does not verify it: use Verifier.
func ParseEvent(eventID string, body []byte) (*WebhookEvent, error) {
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, fmt.Errorf("ironclad: webhook body: %w", err)
	}
	ev := &WebhookEvent{ID: eventID, CompanyID: env.CompanyID, WebhookID: env.WebhookID,
		Timestamp: env.Timestamp, Raw: json.RawMessage(body)}
	if len(env.Payload) > 0 {
		if err := json.Unmarshal(env.Payload, &ev.Payload); err != nil {
			return nil, fmt.Errorf("ironclad: webhook payload: %w", err)
		}
		ev.Payload.Raw = env.Payload
	}
	if ev.Payload.Event == "" {
		return nil, fmt.Errorf("ironclad: webhook payload names no event")
	}
	return ev, nil
}
