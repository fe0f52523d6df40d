package api

import (
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"
	"time"

	"tradewind/server/sandbox/core"
	"tradewind/server/sandbox/view"
)

// decodeLaunch reads a launch body. Unknown top-level keys (e.g. "name")
// are accepted and echoed by async jobs, as the recordings show; "creator"
// is ignored because OAuth calls act as the token's user.
func decodeLaunch(c *call) (core.LaunchRequest, map[string]any, error) {
	var raw map[string]any
	if err := c.decode(&raw); err != nil {
		return core.LaunchRequest{}, nil, err
	}
	if raw == nil {
		raw = map[string]any{}
	}
	req := core.LaunchRequest{UseDefaults: queryBool(c.r, "useDefaultValues")}
	req.Template, _ = raw["template"].(string)
	if a, present := raw["attributes"]; present {
		m, ok := a.(map[string]any)
		if !ok {
			return req, nil, core.ErrInvalidParam("attributes", "attributes must be an object")
		}
		req.Attributes = m
	}
	return req, raw, nil
}

func launchSync(c *call) error {
	req, _, err := decodeLaunch(c)
	if err != nil {
		return err
	}
	var out view.WorkflowJSON
	err = c.s.Change(func(tx *core.Txn) error {
		w, err := tx.Launch(c.actor, req)
		if err == nil {
			out = view.New(c.s, tx.St).Workflow(w)
		}
		return err
	})
	if err != nil {
		return err
	}
	return c.created(out)
}

func launchAsync(c *call) error {
	req, raw, err := decodeLaunch(c)
	if err != nil {
		return err
	}
	id, launched, err := c.s.StartJob(c.actor, req, raw)
	if err != nil {
		return err
	}
	out := map[string]string{"asyncJobId": id, "asyncJobStatusUrl": c.s.Link(Prefix + "/workflows/async/" + id)}
	if launched {
		return c.created(out)
	}
	return c.ok(out)
}

// created answers a launch whose workflow exists, unless the faults fail
// it after the fact (core.Faults.DropAfterCreate, ErrorAfterCreate).
func (c *call) created(v any) error {
	if c.s.FailCreated(c.w) {
		return nil
	}
	return c.ok(v)
}

func asyncStatus(c *call) error {
	job, err := c.s.PollJob(c.params["jobId"])
	if err != nil {
		return err
	}
	out := core.JSONObject{{Key: "status", Value: job.Status}, {Key: "requestPayload", Value: job.Payload}}
	if job.Error != nil {
		out.Set("error", job.Error)
	}
	if job.WorkflowID == "" {
		return c.ok(out)
	}
	_ = c.s.Read(func(st *core.State) error {
		out.Set("workflowUrls", map[string]string{
			"browserUrl": c.s.Link("/console/workflows/" + job.WorkflowID),
			"apiUrl":     c.s.Link(Prefix + "/workflows/" + job.WorkflowID),
		})
		if w := st.WorkflowByRef(job.WorkflowID); w != nil {
			out.Set("workflow", view.New(c.s, st).Workflow(w))
		}
		return nil
	})
	return c.ok(out)
}

func getWorkflow(c *call) error {
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) { return v.Workflow(w), nil })
}

var workflowStatuses = []string{core.StatusActive, core.StatusPaused, core.StatusCompleted, core.StatusCancelled}

// listQuery is the parsed query of GET /workflows.
type listQuery struct {
	statuses    []string
	template    string
	lastUpdated time.Time
	filter      *formula
}

func parseListQuery(r *http.Request) (listQuery, error) {
	q := r.URL.Query()
	lq := listQuery{statuses: []string{core.StatusActive}, template: q.Get("template")}
	if raw := q.Get("status"); raw != "" {
		lq.statuses = strings.Split(raw, ",")
		for _, st := range lq.statuses {
			if !slices.Contains(workflowStatuses, st) {
				return lq, core.ErrInvalidParam("/?status", "invalid query value '%s'; value must be one of [%s]", st, strings.Join(workflowStatuses, ", "))
			}
		}
	}
	if raw := q.Get("lastUpdated"); raw != "" {
		v, err := core.CheckDate("lastUpdated", raw)
		if err != nil {
			return lq, core.ErrInvalidParam("/?lastUpdated", "invalid query value '%s'; lastUpdated must be an ISO-8601 date", raw)
		}
		lq.lastUpdated, _ = time.Parse(time.RFC3339Nano, v.(string))
	}
	if raw := q.Get("filter"); raw != "" {
		f, err := parseFilter(raw)
		if err != nil {
			return lq, core.ErrInvalidParam("/?filter", "invalid filter: %v", err)
		}
		lq.filter = f
	}
	return lq, nil
}

func (lq listQuery) matches(w *core.Workflow, now time.Time) bool {
	if !slices.Contains(lq.statuses, w.Status) || (lq.template != "" && w.TemplateID != lq.template) {
		return false
	}
	if !lq.lastUpdated.IsZero() && w.LastUpdated.Before(lq.lastUpdated) {
		return false
	}
	if lq.filter == nil {
		return true
	}
	values := map[string]any{"readableId": w.ReadableID, "title": w.Title}
	for k, v := range w.Attributes {
		values[k] = v
	}
	return truthy(lq.filter.eval(values, now))
}

// listWorkflows pages the matching workflows, most recently updated first.
func listWorkflows(c *call) error {
	page, size, err := paging(c.r)
	if err != nil {
		return err
	}
	lq, err := parseListQuery(c.r)
	if err != nil {
		return err
	}
	var out pageJSON[view.WorkflowJSON]
	_ = c.s.Read(func(st *core.State) error {
		var matched []*core.Workflow
		for _, w := range st.Workflows {
			if lq.matches(w, c.s.Now()) {
				matched = append(matched, w)
			}
		}
		sort.SliceStable(matched, func(i, j int) bool { return matched[i].LastUpdated.After(matched[j].LastUpdated) })
		pageOf := paginate(matched, page, size)
		out = pageJSON[view.WorkflowJSON]{Page: page, PageSize: size, Count: pageOf.Count, List: []view.WorkflowJSON{}}
		for _, w := range pageOf.List {
			out.List = append(out.List, view.New(c.s, st).Workflow(w))
		}
		return nil
	})
	return c.ok(out)
}

func patchAttributes(c *call) error {
	var body struct {
		Updates []core.AttributeUpdate `json:"updates"`
	}
	if err := c.decode(&body); err != nil {
		return err
	}
	return changeWorkflowAndReply(c, func(tx *core.Txn, w *core.Workflow) error {
		return tx.UpdateAttributes(c.actor, w, body.Updates)
	}, view.View.Workflow)
}

// actionComment is the {"comment":{"message":…}} body of cancel, pause and
// resume.
type actionComment struct {
	Comment *struct {
		Message            string `json:"message"`
		AddUsersToWorkflow bool   `json:"addUsersToWorkflow"`
	} `json:"comment"`
}

// lifecycleAction adapts cancel/pause/resume, which take a required comment
// and answer 204.
func lifecycleAction(op func(tx *core.Txn, actor *core.User, w *core.Workflow) error) func(c *call) error {
	return func(c *call) error {
		var body actionComment
		if err := c.decode(&body); err != nil {
			return err
		}
		if body.Comment == nil || strings.TrimSpace(body.Comment.Message) == "" {
			return core.ErrMissingParam("comment", "missing required parameter comment.message")
		}
		if err := c.changeWorkflow(func(tx *core.Txn, w *core.Workflow) error { return op(tx, c.actor, w) }); err != nil {
			return err
		}
		return c.noContent()
	}
}

func revertToReview(c *call) error {
	if err := c.changeWorkflow(func(tx *core.Txn, w *core.Workflow) error { return tx.RevertToReview(c.actor, w) }); err != nil {
		return err
	}
	return c.noContent()
}

type participantJSON struct {
	UserID string `json:"userId"`
	Email  string `json:"email"`
}

func listParticipants(c *call) error {
	page, size, err := paging(c.r)
	if err != nil {
		return err
	}
	email := c.r.URL.Query().Get("email")
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) {
		list := []participantJSON{}
		for _, id := range w.ParticipantIDs() {
			if u := v.St.UserByID(id); u != nil && (email == "" || core.EqualFold(email, u.Email)) {
				list = append(list, participantJSON{UserID: u.ID, Email: u.Email})
			}
		}
		return paginate(list, page, size), nil
	})
}

// turnHistory is empty: the simulator does not track turns, like the
// recorded workflows ("currentTurnParty": "not tracked").
func turnHistory(c *call) error {
	page, size, err := paging(c.r)
	if err != nil {
		return err
	}
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) { return paginate([]any{}, page, size), nil })
}

type assigneeDetailJSON struct {
	UserID      string `json:"userId"`
	Email       string `json:"email"`
	DisplayName string `json:"displayName"`
}

func eligibleAssignees(c *call) error {
	page, size, err := paging(c.r)
	if err != nil {
		return err
	}
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) {
		var role *core.WorkflowRole
		for i := range w.Roles {
			if core.EqualFold(w.Roles[i].Name, c.params["roleName"]) || w.Roles[i].ID == c.params["roleName"] {
				role = &w.Roles[i]
			}
		}
		if role == nil {
			return nil, core.ErrNotFound("roleName", "role does not exist on this workflow")
		}
		list := []assigneeDetailJSON{}
		for _, u := range v.St.Users {
			list = append(list, assigneeDetailJSON{UserID: u.ID, Email: u.Email, DisplayName: u.DisplayName()})
		}
		out := core.JSONObject{}
		p := paginate(list, page, size)
		out = append(out, core.JSONField{Key: "page", Value: p.Page}, core.JSONField{Key: "pageSize", Value: p.PageSize}, core.JSONField{Key: "count", Value: p.Count}, core.JSONField{Key: "list", Value: p.List})
		if len(role.Assignees) > 0 {
			if u := v.St.UserByID(role.Assignees[0]); u != nil {
				out.Set("defaultAssignee", assigneeDetailJSON{UserID: u.ID, Email: u.Email, DisplayName: u.DisplayName()})
			}
		}
		return out, nil
	})
}

func listDocuments(c *call) error {
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) {
		return map[string][]view.DocumentJSON{
			"signaturePacketDocuments":             v.Documents(w, w.Documents["draft"]),
			"excludedFromSignaturePacketDocuments": {},
		}, nil
	})
}

// downloadDocument serves a placeholder body: the simulator keeps document
// metadata, not files. Missing documents answer Ironclad's bare JSON string.
func downloadDocument(c *call) error {
	var name string
	err := c.s.Read(func(st *core.State) error {
		w, err := st.FindWorkflow(c.params["id"])
		if err != nil {
			return err
		}
		for _, docs := range w.Documents {
			for _, d := range docs {
				if d.Key == c.params["key"] {
					name = d.Filename
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if name == "" {
		core.WriteJSON(c.w, http.StatusNotFound, "Document does not exists")
		return nil
	}
	c.w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	c.w.WriteHeader(http.StatusOK)
	_, _ = fmt.Fprintf(c.w, "Ironclad sandbox document: %s\n", name)
	return nil
}
