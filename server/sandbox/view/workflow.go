// Package view renders the simulator's state as Ironclad's JSON: workflows,
// approvals, signatures, comments and documents, as the public API, the
// console and the control API show them.
package view

import (
	"strings"
	"time"

	"tradewind/server/sandbox/core"
)

// View renders state as Ironclad's JSON; it is used under the read or write
// lock and links through the sandbox's public URL.
type View struct {
	s  *core.Sim
	St *core.State
}

// New renders st, which the caller holds under sim's lock.
func New(sim *core.Sim, st *core.State) View { return View{sim, st} }

type WorkflowJSON struct {
	ID                   string          `json:"id"`
	Title                string          `json:"title"`
	Template             string          `json:"template"`
	Step                 string          `json:"step"`
	Schema               core.JSONObject `json:"schema"`
	Attributes           core.JSONObject `json:"attributes"`
	IsCancelled          bool            `json:"isCancelled"`
	IsComplete           bool            `json:"isComplete"`
	Status               string          `json:"status"`
	Creator              creatorJSON     `json:"creator"`
	Created              string          `json:"created"`
	LastUpdated          string          `json:"lastUpdated"`
	Roles                []roleJSON      `json:"roles"`
	Approvals            progressJSON    `json:"approvals"`
	Signatures           progressJSON    `json:"signatures"`
	RecordIDs            []string        `json:"recordIds,omitempty"`
	IsRevertibleToReview bool            `json:"isRevertibleToReview"`
	IroncladID           string          `json:"ironcladId"`
}

// creatorJSON carries the extra keys the recordings show beyond the spec.
type creatorJSON struct {
	ContactNumber   string         `json:"contactNumber"`
	Department      string         `json:"department"`
	DisplayName     string         `json:"displayName"`
	Email           string         `json:"email"`
	ID              string         `json:"id"`
	Metadata        map[string]any `json:"metadata"`
	CompanyProfiles map[string]any `json:"companyProfiles"`
	Pronoun         string         `json:"pronoun"`
	Title           string         `json:"title"`
	Username        string         `json:"username"`
	CompanyProfile  map[string]any `json:"companyProfile"`
}

type roleJSON struct {
	ID          string         `json:"id"`
	DisplayName string         `json:"displayName"`
	Assignees   []assigneeJSON `json:"assignees"`
}

type assigneeJSON struct {
	UserName string `json:"userName"`
	UserID   string `json:"userId"`
	Email    string `json:"email"`
}

// progressJSON is WorkflowStateModel: state plus url or message.
type progressJSON struct {
	State   string `json:"state"`
	URL     string `json:"url,omitempty"`
	Message string `json:"message,omitempty"`
}

func (v View) Workflow(w *core.Workflow) WorkflowJSON {
	t := w.Template(v.St)
	out := WorkflowJSON{
		ID: w.ID, Title: w.Title, Template: w.TemplateID, Step: w.Step,
		Schema: core.WorkflowSchema(&t.Form), Attributes: v.attributes(w, &t.Form),
		IsCancelled: w.Status == core.StatusCancelled, IsComplete: w.Status == core.StatusCompleted, Status: w.Status,
		Creator: v.creator(w.CreatorID), Created: core.ISOTime(w.Created), LastUpdated: core.ISOTime(w.LastUpdated),
		Roles: v.roles(w), IroncladID: w.ReadableID,
		Approvals: v.progress(w, core.StepReview, "approvals"), Signatures: v.progress(w, core.StepSign, "signatures"),
		IsRevertibleToReview: w.Step == core.StepSign && w.Status == core.StatusActive,
	}
	if w.RecordID != "" {
		out.RecordIDs = []string{w.RecordID}
	}
	return out
}

var stepOrder = []string{core.StepReview, core.StepSign, core.StepArchive, core.StepComplete}

func stepIndex(step string) int {
	for i, s := range stepOrder {
		if s == step {
			return i
		}
	}
	return -1
}

// progress is the approvals (Review) or signatures (Sign) state: not started
// before its step, in progress during it, completed after it.
func (v View) progress(w *core.Workflow, step, resource string) progressJSON {
	if w.Status == core.StatusCancelled {
		return progressJSON{State: "not_applicable", Message: "This workflow has been cancelled"}
	}
	switch cur, at := stepIndex(w.Step), stepIndex(step); {
	case cur < at:
		return progressJSON{State: "not_started"}
	case cur == at:
		return progressJSON{State: "in_progress", URL: v.s.Link("/public/api/v1/workflows/" + w.ID + "/" + resource)}
	}
	return progressJSON{State: "completed"}
}

func (v View) creator(id string) creatorJSON {
	c := creatorJSON{Metadata: map[string]any{}, CompanyProfiles: map[string]any{}, CompanyProfile: map[string]any{}, ID: id}
	if u := v.St.UserByID(id); u != nil {
		c.DisplayName, c.Email, c.Title, c.Username = u.DisplayName(), u.Email, u.Title, u.Email
	}
	return c
}

func (v View) roles(w *core.Workflow) []roleJSON {
	out := make([]roleJSON, 0, len(w.Roles))
	for _, r := range w.Roles {
		out = append(out, roleJSON{ID: r.ID, DisplayName: r.Name, Assignees: v.assignees(r.Assignees)})
	}
	return out
}

func (v View) assignees(ids []string) []assigneeJSON {
	out := []assigneeJSON{}
	for _, id := range ids {
		if u := v.St.UserByID(id); u != nil {
			out = append(out, assigneeJSON{UserName: u.DisplayName(), UserID: u.ID, Email: u.Email})
		}
	}
	return out
}

// attributes lists documents and values in property order, computes
// formulas, then adds the system values every workflow carries.
func (v View) attributes(w *core.Workflow, f *core.Form) core.JSONObject {
	var out core.JSONObject
	for _, p := range core.WorkflowProperties(f) {
		switch {
		case p.Type == "document" || core.IsDocumentList(&p):
			if docs := w.Documents[p.ID]; len(docs) > 0 {
				out.Set(p.ID, v.Documents(w, docs))
			}
		case p.Formula != "":
			if val, ok := evalFormula(p.Formula, w.Attributes); ok {
				out.Set(p.ID, val)
			}
		case p.Element != nil && p.Element.Type == "object":
			if rows, ok := w.Attributes[p.ID].([]any); ok {
				out.Set(p.ID, tableWithFormulas(rows, p.Element.Columns))
			}
		default:
			if val, ok := w.Attributes[p.ID]; ok {
				out.Set(p.ID, val)
			}
		}
	}
	if w.ReviewRollbacked {
		out.Set("reviewRollbacked", true)
	}
	out.Set("readableId", w.ReadableID)
	out.Set("currentTurnParty", "not tracked")
	return out
}

type DocumentJSON struct {
	Version       string           `json:"version"`
	VersionNumber int              `json:"versionNumber"`
	Filename      string           `json:"filename"`
	Key           string           `json:"key"`
	Download      string           `json:"download"`
	LastModified  lastModifiedJSON `json:"lastModified"`
}

type lastModifiedJSON struct {
	Timestamp string     `json:"timestamp"`
	Author    authorJSON `json:"author"`
}

// authorJSON is ActivityFeedAuthor: an internal user or the system.
type authorJSON struct {
	Type        string `json:"type"`
	DisplayName string `json:"displayName"`
	Email       string `json:"email,omitempty"`
	UserID      string `json:"userId,omitempty"`
	CompanyName string `json:"companyName,omitempty"`
}

func (v View) Documents(w *core.Workflow, docs []core.Document) []DocumentJSON {
	out := make([]DocumentJSON, 0, len(docs))
	for _, d := range docs {
		out = append(out, DocumentJSON{
			Version: d.Version, VersionNumber: d.VersionNumber, Filename: d.Filename, Key: d.Key,
			Download:     v.s.BasePath() + "/public/api/v1/workflows/" + w.ID + "/document/" + d.Key + "/download",
			LastModified: lastModifiedJSON{Timestamp: core.ISOTime(d.Modified), Author: v.author(d.AuthorID)},
		})
	}
	return out
}

func (v View) author(userID string) authorJSON {
	u := v.St.UserByID(userID)
	if u == nil {
		return authorJSON{Type: "system", DisplayName: "Ironclad"}
	}
	return authorJSON{Type: "internalUser", DisplayName: u.DisplayName(), Email: u.Email, UserID: u.ID, CompanyName: v.St.Company.DisplayName}
}

// evalFormula computes the two formula kinds the seeded templates use:
// "<property>.<field>" (a field of an object value) and "<a>*<b>" (a
// monetary amount times a number).
func evalFormula(expr string, values map[string]any) (any, bool) {
	if a, b, ok := strings.Cut(expr, "*"); ok {
		money, isMoney := values[a].(map[string]any)
		n, isNum := values[b].(float64)
		amount, hasAmount := money["amount"].(float64)
		if !isMoney || !isNum || !hasAmount {
			return nil, false
		}
		return map[string]any{"currency": money["currency"], "amount": amount * n}, true
	}
	if a, field, ok := strings.Cut(expr, "."); ok {
		obj, isObj := values[a].(map[string]any)
		val, has := obj[field]
		return val, isObj && has
	}
	return nil, false
}

func tableWithFormulas(rows []any, cols []core.Property) []any {
	out := make([]any, 0, len(rows))
	for _, r := range rows {
		row, _ := r.(map[string]any)
		computed := map[string]any{}
		for k, val := range row {
			computed[k] = val
		}
		for _, c := range cols {
			if val, ok := evalFormula(c.Formula, row); c.Formula != "" && ok {
				computed[c.ID] = val
			}
		}
		out = append(out, computed)
	}
	return out
}

func millis(d time.Duration) int64 { return d.Milliseconds() }
