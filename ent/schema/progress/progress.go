// Package progress holds the Go types of a linked Ironclad workflow's JSON
// columns (approvals, signers), so every reader parses them in one place.
package progress

import "time"

// Approval is one approver role of a linked workflow as Ironclad last
// reported it. ChangedAt is when Tradewind first saw the status Ironclad
// reports (Ironclad's approval list carries no time).
type Approval struct {
	Role      string     `json:"role"` // Ironclad's approver role id
	Name      string     `json:"name"` // the role's display name, e.g. Legal
	Group     int        `json:"group"`
	Status    string     `json:"status"` // pending, approved
	ChangedAt *time.Time `json:"changedAt,omitempty"`
}

// Signer is one signer of the signature packet.
type Signer struct {
	Role      string     `json:"role"` // Ironclad's signer role name
	Name      string     `json:"name"`
	Email     string     `json:"email"`
	Status    string     `json:"status"` // pending, sent, viewed, signed, declined
	ChangedAt *time.Time `json:"changedAt,omitempty"`
}
