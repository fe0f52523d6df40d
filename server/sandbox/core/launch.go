package core

import (
	"fmt"
	"path"
	"strings"
)

// LaunchRequest is the body of POST /workflows (and /workflows/async).
type LaunchRequest struct {
	Template    string         `json:"template"`
	Attributes  map[string]any `json:"attributes"`
	UseDefaults bool           `json:"-"`
}

// documentAttributes are launch attributes whose values become documents.
func IsDocumentList(p *Property) bool {
	return p.Type == "array" && p.Element != nil && p.Element.Type == "document"
}

// Launch validates a launch request and creates the workflow in Review.
func (tx *Txn) Launch(actor *User, req LaunchRequest) (*Workflow, error) {
	if req.Template == "" {
		return nil, ErrMissingParam("template", "missing required parameter template")
	}
	t := tx.St.LiveTemplate(req.Template)
	if t == nil {
		return nil, ErrInvalidParam("template", "template %s does not exist or is not published", req.Template)
	}
	if req.Attributes == nil {
		return nil, ErrMissingParam("attributes", "missing required parameter attributes")
	}
	attrs, err := tx.St.checkAttributes(&t.Form, req.Attributes)
	if err != nil {
		return nil, err
	}
	if req.UseDefaults {
		applyDefaults(&t.Form, attrs)
	}
	if missing := missingRequired(&t.Form, attrs); missing != "" {
		return nil, ErrMissingParam(missing, "missing required attribute")
	}
	if IsEmptyValue(attrs["counterpartyName"]) {
		return nil, ErrMissingParam("counterpartyName", "missing required attribute")
	}
	w := tx.newWorkflow(actor, t, attrs)
	tx.St.Workflows = append(tx.St.Workflows, w)
	tx.emit("workflow_launched", w, actor.ID)
	if len(w.Approvals) == 0 {
		tx.enterSign(w, actor.ID)
	}
	return w, nil
}

func (tx *Txn) newWorkflow(actor *User, t *Template, attrs map[string]any) *Workflow {
	tx.St.LastReadable++
	w := &Workflow{
		ID: newHexID(), ReadableID: fmt.Sprintf("IC-%d", tx.St.LastReadable), TemplateID: t.ID,
		Step: StepReview, Status: StatusActive, Attributes: attrs, Documents: map[string][]Document{},
		CreatorID: actor.ID, Created: tx.Now, LastUpdated: tx.Now, Packet: "not_sent",
		Comments: []Comment{}, Participants: []string{},
	}
	if IsEmptyValue(attrs["paperSource"]) {
		attrs["paperSource"] = "Our paper"
	}
	w.Title = generatedTitle(&t.Form, attrs)
	for _, p := range WorkflowProperties(&t.Form) {
		if IsDocumentList(&p) {
			tx.attachFiles(w, actor, p.ID)
		}
	}
	// On our paper Ironclad generates the draft from the template document.
	if attrs["paperSource"] == "Our paper" || len(w.Documents["draft"]) == 0 {
		w.Documents["draft"] = []Document{tx.newDocument(actor.ID, fmt.Sprintf("%s - %s (%s).docx", w.Title, t.Form.DocumentName, shortID(w.ID)))}
	}
	w.Roles, w.Approvals = tx.assignRoles(t, actor, attrs)
	w.Signers = signersFor(tx.St, t, attrs)
	return w
}

// attachFiles turns [{url}] launch values into workflow documents.
func (tx *Txn) attachFiles(w *Workflow, actor *User, attributeID string) {
	refs, _ := w.Attributes[attributeID].([]any)
	delete(w.Attributes, attributeID)
	for _, r := range refs {
		raw, _ := r.(map[string]any)["url"].(string)
		name := path.Base(strings.SplitN(raw, "?", 2)[0])
		if name == "" || name == "/" || name == "." {
			name = "document.pdf"
		}
		w.Documents[attributeID] = append(w.Documents[attributeID], tx.newDocument(actor.ID, name))
	}
}

func (tx *Txn) newDocument(authorID, filename string) Document {
	return Document{Version: newNanoID(), VersionNumber: 1, Filename: filename, Key: newNanoID(), Modified: tx.Now, AuthorID: authorID}
}

// generatedTitle is "<contract type> with <counterparty name>"; a launch
// answer to the contract-type property overrides the configured type.
func generatedTitle(f *Form, attrs map[string]any) string {
	kind := f.ContractType
	if s, ok := attrs[f.ContractTypeProperty].(string); ok && s != "" {
		kind = s
	}
	name, _ := attrs["counterpartyName"].(string)
	return kind + " with " + name
}

// shortID is the "(6a6b3fe903)" tag Ironclad puts in generated file names:
// the id's first seven and last three characters.
func shortID(id string) string { return id[:7] + id[len(id)-3:] }

// assignRoles resolves approver, signer and owner roles. Only triggered
// approvals exist; groups are renumbered so their order stays 1, 2, …
func (tx *Txn) assignRoles(t *Template, owner *User, attrs map[string]any) ([]WorkflowRole, []Approval) {
	var roles []WorkflowRole
	var approvals []Approval
	group := 0
	for _, g := range t.Form.ApprovalGroups {
		triggered := false
		for _, a := range g.Roles {
			if !a.When.holds(attrs) {
				continue
			}
			if !triggered {
				group++
				triggered = true
			}
			roles = append(roles, WorkflowRole{ID: a.RoleID, Name: a.Name, Assignees: tx.assigneeIDs(a.Assignee)})
			ap := Approval{RoleID: a.RoleID, Name: a.Name, Group: group, Status: "pending"}
			if group == 1 {
				ap.Started = &tx.Now
			}
			approvals = append(approvals, ap)
		}
	}
	for _, sd := range t.Form.Signers {
		if !sd.External {
			roles = append(roles, WorkflowRole{ID: sd.RoleID, Name: sd.Name, Assignees: tx.assigneeIDs(sd.Assignee)})
		}
	}
	roles = append(roles, WorkflowRole{ID: "owner", Name: "Workflow Owner", Assignees: []string{owner.ID}})
	return roles, approvals
}

func (tx *Txn) assigneeIDs(email string) []string {
	if u := tx.St.UserByEmail(email); u != nil {
		return []string{u.ID}
	}
	return []string{}
}

// signersFor lists the signers in routing order: external (counterparty)
// signers first, then internal ones, as in the recordings.
func signersFor(st *State, t *Template, attrs map[string]any) []Signer {
	var out []Signer
	for _, external := range []bool{true, false} {
		for _, sd := range t.Form.Signers {
			if sd.External != external {
				continue
			}
			s := Signer{RoleID: sd.RoleID, RoleName: sd.Name, Order: len(out), Status: "pending"}
			if sd.External {
				s.Name, _ = attrs[sd.NameProperty].(string)
				s.Email, _ = attrs[sd.EmailProperty].(string)
			} else if u := st.UserByEmail(sd.Assignee); u != nil {
				s.Name, s.Email, s.UserID = u.DisplayName(), u.Email, u.ID
			}
			out = append(out, s)
		}
	}
	return out
}
