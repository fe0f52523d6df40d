package view

import "tradewind/server/sandbox/core"

type SignStatusJSON struct {
	Signers                     []SignStatusSignerJSON `json:"signers"`
	Routing                     string                 `json:"routing"`
	Status                      string                 `json:"status"`
	RequireSignedDocumentUpload bool                   `json:"requireSignedDocumentUpload"`
	Provider                    string                 `json:"provider"`
}

type SignStatusSignerJSON struct {
	Name         string `json:"name"`
	Email        string `json:"email"`
	RoleName     string `json:"roleName"`
	RoutingOrder int    `json:"routingOrder"`
	Status       string `json:"status"`
	IsWetSigned  bool   `json:"isWetSigned"`
	Type         string `json:"type"`
	UserID       string `json:"userId,omitempty"`
}

func (v View) SignStatus(w *core.Workflow) SignStatusJSON {
	out := SignStatusJSON{Signers: []SignStatusSignerJSON{}, Routing: "sequential", Status: w.Packet, Provider: "Ironclad Signature"}
	for _, s := range w.Signers {
		out.Signers = append(out.Signers, v.SignStatusSigner(s))
	}
	return out
}

func (v View) SignStatusSigner(s core.Signer) SignStatusSignerJSON {
	kind := "internal"
	if s.UserID == "" {
		kind = "external"
	}
	return SignStatusSignerJSON{Name: s.Name, Email: s.Email, RoleName: s.RoleName, RoutingOrder: s.Order, Status: s.Status, Type: kind, UserID: s.UserID}
}

type signaturesJSON struct {
	WorkflowID string                `json:"workflowId"`
	Title      string                `json:"title"`
	Signers    []signatureSignerJSON `json:"signers"`
	Routing    string                `json:"routing"`
}

type signatureSignerJSON struct {
	RoleName        string            `json:"roleName"`
	Name            string            `json:"name"`
	Email           string            `json:"email"`
	SignatureStatus map[string]string `json:"signatureStatus"`
	RoutingOrder    int               `json:"routingOrder"`
}

func (v View) Signatures(w *core.Workflow) signaturesJSON {
	out := signaturesJSON{WorkflowID: w.ID, Title: w.Title, Signers: []signatureSignerJSON{}, Routing: "sequential"}
	for _, s := range w.Signers {
		out.Signers = append(out.Signers, signatureSignerJSON{RoleName: s.RoleName, Name: s.Name, Email: s.Email,
			SignatureStatus: map[string]string{"status": s.Status}, RoutingOrder: s.Order})
	}
	return out
}
