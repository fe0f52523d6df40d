package core

import (
	"net/http"
	"time"
)

// Signature packet (API.md §10): sent in routing order, each signer going
// sent → viewed → signed (or declined); all signed completes the workflow.

const remindInterval = time.Hour

func requireSignStep(w *Workflow) error {
	if w.Step != StepSign || w.Status != StatusActive {
		return ErrInvalidState("", "Workflow must be on Sign Step.")
	}
	return nil
}

func (tx *Txn) SendSignatureRequest(actor *User, w *Workflow) error {
	if err := requireSignStep(w); err != nil {
		return err
	}
	if w.Packet != "not_sent" {
		return ErrInvalidState("", "The signature request has already been sent.")
	}
	if len(w.Signers) == 0 {
		return ErrInvalidState("", "This workflow has no signers.")
	}
	resetSigners(w)
	w.Packet = "sent"
	advanceRouting(w)
	w.Documents["sentSignaturePacket"] = append(w.Documents["sentSignaturePacket"], tx.newDocument("", w.Title+" ("+shortID(w.ID)+").pdf"))
	tx.emit("workflow_signature_packet_sent", w, actor.ID)
	return nil
}

// resetSigners voids a packet: every signer is pending again.
func resetSigners(w *Workflow) {
	w.Packet = "not_sent"
	for i := range w.Signers {
		w.Signers[i].Status, w.Signers[i].Viewed = "pending", false
	}
}

// advanceRouting hands the packet to the next signer in routing order.
func advanceRouting(w *Workflow) {
	for i := range w.Signers {
		s := &w.Signers[i]
		switch s.Status {
		case "signed":
			continue
		case "pending":
			s.Status = "sent"
		}
		return
	}
}

func (tx *Txn) CancelSignatureRequest(actor *User, w *Workflow, reason string) error {
	if err := requireSignStep(w); err != nil {
		return err
	}
	if w.Packet != "sent" {
		return ErrInvalidState("", "There is no signature request in progress to cancel.")
	}
	resetSigners(w)
	tx.emit("workflow_signature_packet_cancelled", w, actor.ID, JSONField{"reason", reason})
	return nil
}

// SignerAssignment is the body of PATCH …/sign-status/signers/{roleName}.
type SignerAssignment struct {
	Type   string `json:"type"`
	UserID string `json:"userId"`
	Email  string `json:"email"`
	Name   string `json:"name"`
}

func (tx *Txn) UpdateSigner(actor *User, w *Workflow, roleName string, a SignerAssignment) (*Signer, error) {
	s, err := signerForChange(w, roleName)
	if err != nil {
		return nil, err
	}
	switch a.Type {
	case "internal":
		u := tx.St.UserByID(a.UserID)
		if u == nil {
			return nil, ErrInvalidParam("assigned.userId", "invalid user for user attribute")
		}
		s.Name, s.Email, s.UserID = u.DisplayName(), u.Email, u.ID
	case "external":
		if _, err := checkEmail("assigned.email", a.Email); err != nil || a.Name == "" {
			return nil, ErrInvalidParam("assigned", "external signers need a name and a valid email")
		}
		s.Name, s.Email, s.UserID = a.Name, a.Email, ""
	default:
		return nil, ErrInvalidParam("assigned.type", "assigned.type must be one of [internal, external]")
	}
	tx.emit("workflow_signer_reassigned", w, actor.ID, JSONField{"roleName", s.RoleName}, JSONField{"signerEmail", s.Email})
	return s, nil
}

func (tx *Txn) RemoveSigner(actor *User, w *Workflow, roleName string) error {
	s, err := signerForChange(w, roleName)
	if err != nil {
		return err
	}
	removed := *s
	kept := w.Signers[:0]
	for _, x := range w.Signers {
		if x.RoleID != removed.RoleID {
			x.Order = len(kept)
			kept = append(kept, x)
		}
	}
	w.Signers = kept
	tx.emit("workflow_signer_removed", w, actor.ID, JSONField{"roleName", removed.RoleName}, JSONField{"signerEmail", removed.Email})
	if w.Packet == "sent" {
		resetSigners(w)
		tx.emit("workflow_signature_packet_cancelled", w, actor.ID, JSONField{"reason", "signer removed"})
	}
	return nil
}

// findSigner looks up a signer role of a workflow in Sign.
func findSigner(w *Workflow, roleName string) (*Signer, error) {
	if err := requireSignStep(w); err != nil {
		return nil, err
	}
	if s := w.signerByRoleName(roleName); s != nil {
		return s, nil
	}
	return nil, ErrNotFound("signerRoleName", "signer role does not exist on this workflow")
}

func signerForChange(w *Workflow, roleName string) (*Signer, error) {
	s, err := findSigner(w, roleName)
	if err != nil {
		return nil, err
	}
	if s.Status == "signed" {
		return nil, ErrInvalidState("signerRoleName", "Cannot update a signer who has already signed.")
	}
	return s, nil
}

// Remind allows one reminder per signer per hour.
func (tx *Txn) Remind(w *Workflow, roleName string) error {
	s, err := signerTurn(w, roleName, "This signer has no outstanding signature request to be reminded of.")
	if err != nil {
		return err
	}
	if !s.LastReminded.IsZero() && tx.Now.Sub(s.LastReminded) < remindInterval {
		return &APIError{Status: http.StatusTooManyRequests, Code: "TOO_MANY_REQUESTS",
			Message: "You cannot remind the signer at this time (you can only send one reminder per hour). Please try again later."}
	}
	s.LastReminded = tx.Now
	return nil
}

// signerTurn finds a signer the sent packet is waiting for; refusal is the
// message when it is not.
func signerTurn(w *Workflow, roleName, refusal string) (*Signer, error) {
	s, err := findSigner(w, roleName)
	if err != nil {
		return nil, err
	}
	if w.Packet != "sent" || (s.Status != "sent" && s.Status != "viewed") {
		return nil, ErrInvalidState("signerRoleName", refusal)
	}
	return s, nil
}

const notSignersTurn = "It is not this signer's turn to sign."

func (tx *Txn) signerViewed(w *Workflow, roleName string) error {
	s, err := signerTurn(w, roleName, notSignersTurn)
	if err != nil {
		return err
	}
	fields := []JSONField{{"roleName", s.RoleName}, {"signerEmail", s.Email}}
	if !s.Viewed {
		s.Viewed = true
		tx.emit("workflow_signature_packet_signer_first_viewed", w, s.UserID, fields...)
	}
	s.Status = "viewed"
	tx.emit("workflow_signature_packet_signer_viewed", w, s.UserID, fields...)
	return nil
}

func (tx *Txn) signerSigned(w *Workflow, roleName string) error {
	s, err := signerTurn(w, roleName, notSignersTurn)
	if err != nil {
		return err
	}
	s.Status = "signed"
	advanceRouting(w)
	for _, x := range w.Signers {
		if x.Status != "signed" {
			w.Documents["partiallySigned"] = []Document{tx.newDocument("", w.Title+" (partially signed).pdf")}
			tx.emit("workflow_updated", w, s.UserID, JSONField{"roleName", s.RoleName}, JSONField{"signerEmail", s.Email})
			return nil
		}
	}
	w.Packet = "complete"
	delete(w.Documents, "partiallySigned")
	w.Documents["signed"] = []Document{tx.newDocument("", w.Title+" (signed).pdf")}
	tx.emit("workflow_signature_packet_signatures_collected", w, s.UserID)
	tx.emit("workflow_signature_packet_fully_signed", w, s.UserID)
	tx.complete(w, s.UserID)
	return nil
}

// signerDeclined voids the packet; the decliner shows "declined" until the
// request is sent again.
func (tx *Txn) signerDeclined(w *Workflow, roleName, reason string) error {
	s, err := signerTurn(w, roleName, notSignersTurn)
	if err != nil {
		return err
	}
	role, email, userID := s.RoleName, s.Email, s.UserID
	resetSigners(w)
	w.signerByRoleName(role).Status = "declined"
	tx.emit("workflow_signature_packet_cancelled", w, userID,
		JSONField{"reason", "declined: " + reason}, JSONField{"roleName", role}, JSONField{"signerEmail", email})
	return nil
}
