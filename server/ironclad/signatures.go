package ironclad

import "context"

// Signer statuses, and the statuses of a signature packet.
const (
	SignerPending  = "pending"
	SignerSent     = "sent"
	SignerViewed   = "viewed"
	SignerSigned   = "signed"
	SignerDeclined = "declined"

	PacketNotSent        = "not_sent"
	PacketSent           = "sent"
	PacketActionRequired = "action_required" // signature tags are missing
	PacketComplete       = "complete"
)

// Signatures are a workflow's signers as GET /signatures shows them.
type Signatures struct {
	WorkflowID string   `json:"workflowId"`
	Title      string   `json:"title"`
	Signers    []Signer `json:"signers"`
	Routing    string   `json:"routing,omitempty"` // sequential or parallel
}

// Signer is one signer in the signatures view.
type Signer struct {
	Name            string          `json:"name"`
	Email           string          `json:"email"`
	RoleName        string          `json:"roleName"`
	SignatureStatus SignatureStatus `json:"signatureStatus"`
	Delegates       []Delegate      `json:"delegates,omitempty"`
	RoutingOrder    int             `json:"routingOrder"`
}

// SignatureStatus wraps a signer's status in the signatures view.
type SignatureStatus struct {
	Status string `json:"status"`
}

// Delegate signs on a signer's behalf.
type Delegate struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// ListSignatures returns the signers of a workflow in Sign.
func (c *Client) ListSignatures(ctx context.Context, workflowID string) (*Signatures, error) {
	return fetch[Signatures](ctx, c, call{method: "GET", path: pathf("/workflows/%s/signatures", workflowID)})
}

// SignStatus is the signature packet of a workflow in Sign.
type SignStatus struct {
	Signers                     []PacketSigner `json:"signers"`
	Routing                     string         `json:"routing"`
	Status                      string         `json:"status"`
	RequireSignedDocumentUpload bool           `json:"requireSignedDocumentUpload"`
	Provider                    string         `json:"provider"`
	ScheduledSend               *ScheduledSend `json:"scheduledSend,omitempty"`
}

// PacketSigner is one signer of a signature packet.
type PacketSigner struct {
	Name         string     `json:"name"`
	Email        string     `json:"email"`
	RoleName     string     `json:"roleName"`
	Status       string     `json:"status"`
	IsWetSigned  bool       `json:"isWetSigned"`
	Delegates    []Delegate `json:"delegates,omitempty"`
	RoutingOrder int        `json:"routingOrder"` // -1 when wet-signed
	Type         string     `json:"type"`         // internal or external
	UserID       string     `json:"userId,omitempty"`
}

// ScheduledSend is a packet scheduled to go out later.
type ScheduledSend struct {
	NotifyAt Time `json:"notifyAt"`
	Reminder *struct {
		DaysBefore   int  `json:"daysBefore"`
		ReminderDate Time `json:"reminderDate"`
	} `json:"reminder,omitempty"`
}

func signStatusPath(workflowID string) string { return pathf("/workflows/%s/sign-status", workflowID) }

// GetSignStatus returns the signature packet.
func (c *Client) GetSignStatus(ctx context.Context, workflowID string) (*SignStatus, error) {
	return fetch[SignStatus](ctx, c, call{method: "GET", path: signStatusPath(workflowID)})
}

// SendSignatureRequest sends the packet to its signers.
func (c *Client) SendSignatureRequest(ctx context.Context, workflowID string) (*SignStatus, error) {
	return fetch[SignStatus](ctx, c, call{method: "POST", path: signStatusPath(workflowID) + "/send-signature-request"})
}

// CancelSignatureRequest withdraws a sent packet.
func (c *Client) CancelSignatureRequest(ctx context.Context, workflowID, reason string) (*SignStatus, error) {
	return fetch[SignStatus](ctx, c, call{method: "POST", path: signStatusPath(workflowID) + "/cancel-signature-request",
		body: map[string]string{"reason": reason}})
}

// SignerUpdate reassigns a signer role to an internal user (UserID) or an
// external person (Email and Name).
type SignerUpdate struct {
	Reason   string           `json:"reason,omitempty"`
	Assigned SignerAssignment `json:"assigned"`
}

// SignerAssignment is who a signer role goes to.
type SignerAssignment struct {
	Type   string `json:"type"` // internal or external
	UserID string `json:"userId,omitempty"`
	Email  string `json:"email,omitempty"`
	Name   string `json:"name,omitempty"`
}

// UpdateSigner reassigns a signer who has not signed yet.
func (c *Client) UpdateSigner(ctx context.Context, workflowID, signerRoleName string, u SignerUpdate) (*PacketSigner, error) {
	return fetch[PacketSigner](ctx, c, call{method: "PATCH", path: signStatusPath(workflowID) + pathf("/signers/%s", signerRoleName), body: u})
}

// RemoveSigner removes a signer role; a packet in flight is cancelled.
func (c *Client) RemoveSigner(ctx context.Context, workflowID, signerRoleName string) error {
	return c.do(ctx, call{method: "DELETE", path: signStatusPath(workflowID) + pathf("/signers/%s", signerRoleName)})
}

// RemindSigner nudges a signer; Ironclad allows one reminder per signer per
// hour and answers 429 otherwise (IsRateLimited).
func (c *Client) RemindSigner(ctx context.Context, workflowID, signerRoleName string) error {
	return c.do(ctx, call{method: "POST", path: signStatusPath(workflowID) + pathf("/signers/%s/remind", signerRoleName), ownLimit: true})
}
