package core

import (
	"strings"
	"time"
)

// Steps and statuses of a workflow (API.md §6.1, §6.4).
const (
	StepReview   = "Review"
	StepSign     = "Sign"
	StepArchive  = "Archive"
	StepComplete = "Complete"

	StatusActive    = "active"
	StatusPaused    = "paused"
	StatusCompleted = "completed"
	StatusCancelled = "cancelled"
)

type Workflow struct {
	ID         string         `json:"id"`
	ReadableID string         `json:"readableId"`
	TemplateID string         `json:"templateId"`
	Title      string         `json:"title"`
	Step       string         `json:"step"`
	Status     string         `json:"status"`
	Attributes map[string]any `json:"attributes"`
	// Documents holds the document-valued system attributes by attribute id
	// (draft, sentSignaturePacket, signed, partiallySigned).
	Documents        map[string][]Document `json:"documents"`
	CreatorID        string                `json:"creatorId"`
	Created          time.Time             `json:"created"`
	LastUpdated      time.Time             `json:"lastUpdated"`
	Roles            []WorkflowRole        `json:"roles"`
	Approvals        []Approval            `json:"approvals"`
	Signers          []Signer              `json:"signers"`
	Packet           string                `json:"packet"` // sign-status status: not_sent, sent, complete
	Comments         []Comment             `json:"comments"`
	Participants     []string              `json:"participants"` // user ids added beyond role assignees
	RecordID         string                `json:"recordId,omitempty"`
	ReviewRollbacked bool                  `json:"reviewRollbacked"`
}

type WorkflowRole struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Assignees []string `json:"assignees"` // user ids
}

// Approval is one triggered approver role and its request history.
type Approval struct {
	RoleID  string     `json:"roleId"`
	Name    string     `json:"name"`
	Group   int        `json:"group"`  // 1-based order
	Status  string     `json:"status"` // pending, approved
	Started *time.Time `json:"started,omitempty"`
	Ended   *time.Time `json:"ended,omitempty"`
	ActorID string     `json:"actorId,omitempty"`
}

type Signer struct {
	RoleID       string    `json:"roleId"`
	RoleName     string    `json:"roleName"`
	Name         string    `json:"name"`
	Email        string    `json:"email"`
	UserID       string    `json:"userId,omitempty"` // internal signers only
	Order        int       `json:"order"`
	Status       string    `json:"status"` // pending, sent, viewed, signed, declined
	Viewed       bool      `json:"viewed"`
	LastReminded time.Time `json:"lastReminded"`
}

type Document struct {
	Version       string    `json:"version"`
	VersionNumber int       `json:"versionNumber"`
	Filename      string    `json:"filename"`
	Key           string    `json:"key"`
	Modified      time.Time `json:"modified"`
	AuthorID      string    `json:"authorId,omitempty"` // "" = system
}

type Comment struct {
	ID                string    `json:"id"`
	AuthorID          string    `json:"authorId"`
	Message           string    `json:"message"`
	Timestamp         time.Time `json:"timestamp"`
	Mentions          []string  `json:"mentions"`          // user ids
	AddedParticipants []string  `json:"addedParticipants"` // user ids
	RepliedTo         string    `json:"repliedTo,omitempty"`
}

// WorkflowByRef accepts a workflow id or its Ironclad id (IC-n).
func (st *State) WorkflowByRef(ref string) *Workflow {
	for _, w := range st.Workflows {
		if w.ID == ref || strings.EqualFold(w.ReadableID, ref) {
			return w
		}
	}
	return nil
}

func (st *State) FindWorkflow(ref string) (*Workflow, error) {
	if w := st.WorkflowByRef(ref); w != nil {
		return w, nil
	}
	return nil, errWorkflowNotFound()
}

func (w *Workflow) Role(id string) *WorkflowRole {
	for i := range w.Roles {
		if w.Roles[i].ID == id {
			return &w.Roles[i]
		}
	}
	return nil
}

func (w *Workflow) approval(roleID string) *Approval {
	for i := range w.Approvals {
		if w.Approvals[i].RoleID == roleID {
			return &w.Approvals[i]
		}
	}
	return nil
}

func (w *Workflow) signerByRoleName(name string) *Signer {
	for i := range w.Signers {
		if strings.EqualFold(w.Signers[i].RoleName, name) || w.Signers[i].RoleID == name {
			return &w.Signers[i]
		}
	}
	return nil
}

// isParticipant is true for the owner, role assignees and added participants.
func (w *Workflow) ParticipantIDs() []string {
	var ids []string
	for _, r := range w.Roles {
		for _, a := range r.Assignees {
			ids = appendUnique(ids, a)
		}
	}
	for _, p := range w.Participants {
		ids = appendUnique(ids, p)
	}
	return ids
}

// ActiveGroup is the lowest approval group with a pending approval, or 0
// when every approval is approved.
func (w *Workflow) ActiveGroup() int {
	active := 0
	for _, a := range w.Approvals {
		if a.Status != "approved" && (active == 0 || a.Group < active) {
			active = a.Group
		}
	}
	return active
}

func (w *Workflow) Template(st *State) *Template { return st.TemplateByID(w.TemplateID) }
