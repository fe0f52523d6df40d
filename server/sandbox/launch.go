package sandbox

import (
	"fmt"
	"path"
	"strings"
)

// launchRequest is the body of POST /workflows (and /workflows/async).
type launchRequest struct {
	Template    string         `json:"template"`
	Attributes  map[string]any `json:"attributes"`
	UseDefaults bool           `json:"-"`
}

// documentAttributes are launch attributes whose values become documents.
func isDocumentList(p *property) bool {
	return p.Type == "array" && p.Element != nil && p.Element.Type == "document"
}

// launch validates a launch request and creates the workflow in Review.
func (tx *txn) launch(actor *user, req launchRequest) (*workflow, error) {
	if req.Template == "" {
		return nil, errMissingParam("template", "missing required parameter template")
	}
	t := tx.st.liveTemplate(req.Template)
	if t == nil {
		return nil, errInvalidParam("template", "template %s does not exist or is not published", req.Template)
	}
	if req.Attributes == nil {
		return nil, errMissingParam("attributes", "missing required parameter attributes")
	}
	attrs, err := tx.st.checkAttributes(&t.Form, req.Attributes)
	if err != nil {
		return nil, err
	}
	if req.UseDefaults {
		applyDefaults(&t.Form, attrs)
	}
	if missing := missingRequired(&t.Form, attrs); missing != "" {
		return nil, errMissingParam(missing, "missing required attribute")
	}
	if isEmptyValue(attrs["counterpartyName"]) {
		return nil, errMissingParam("counterpartyName", "missing required attribute")
	}
	w := tx.newWorkflow(actor, t, attrs)
	tx.st.Workflows = append(tx.st.Workflows, w)
	tx.emit("workflow_launched", w, actor.ID)
	if len(w.Approvals) == 0 {
		tx.enterSign(w, actor.ID)
	}
	return w, nil
}

func (tx *txn) newWorkflow(actor *user, t *template, attrs map[string]any) *workflow {
	tx.st.LastReadable++
	w := &workflow{
		ID: newHexID(), ReadableID: fmt.Sprintf("IC-%d", tx.st.LastReadable), TemplateID: t.ID,
		Step: stepReview, Status: statusActive, Attributes: attrs, Documents: map[string][]document{},
		CreatorID: actor.ID, Created: tx.now, LastUpdated: tx.now, Packet: "not_sent",
		Comments: []comment{}, Participants: []string{},
	}
	if isEmptyValue(attrs["paperSource"]) {
		attrs["paperSource"] = "Our paper"
	}
	w.Title = generatedTitle(&t.Form, attrs)
	for _, p := range workflowProperties(&t.Form) {
		if isDocumentList(&p) {
			tx.attachFiles(w, actor, p.ID)
		}
	}
	// On our paper Ironclad generates the draft from the template document.
	if attrs["paperSource"] == "Our paper" || len(w.Documents["draft"]) == 0 {
		w.Documents["draft"] = []document{tx.newDocument(actor.ID, fmt.Sprintf("%s - %s (%s).docx", w.Title, t.Form.DocumentName, shortID(w.ID)))}
	}
	w.Roles, w.Approvals = tx.assignRoles(t, actor, attrs)
	w.Signers = signersFor(tx.st, t, attrs)
	return w
}

// attachFiles turns [{url}] launch values into workflow documents.
func (tx *txn) attachFiles(w *workflow, actor *user, attributeID string) {
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

func (tx *txn) newDocument(authorID, filename string) document {
	return document{Version: newNanoID(), VersionNumber: 1, Filename: filename, Key: newNanoID(), Modified: tx.now, AuthorID: authorID}
}

// generatedTitle is "<contract type> with <counterparty name>"; a launch
// answer to the contract-type property overrides the configured type.
func generatedTitle(f *form, attrs map[string]any) string {
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
func (tx *txn) assignRoles(t *template, owner *user, attrs map[string]any) ([]workflowRole, []approval) {
	var roles []workflowRole
	var approvals []approval
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
			roles = append(roles, workflowRole{ID: a.RoleID, Name: a.Name, Assignees: tx.assigneeIDs(a.Assignee)})
			ap := approval{RoleID: a.RoleID, Name: a.Name, Group: group, Status: "pending"}
			if group == 1 {
				ap.Started = &tx.now
			}
			approvals = append(approvals, ap)
		}
	}
	for _, sd := range t.Form.Signers {
		if !sd.External {
			roles = append(roles, workflowRole{ID: sd.RoleID, Name: sd.Name, Assignees: tx.assigneeIDs(sd.Assignee)})
		}
	}
	roles = append(roles, workflowRole{ID: "owner", Name: "Workflow Owner", Assignees: []string{owner.ID}})
	return roles, approvals
}

func (tx *txn) assigneeIDs(email string) []string {
	if u := tx.st.userByEmail(email); u != nil {
		return []string{u.ID}
	}
	return []string{}
}

// signersFor lists the signers in routing order: external (counterparty)
// signers first, then internal ones, as in the recordings.
func signersFor(st *state, t *template, attrs map[string]any) []signer {
	var out []signer
	for _, external := range []bool{true, false} {
		for _, sd := range t.Form.Signers {
			if sd.External != external {
				continue
			}
			s := signer{RoleID: sd.RoleID, RoleName: sd.Name, Order: len(out), Status: "pending"}
			if sd.External {
				s.Name, _ = attrs[sd.NameProperty].(string)
				s.Email, _ = attrs[sd.EmailProperty].(string)
			} else if u := st.userByEmail(sd.Assignee); u != nil {
				s.Name, s.Email, s.UserID = u.displayName(), u.Email, u.ID
			}
			out = append(out, s)
		}
	}
	return out
}
