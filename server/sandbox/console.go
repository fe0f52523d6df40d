package sandbox

import (
	"encoding/json"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"tradewind/server/sandbox/webhooks"
)

// The operator console: server-rendered pages where a signed-in sandbox
// user acts as any Ironclad user. Every form posts to the same operations
// the control API uses.

func (s *Sandbox) consoleRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /console", s.consoleWorkflows)
	mux.HandleFunc("GET /console/workflows/{id}", s.consoleWorkflow)
	mux.HandleFunc("POST /console/workflows/{id}/actions", s.consoleAction)
	mux.HandleFunc("GET /console/templates", s.consoleTemplates)
	mux.HandleFunc("GET /console/templates/{id}", s.consoleTemplate)
	mux.HandleFunc("POST /console/templates/{id}/fields", s.consoleEditTemplate)
	mux.HandleFunc("POST /console/templates/{id}/publish", s.consolePublish)
	mux.HandleFunc("GET /console/webhooks", s.consoleWebhooks)
	mux.HandleFunc("POST /console/webhooks/faults", s.consoleWebhookFaults)
}

// consolePost checks the session and CSRF token of a console form.
func (s *Sandbox) consolePost(w http.ResponseWriter, r *http.Request) *User {
	u := s.requireUser(w, r)
	if u != nil && r.PostFormValue("csrf") != csrfToken(r) {
		s.renderMessage(w, r, http.StatusForbidden, "Request expired", "Reload the page and try again.")
		return nil
	}
	return u
}

// backTo redirects to a console page, carrying an error message if any.
func (s *Sandbox) backTo(w http.ResponseWriter, r *http.Request, path string, err error) {
	target := s.BasePath() + path
	if err != nil {
		target += "?error=" + url.QueryEscape(AsAPIError(err).Message)
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

func (s *Sandbox) consoleWorkflows(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	var list []WorkflowJSON
	_ = s.Read(func(st *State) error {
		for _, wf := range st.Workflows {
			list = append(list, s.View(st).Workflow(wf))
		}
		return nil
	})
	sort.Slice(list, func(i, j int) bool { return list[i].LastUpdated > list[j].LastUpdated })
	s.render(w, http.StatusOK, "workflows", page{Title: "Workflows", Section: "workflows", User: u, Data: map[string]any{"Workflows": list}})
}

type consoleWorkflowData struct {
	Workflow   WorkflowJSON
	Approvals  []consoleApproval
	SignStatus SignStatusJSON
	Comments   []CommentJSON
	Attributes []consoleAttribute
	// RawAttributes is the API's JSON, for whoever wants the exact shape.
	RawAttributes string
	Lifecycle     []consoleChoice
	Users         []*User
	CSRF          string
}

// consoleChoice is one button of a console form: the action it posts and its label.
type consoleChoice struct{ Value, Label string }

var lifecycleChoices = []consoleChoice{{"pause", "Pause"}, {"resume", "Resume"}, {"cancel", "Cancel workflow"}, {"revert", "Revert to Review"}}

// consoleApproval is one approval row, with the role's assignee: the user
// the "as" selector starts at, since only an assignee may approve.
type consoleApproval struct {
	Order         int
	GroupStatus   string
	Role          string
	Name          string
	Status        string
	AssigneeName  string
	AssigneeEmail string
}

func consoleApprovals(st *State, wf *Workflow, a ApprovalsJSON) []consoleApproval {
	var out []consoleApproval
	for _, g := range a.ApprovalGroups {
		for _, r := range g.Reviewers {
			row := consoleApproval{Order: g.Order, GroupStatus: g.Status, Role: r.Role, Name: r.DisplayName, Status: r.Status}
			if role := wf.Role(r.Role); role != nil && len(role.Assignees) > 0 {
				if u := st.UserByRef(role.Assignees[0]); u != nil {
					row.AssigneeName, row.AssigneeEmail = u.DisplayName(), u.Email
				}
			}
			out = append(out, row)
		}
	}
	return out
}

func (s *Sandbox) consoleWorkflow(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	var data consoleWorkflowData
	err := s.Read(func(st *State) error {
		wf, err := st.FindWorkflow(r.PathValue("id"))
		if err != nil {
			return err
		}
		v := s.View(st)
		data = consoleWorkflowData{Workflow: v.Workflow(wf), Approvals: consoleApprovals(st, wf, v.Approvals(wf)), SignStatus: v.SignStatus(wf),
			Lifecycle: lifecycleChoices, Users: st.Users, CSRF: csrfToken(r)}
		for i := range wf.Comments {
			data.Comments = append(data.Comments, v.Comment(wf, &wf.Comments[i]))
		}
		var labels map[string]string
		if t := st.TemplateByID(wf.TemplateID); t != nil {
			labels = propertyLabels(&t.Form)
		}
		data.Attributes = consoleAttributes(data.Workflow.Attributes, labels)
		attrs, _ := json.MarshalIndent(data.Workflow.Attributes, "", "  ")
		data.RawAttributes = string(attrs)
		return nil
	})
	if err != nil {
		s.renderMessage(w, r, http.StatusNotFound, "Not found", "This workflow does not exist.")
		return
	}
	s.render(w, http.StatusOK, "workflow", page{Title: data.Workflow.Title, Section: "workflows", User: u, Error: r.URL.Query().Get("error"), Data: data})
}

func (s *Sandbox) consoleAction(w http.ResponseWriter, r *http.Request) {
	if s.consolePost(w, r) == nil {
		return
	}
	a := WorkflowAction{Action: r.PostFormValue("action"), As: r.PostFormValue("as"), Role: r.PostFormValue("role"),
		Message: r.PostFormValue("message"), CommentID: r.PostFormValue("commentId"), AddUsers: r.PostFormValue("addUsersToWorkflow") == "true"}
	id, err := s.PerformAction(r.PathValue("id"), a)
	if id == "" {
		id = r.PathValue("id")
	}
	s.backTo(w, r, "/console/workflows/"+id, err)
}

func (s *Sandbox) consoleTemplates(w http.ResponseWriter, r *http.Request) {
	if u := s.requireUser(w, r); u != nil {
		s.render(w, http.StatusOK, "templates", page{Title: "Templates", Section: "templates", User: u, Data: s.Designs()})
	}
}

// consoleField is one row of the template editor.
type consoleField struct {
	FieldJSON
	// Kind is the designer field type the Retype selector starts at ("" when
	// the field has a shape the designer cannot build, such as a table).
	Kind      string
	TypeLabel string
	// Locked says why the field cannot be renamed, retyped or removed;
	// RemoveBlocked why it cannot be removed.
	Locked, RemoveBlocked string
}

// fieldKindLabels names the designer's field types for people.
var fieldKindLabels = map[string]string{
	"string": "Text / dropdown", "email": "Email", "number": "Number", "boolean": "Yes/No", "date": "Date",
	"monetaryAmount": "Money", "duration": "Duration", "address": "Address", "multiSelect": "Multi-select", "file": "Files",
}

// fieldKind is the fieldTypes entry that builds a property of p's shape.
func fieldKind(p *Property) string {
	if p.Type == "array" {
		if p.Element != nil && p.Element.Type == "string" {
			return "multiSelect"
		}
		if p.Element != nil && p.Element.Type == "document" {
			return "file"
		}
		return ""
	}
	if _, ok := FieldTypes[p.Type]; ok {
		return p.Type
	}
	return ""
}

func consoleFields(f *Form, fields []FieldJSON) []consoleField {
	out := make([]consoleField, 0, len(fields))
	for _, fj := range fields {
		cf := consoleField{FieldJSON: fj, TypeLabel: fj.Type}
		if p := f.Property(fj.ID); p != nil {
			cf.Kind = fieldKind(p)
			switch {
			case p.Formula != "":
				cf.TypeLabel = "Formula"
			case cf.Kind == "string" && hasOptions(f.QuestionsFor(p.ID)):
				cf.TypeLabel = "Dropdown"
			case cf.Kind == "string":
				cf.TypeLabel = "Text"
			case cf.Kind != "":
				cf.TypeLabel = fieldKindLabels[cf.Kind]
			}
		}
		cf.Locked = LockReason(f, fj.ID)
		if cf.Locked == "" {
			cf.RemoveBlocked = RemoveBlocker(f, fj.ID)
		}
		out = append(out, cf)
	}
	return out
}

func hasOptions(qs []Question) bool {
	for _, q := range qs {
		if len(q.Options) > 0 {
			return true
		}
	}
	return false
}

// fieldKindOption is one choice of the Type selectors.
type fieldKindOption struct{ Value, Label string }

func fieldKindOptions() []fieldKindOption {
	out := make([]fieldKindOption, 0, len(FieldTypes))
	for k := range FieldTypes {
		out = append(out, fieldKindOption{Value: k, Label: fieldKindLabels[k]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Label < out[j].Label })
	return out
}

func (s *Sandbox) consoleTemplate(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	var d DesignJSON
	var fields []consoleField
	err := s.Read(func(st *State) error {
		found, err := st.DesignByRef(r.PathValue("id"))
		if err == nil {
			d = DesignOf(found)
			fields = consoleFields(&found.Form, d.Fields)
		}
		return err
	})
	if err != nil {
		s.renderMessage(w, r, http.StatusNotFound, "Not found", "This template does not exist.")
		return
	}
	s.render(w, http.StatusOK, "template", page{Title: d.Name, Section: "templates", User: u, Error: r.URL.Query().Get("error"),
		Data: map[string]any{"Design": d, "Fields": fields, "Types": fieldKindOptions(), "CSRF": csrfToken(r)}})
}

func (s *Sandbox) consoleEditTemplate(w http.ResponseWriter, r *http.Request) {
	if s.consolePost(w, r) == nil {
		return
	}
	e := FieldEdit{Op: r.PostFormValue("op"), Field: r.PostFormValue("field"), Name: r.PostFormValue("name"),
		Type: r.PostFormValue("type"), Required: r.PostFormValue("required") == "true"}
	for _, o := range strings.Split(r.PostFormValue("options"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			e.Options = append(e.Options, o)
		}
	}
	id := r.PathValue("id")
	err := s.Change(func(tx *Txn) error {
		d, err := tx.EditDesign(id, e)
		if err == nil {
			id = d.ID
		}
		return err
	})
	s.backTo(w, r, "/console/templates/"+id, err)
}

func (s *Sandbox) consolePublish(w http.ResponseWriter, r *http.Request) {
	if s.consolePost(w, r) == nil {
		return
	}
	id := r.PathValue("id")
	err := s.Change(func(tx *Txn) error {
		t, err := tx.PublishDesign(id)
		if err == nil {
			id = t.DesignID
		}
		return err
	})
	s.backTo(w, r, "/console/templates/"+id, err)
}

func (s *Sandbox) consoleWebhooks(w http.ResponseWriter, r *http.Request) {
	u := s.requireUser(w, r)
	if u == nil {
		return
	}
	deliveries := s.Deliveries()
	sort.Slice(deliveries, func(i, j int) bool { return deliveries[i].PublishedAt > deliveries[j].PublishedAt })
	if len(deliveries) > 50 {
		deliveries = deliveries[:50]
	}
	s.render(w, http.StatusOK, "webhooks", page{Title: "Webhooks", Section: "webhooks", User: u, Data: map[string]any{
		"Registrations": s.Hub.Registrations(s.CompanyID()), "Deliveries": deliveries,
		"Faults": WebhookFaultsOf(s.Hub.Faults()), "CSRF": csrfToken(r)}})
}

func (s *Sandbox) consoleWebhookFaults(w http.ResponseWriter, r *http.Request) {
	if s.consolePost(w, r) == nil {
		return
	}
	rate, _ := strconv.ParseFloat(r.PostFormValue("dropRate"), 64)
	next, _ := strconv.Atoi(r.PostFormValue("dropNext"))
	delay, _ := strconv.Atoi(r.PostFormValue("delayMs"))
	s.Hub.SetFaults(webhooks.Faults{DropRate: rate, DropNext: next, Delay: time.Duration(delay) * time.Millisecond,
		Duplicate: r.PostFormValue("duplicate") == "true", Reorder: r.PostFormValue("reorder") == "true"})
	s.backTo(w, r, "/console/webhooks", nil)
}
