package console

import (
	"encoding/json"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"tradewind/server/sandbox/core"
	"tradewind/server/sandbox/view"
	"tradewind/server/sandbox/web"
	"tradewind/server/sandbox/webhooks"
)

// consolePost checks the session and CSRF token of a console form.
func (s *Console) consolePost(w http.ResponseWriter, r *http.Request) *core.User {
	u := s.RequireUser(w, r)
	if u != nil && r.PostFormValue("csrf") != web.CSRFToken(r) {
		s.RenderMessage(w, r, http.StatusForbidden, "Request expired", "Reload the page and try again.")
		return nil
	}
	return u
}

// backTo redirects to a console page, carrying an error message if any.
func (s *Console) backTo(w http.ResponseWriter, r *http.Request, path string, err error) {
	target := s.BasePath() + path
	if err != nil {
		target += "?error=" + url.QueryEscape(core.AsAPIError(err).Message)
	}
	http.Redirect(w, r, target, http.StatusSeeOther) //nolint:gosec // G710: target is the console's own base path plus a fixed page
}

func (s *Console) Workflows(w http.ResponseWriter, r *http.Request) {
	u := s.RequireUser(w, r)
	if u == nil {
		return
	}
	var list []view.WorkflowJSON
	_ = s.Read(func(st *core.State) error {
		for _, wf := range st.Workflows {
			list = append(list, view.New(s.Sim, st).Workflow(wf))
		}
		return nil
	})
	sort.Slice(list, func(i, j int) bool { return list[i].LastUpdated > list[j].LastUpdated })
	s.Render(w, http.StatusOK, "workflows", web.Page{Title: "Workflows", Section: "workflows", User: u, Data: map[string]any{"Workflows": list}})
}

type consoleWorkflowData struct {
	Workflow   view.WorkflowJSON
	Approvals  []consoleApproval
	SignStatus view.SignStatusJSON
	Comments   []view.CommentJSON
	Attributes []consoleAttribute
	// RawAttributes is the API's JSON, for whoever wants the exact shape.
	RawAttributes string
	Lifecycle     []consoleChoice
	Users         []*core.User
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

func consoleApprovals(st *core.State, wf *core.Workflow, a view.ApprovalsJSON) []consoleApproval {
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

func (s *Console) Workflow(w http.ResponseWriter, r *http.Request) {
	u := s.RequireUser(w, r)
	if u == nil {
		return
	}
	var data consoleWorkflowData
	err := s.Read(func(st *core.State) error {
		wf, err := st.FindWorkflow(r.PathValue("id"))
		if err != nil {
			return err
		}
		v := view.New(s.Sim, st)
		data = consoleWorkflowData{Workflow: v.Workflow(wf), Approvals: consoleApprovals(st, wf, v.Approvals(wf)), SignStatus: v.SignStatus(wf),
			Lifecycle: lifecycleChoices, Users: st.Users, CSRF: web.CSRFToken(r)}
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
		s.RenderMessage(w, r, http.StatusNotFound, "Not found", "This workflow does not exist.")
		return
	}
	s.Render(w, http.StatusOK, "workflow", web.Page{Title: data.Workflow.Title, Section: "workflows", User: u, Error: r.URL.Query().Get("error"), Data: data})
}

func (s *Console) WorkflowAction(w http.ResponseWriter, r *http.Request) {
	if s.consolePost(w, r) == nil {
		return
	}
	a := core.WorkflowAction{Action: r.PostFormValue("action"), As: r.PostFormValue("as"), Role: r.PostFormValue("role"),
		Message: r.PostFormValue("message"), CommentID: r.PostFormValue("commentId"), AddUsers: r.PostFormValue("addUsersToWorkflow") == "true"}
	id, err := s.PerformAction(r.PathValue("id"), a)
	if id == "" {
		id = r.PathValue("id")
	}
	s.backTo(w, r, "/console/workflows/"+id, err)
}

func (s *Console) Templates(w http.ResponseWriter, r *http.Request) {
	if u := s.RequireUser(w, r); u != nil {
		s.Render(w, http.StatusOK, "templates", web.Page{Title: "Templates", Section: "templates", User: u, Data: s.Designs()})
	}
}

// consoleField is one row of the template editor.
type consoleField struct {
	core.FieldJSON
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
func fieldKind(p *core.Property) string {
	if p.Type == "array" {
		if p.Element != nil && p.Element.Type == "string" {
			return "multiSelect"
		}
		if p.Element != nil && p.Element.Type == "document" {
			return "file"
		}
		return ""
	}
	if _, ok := core.FieldTypes[p.Type]; ok {
		return p.Type
	}
	return ""
}

func consoleFields(f *core.Form, fields []core.FieldJSON) []consoleField {
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
		cf.Locked = core.LockReason(f, fj.ID)
		if cf.Locked == "" {
			cf.RemoveBlocked = core.RemoveBlocker(f, fj.ID)
		}
		out = append(out, cf)
	}
	return out
}

func hasOptions(qs []core.Question) bool {
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
	out := make([]fieldKindOption, 0, len(core.FieldTypes))
	for k := range core.FieldTypes {
		out = append(out, fieldKindOption{Value: k, Label: fieldKindLabels[k]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Label < out[j].Label })
	return out
}

func (s *Console) Template(w http.ResponseWriter, r *http.Request) {
	u := s.RequireUser(w, r)
	if u == nil {
		return
	}
	var d core.DesignJSON
	var fields []consoleField
	err := s.Read(func(st *core.State) error {
		found, err := st.DesignByRef(r.PathValue("id"))
		if err == nil {
			d = core.DesignOf(found)
			fields = consoleFields(&found.Form, d.Fields)
		}
		return err
	})
	if err != nil {
		s.RenderMessage(w, r, http.StatusNotFound, "Not found", "This template does not exist.")
		return
	}
	s.Render(w, http.StatusOK, "template", web.Page{Title: d.Name, Section: "templates", User: u, Error: r.URL.Query().Get("error"),
		Data: map[string]any{"Design": d, "Fields": fields, "Types": fieldKindOptions(), "CSRF": web.CSRFToken(r)}})
}

func (s *Console) EditTemplate(w http.ResponseWriter, r *http.Request) {
	if s.consolePost(w, r) == nil {
		return
	}
	e := core.FieldEdit{Op: r.PostFormValue("op"), Field: r.PostFormValue("field"), Name: r.PostFormValue("name"),
		Type: r.PostFormValue("type"), Required: r.PostFormValue("required") == "true"}
	for _, o := range strings.Split(r.PostFormValue("options"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			e.Options = append(e.Options, o)
		}
	}
	id := r.PathValue("id")
	err := s.Change(func(tx *core.Txn) error {
		d, err := tx.EditDesign(id, e)
		if err == nil {
			id = d.ID
		}
		return err
	})
	s.backTo(w, r, "/console/templates/"+id, err)
}

func (s *Console) PublishTemplate(w http.ResponseWriter, r *http.Request) {
	if s.consolePost(w, r) == nil {
		return
	}
	id := r.PathValue("id")
	err := s.Change(func(tx *core.Txn) error {
		t, err := tx.PublishDesign(id)
		if err == nil {
			id = t.DesignID
		}
		return err
	})
	s.backTo(w, r, "/console/templates/"+id, err)
}

func (s *Console) Webhooks(w http.ResponseWriter, r *http.Request) {
	u := s.RequireUser(w, r)
	if u == nil {
		return
	}
	deliveries := s.Deliveries()
	sort.Slice(deliveries, func(i, j int) bool { return deliveries[i].PublishedAt > deliveries[j].PublishedAt })
	if len(deliveries) > 50 {
		deliveries = deliveries[:50]
	}
	s.Render(w, http.StatusOK, "webhooks", web.Page{Title: "Webhooks", Section: "webhooks", User: u, Data: map[string]any{
		"Registrations": s.Hub.Registrations(s.CompanyID()), "Deliveries": deliveries,
		"Faults": core.WebhookFaultsOf(s.Hub.Faults()), "CSRF": web.CSRFToken(r)}})
}

func (s *Console) PutWebhookFaults(w http.ResponseWriter, r *http.Request) {
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
