package requests

import (
	"context"
	"strings"

	"tradewind/ent"
	"tradewind/ent/requestform"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/taskdefinition"
	"tradewind/ent/workflow"
	"tradewind/server/apperr"
	"tradewind/server/auth"
	"tradewind/server/requestforms"
)

// SubmitInput is a filled request form.
type SubmitInput struct {
	RequestFormID pulid.ID
	Title         string         // empty: the form's name
	Answers       map[string]any // question key → answer (docs/forms-and-mapping.md)
}

// Submit validates the answers against the form as the requester saw it
// (hidden questions dropped, each visible answer checked by type, required
// ones enforced: requestforms' rules) and, in one transaction, creates the
// request, its answers and its tasks from the form's workflow, and starts
// the first tasks (a launch is a River job in that same transaction).
func (s *Service) Submit(ctx context.Context, client *ent.Client, requester *ent.User, in SubmitInput) (*ent.Request, error) {
	form, err := client.RequestForm.Query().Where(requestform.ID(in.RequestFormID)).WithWorkflow().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.BadInput("requestForm", "That request form does not exist.")
	}
	if err != nil {
		return nil, err
	}
	wf := form.Edges.Workflow
	switch {
	case form.Archived:
		return nil, apperr.BadInput("requestForm", "“%s” is archived and takes no new requests.", form.Name)
	case wf == nil || !wf.Active:
		return nil, apperr.Conflict("“%s” has no workflow yet, so it cannot be submitted; an admin must give it one (Workflows).", form.Name)
	}
	preview, err := requestforms.Preview(ctx, client, form.ID, in.Answers)
	if err != nil {
		return nil, err
	}
	if len(preview.AnswerErrors) > 0 {
		e := preview.AnswerErrors[0]
		return nil, apperr.BadInput(e.Path, "%s", e.Message)
	}
	// Read as Tradewind itself: a requester may not read connections, but
	// their request's launch needs its connection.
	defs, err := client.TaskDefinition.Query().Where(taskdefinition.HasWorkflowWith(workflow.ID(wf.ID))).
		WithLaunch().WithIroncladWorkflow(func(q *ent.IroncladWorkflowQuery) { q.WithConnection() }).
		Order(ent.Asc(taskdefinition.FieldPosition)).All(auth.WithoutViewer(ctx))
	if err != nil {
		return nil, err
	}
	title := strings.TrimSpace(in.Title)
	if title == "" {
		title = form.Name
	}
	var req *ent.Request
	err = s.withTx(ctx, client, func(ctx context.Context, tx *ent.Client) error {
		req, err = tx.Request.Create().SetTitle(title).SetRequester(requester).SetRequestFormID(form.ID).SetWorkflowID(wf.ID).
			SetFormVersion(form.Version).SetSubmittedAt(s.now()).Save(ctx)
		if err != nil {
			return err
		}
		if err := writeAnswers(ctx, tx, req, preview, in.Answers); err != nil {
			return err
		}
		if err := writeTasks(ctx, tx, req, defs); err != nil {
			return err
		}
		return s.advance(ctx, tx, req.ID)
	})
	if err != nil {
		return nil, err
	}
	return client.Request.Get(ctx, req.ID)
}

// writeAnswers stores each visible, answered question, self-describing.
func writeAnswers(ctx context.Context, tx *ent.Client, req *ent.Request, p *requestforms.FormPreview, answers map[string]any) error {
	answers = requestforms.Normalize(answers)
	for _, page := range p.Pages {
		for _, q := range page.Questions {
			v, ok := answers[q.Question.Key]
			if !q.Visible || !ok || v == nil || v == "" {
				continue
			}
			err := tx.Answer.Create().SetRequest(req).SetQuestionID(q.Question.ID).SetQuestionKey(q.Question.Key).
				SetQuestionLabel(q.Question.Label).SetQuestionType(string(q.Question.Type)).SetQuestionOptions(q.Question.Options).
				SetValue(map[string]any{"value": v}).Exec(ctx)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// writeTasks copies the definitions into the request's tasks; a launch gets
// its linked workflow now, so its monitor tasks point at it from the start.
func writeTasks(ctx context.Context, tx *ent.Client, req *ent.Request, defs []*ent.TaskDefinition) error {
	linked := map[pulid.ID]*ent.LinkedWorkflow{}
	for _, d := range defs {
		c := tx.Task.Create().SetRequest(req).SetDefinition(d).SetName(d.Name).SetType(taskType(d.Type)).
			SetAction(taskAction(d.Action)).SetPosition(d.Position)
		switch {
		case d.Action == taskdefinition.ActionLAUNCH_WORKFLOW:
			icw := d.Edges.IroncladWorkflow
			lc := tx.LinkedWorkflow.Create().SetRequest(req)
			if icw != nil {
				lc.SetIroncladWorkflow(icw).SetNillableConnectionID(connectionID(icw))
			}
			lw, err := lc.Save(ctx)
			if err != nil {
				return err
			}
			linked[d.ID] = lw
			c.SetLinkedWorkflow(lw)
		case d.Edges.Launch != nil:
			c.SetNillableLinkedWorkflowID(idOf(linked[d.Edges.Launch.ID]))
		}
		if err := c.Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

func connectionID(icw *ent.IroncladWorkflow) *pulid.ID {
	if c := icw.Edges.Connection; c != nil {
		return &c.ID
	}
	return nil
}

func idOf(lw *ent.LinkedWorkflow) *pulid.ID {
	if lw == nil {
		return nil
	}
	return &lw.ID
}
