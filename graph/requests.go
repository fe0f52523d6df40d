package graph

import (
	"context"

	"tradewind/ent"
	"tradewind/ent/requestform"
	"tradewind/ent/schema/progress"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/taskdefinition"
	"tradewind/graph/model"
	"tradewind/server/auth"
	"tradewind/server/requests"
)

// The request service's types, mapped to and from graph/schema/requests.graphql.

func workflowInput(in model.CreateWorkflowInput) requests.WorkflowInput {
	return requests.WorkflowInput{Name: in.Name, Description: deref(in.Description), RequestFormIDs: in.RequestFormIDs,
		Tasks: each(in.TaskDefinitions, taskDefinitionInput)}
}

// workflowUpdate lays the given parts over the saved workflow.
func workflowUpdate(saved requests.WorkflowInput, in model.UpdateWorkflowInput) requests.WorkflowInput {
	if in.Name != nil {
		saved.Name = *in.Name
	}
	if in.Description != nil {
		saved.Description = *in.Description
	}
	if in.RequestFormIDs != nil {
		saved.RequestFormIDs = in.RequestFormIDs
	}
	if in.TaskDefinitions != nil {
		saved.Tasks = each(in.TaskDefinitions, taskDefinitionInput)
	}
	return saved
}

func taskDefinitionInput(in *model.TaskDefinitionInput) requests.TaskDefinitionInput {
	action := taskdefinition.ActionNONE
	if in.Action != nil {
		action = *in.Action
	}
	return requests.TaskDefinitionInput{Name: in.Name, Type: in.Type, Action: action, AssigneeID: in.AssigneeID,
		AssigneeRole: in.AssigneeRole, IroncladWorkflowID: in.IroncladWorkflowID, LaunchTask: in.LaunchTaskPosition}
}

func readiness(r *requests.Readiness, err error) (*model.WorkflowReadiness, error) {
	if err != nil {
		return nil, err
	}
	return &model.WorkflowReadiness{Ready: r.Ready, Issues: each(r.Issues, func(is *requests.ReadinessIssue) *model.ReadinessIssue {
		return &model.ReadinessIssue{Severity: model.ReadinessSeverity(is.Severity), TaskDefinition: is.Task,
			RequestForm: is.RequestForm, Message: is.Message}
	})}, nil
}

func workflowResult(r *requests.WorkflowResult, err error) (*ent.Workflow, error) {
	if err != nil {
		return nil, err
	}
	return r.Workflow, nil
}

// submitInput turns the answers into the service's map: a structured
// answer as given, a multi-select's values, any other question's value.
func submitInput(in model.SubmitRequestInput) requests.SubmitInput {
	answers := make(map[string]any, len(in.Answers))
	for _, a := range in.Answers {
		switch {
		case a.JSON != nil:
			answers[a.QuestionKey] = a.JSON
		case a.Values != nil:
			answers[a.QuestionKey] = a.Values
		case a.Value != nil:
			answers[a.QuestionKey] = *a.Value
		}
	}
	return requests.SubmitInput{RequestFormID: in.RequestFormID, Title: deref(in.Title), Answers: answers}
}

func approval(a progress.Approval) *model.IroncladApproval {
	return &model.IroncladApproval{Role: a.Role, Name: a.Name, Status: a.Status, ChangedAt: a.ChangedAt}
}

func signer(s progress.Signer) *model.IroncladSigner {
	return &model.IroncladSigner{Name: s.Name, Email: s.Email, Status: s.Status, ChangedAt: s.ChangedAt}
}

// viewer is the signed-in user (@hasRole let the field run).
func viewer(ctx context.Context) *ent.User { return auth.FromContext(ctx).User }

// readable re-checks an event for a subscriber: exists reads through the
// read policy with the subscriber's viewer in ctx.
func readable(ctx context.Context, exists func(context.Context) (bool, error)) bool {
	ok, err := exists(ctx)
	return err == nil && ok
}

// workflowsOf returns each form's workflow (nil for none): what field
// collection loaded, and the rest in two statements.
func workflowsOf(ctx context.Context, client *ent.Client, forms []*ent.RequestForm) (map[pulid.ID]*ent.Workflow, error) {
	out := make(map[pulid.ID]*ent.Workflow, len(forms))
	var missing []pulid.ID
	for _, f := range forms {
		wf, err := f.Edges.WorkflowOrErr()
		if err == nil || ent.IsNotFound(err) {
			out[f.ID] = wf
			continue
		}
		missing = append(missing, f.ID)
	}
	if len(missing) == 0 {
		return out, nil
	}
	loaded, err := client.RequestForm.Query().Where(requestform.IDIn(missing...)).WithWorkflow().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range loaded {
		out[f.ID] = f.Edges.Workflow
	}
	return out, nil
}
