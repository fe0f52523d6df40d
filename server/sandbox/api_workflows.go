package sandbox

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"
)

// decodeLaunch reads a launch body. Unknown top-level keys (e.g. "name")
// are accepted and echoed by async jobs, as the recordings show; "creator"
// is ignored because OAuth calls act as the token's user.
func decodeLaunch(c *call) (launchRequest, map[string]any, error) {
	var raw map[string]any
	if err := c.decode(&raw); err != nil {
		return launchRequest{}, nil, err
	}
	if raw == nil {
		raw = map[string]any{}
	}
	req := launchRequest{UseDefaults: queryBool(c.r, "useDefaultValues")}
	req.Template, _ = raw["template"].(string)
	if a, present := raw["attributes"]; present {
		m, ok := a.(map[string]any)
		if !ok {
			return req, nil, errInvalidParam("attributes", "attributes must be an object")
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
	return changeAndReply(c, func(tx *txn, v view) (workflowJSON, error) {
		w, err := tx.launch(c.actor, req)
		if err != nil {
			return workflowJSON{}, err
		}
		return v.workflow(w), nil
	})
}

func launchAsync(c *call) error {
	req, raw, err := decodeLaunch(c)
	if err != nil {
		return err
	}
	job, err := c.s.startJob(c.actor, req, raw)
	if err != nil {
		return err
	}
	return c.ok(map[string]string{
		"asyncJobId":        job.ID,
		"asyncJobStatusUrl": c.s.link(apiPrefix + "/workflows/async/" + job.ID),
	})
}

func asyncStatus(c *call) error {
	job, err := c.s.pollJob(c.params["jobId"])
	if err != nil {
		return err
	}
	out := jsonObject{{"status", job.Status}, {"requestPayload", job.Payload}}
	if job.Error != nil {
		out.set("error", job.Error)
	}
	if job.WorkflowID == "" {
		return c.ok(out)
	}
	_ = c.s.read(func(st *state) error {
		out.set("workflowUrls", map[string]string{
			"browserUrl": c.s.link("/console/workflows/" + job.WorkflowID),
			"apiUrl":     c.s.link(apiPrefix + "/workflows/" + job.WorkflowID),
		})
		if w := st.workflowByRef(job.WorkflowID); w != nil {
			out.set("workflow", c.s.view(st).workflow(w))
		}
		return nil
	})
	return c.ok(out)
}

func getWorkflow(c *call) error {
	return c.readWorkflow(func(v view, w *workflow) (any, error) { return v.workflow(w), nil })
}

var workflowStatuses = []string{statusActive, statusPaused, statusCompleted, statusCancelled}

// listQuery is the parsed query of GET /workflows.
type listQuery struct {
	statuses    []string
	template    string
	lastUpdated time.Time
	filter      *formula
}

func parseListQuery(r *http.Request) (listQuery, error) {
	q := r.URL.Query()
	lq := listQuery{statuses: []string{statusActive}, template: q.Get("template")}
	if raw := q.Get("status"); raw != "" {
		lq.statuses = strings.Split(raw, ",")
		for _, st := range lq.statuses {
			if !contains(workflowStatuses, st) {
				return lq, errInvalidParam("/?status", "invalid query value '%s'; value must be one of [%s]", st, strings.Join(workflowStatuses, ", "))
			}
		}
	}
	if raw := q.Get("lastUpdated"); raw != "" {
		v, err := checkDate("lastUpdated", raw)
		if err != nil {
			return lq, errInvalidParam("/?lastUpdated", "invalid query value '%s'; lastUpdated must be an ISO-8601 date", raw)
		}
		lq.lastUpdated, _ = time.Parse(time.RFC3339Nano, v.(string))
	}
	if raw := q.Get("filter"); raw != "" {
		f, err := parseFilter(raw)
		if err != nil {
			return lq, errInvalidParam("/?filter", "invalid filter: %v", err)
		}
		lq.filter = f
	}
	return lq, nil
}

func (lq listQuery) matches(w *workflow, now time.Time) bool {
	if !contains(lq.statuses, w.Status) || (lq.template != "" && w.TemplateID != lq.template) {
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
	var out pageJSON[workflowJSON]
	_ = c.s.read(func(st *state) error {
		var matched []*workflow
		for _, w := range st.Workflows {
			if lq.matches(w, c.s.now()) {
				matched = append(matched, w)
			}
		}
		sort.SliceStable(matched, func(i, j int) bool { return matched[i].LastUpdated.After(matched[j].LastUpdated) })
		pageOf := paginate(matched, page, size)
		out = pageJSON[workflowJSON]{Page: page, PageSize: size, Count: pageOf.Count, List: []workflowJSON{}}
		for _, w := range pageOf.List {
			out.List = append(out.List, c.s.view(st).workflow(w))
		}
		return nil
	})
	return c.ok(out)
}

func patchAttributes(c *call) error {
	var body struct {
		Updates []attributeUpdate `json:"updates"`
	}
	if err := c.decode(&body); err != nil {
		return err
	}
	return changeWorkflowAndReply(c, func(tx *txn, w *workflow) error {
		return tx.updateAttributes(c.actor, w, body.Updates)
	}, view.workflow)
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
func lifecycleAction(op func(tx *txn, actor *user, w *workflow) error) func(c *call) error {
	return func(c *call) error {
		var body actionComment
		if err := c.decode(&body); err != nil {
			return err
		}
		if body.Comment == nil || strings.TrimSpace(body.Comment.Message) == "" {
			return errMissingParam("comment", "missing required parameter comment.message")
		}
		if err := c.changeWorkflow(func(tx *txn, w *workflow) error { return op(tx, c.actor, w) }); err != nil {
			return err
		}
		return c.noContent()
	}
}

func revertToReview(c *call) error {
	if err := c.changeWorkflow(func(tx *txn, w *workflow) error { return tx.revertToReview(c.actor, w) }); err != nil {
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
	return c.readWorkflow(func(v view, w *workflow) (any, error) {
		list := []participantJSON{}
		for _, id := range w.participantIDs() {
			if u := v.st.userByID(id); u != nil && (email == "" || equalFold(email, u.Email)) {
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
	return c.readWorkflow(func(v view, w *workflow) (any, error) { return paginate([]any{}, page, size), nil })
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
	return c.readWorkflow(func(v view, w *workflow) (any, error) {
		var role *workflowRole
		for i := range w.Roles {
			if equalFold(w.Roles[i].Name, c.params["roleName"]) || w.Roles[i].ID == c.params["roleName"] {
				role = &w.Roles[i]
			}
		}
		if role == nil {
			return nil, errNotFound("roleName", "role does not exist on this workflow")
		}
		list := []assigneeDetailJSON{}
		for _, u := range v.st.Users {
			list = append(list, assigneeDetailJSON{UserID: u.ID, Email: u.Email, DisplayName: u.displayName()})
		}
		out := jsonObject{}
		p := paginate(list, page, size)
		out = append(out, jsonField{"page", p.Page}, jsonField{"pageSize", p.PageSize}, jsonField{"count", p.Count}, jsonField{"list", p.List})
		if len(role.Assignees) > 0 {
			if u := v.st.userByID(role.Assignees[0]); u != nil {
				out.set("defaultAssignee", assigneeDetailJSON{UserID: u.ID, Email: u.Email, DisplayName: u.displayName()})
			}
		}
		return out, nil
	})
}

func listDocuments(c *call) error {
	return c.readWorkflow(func(v view, w *workflow) (any, error) {
		return map[string][]documentJSON{
			"signaturePacketDocuments":             v.documents(w, w.Documents["draft"]),
			"excludedFromSignaturePacketDocuments": {},
		}, nil
	})
}

// downloadDocument serves a placeholder body: the simulator keeps document
// metadata, not files. Missing documents answer Ironclad's bare JSON string.
func downloadDocument(c *call) error {
	var name string
	err := c.s.read(func(st *state) error {
		w, err := st.findWorkflow(c.params["id"])
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
		writeJSON(c.w, http.StatusNotFound, "Document does not exists")
		return nil
	}
	c.w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	c.w.WriteHeader(http.StatusOK)
	_, _ = fmt.Fprintf(c.w, "Ironclad sandbox document: %s\n", name)
	return nil
}
