package requests

import (
	"context"
	"fmt"
	"strings"

	"tradewind/ent"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/requestform"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/taskdefinition"
	"tradewind/ent/user"
	"tradewind/ent/workflow"
	"tradewind/server/apperr"
	"tradewind/server/audit"
)

// WorkflowInput is a whole workflow as the builder saves it: its name, the
// request forms it runs for, and its task definitions in order.
type WorkflowInput struct {
	Name           string
	Description    string
	RequestFormIDs []pulid.ID
	Tasks          []TaskDefinitionInput
}

// TaskDefinitionInput is one task of a workflow.
type TaskDefinitionInput struct {
	Name string
	Type taskdefinition.Type
	// Action of an INTEGRATION task (provider Ironclad).
	Action taskdefinition.Action
	// Who completes a MANUAL task or decides an APPROVAL: a user, or anyone
	// with a role (admins always may).
	AssigneeID   *pulid.ID
	AssigneeRole *taskdefinition.AssigneeRole
	// LAUNCH_WORKFLOW: the imported Ironclad workflow. The launch uses the
	// current saved mapping of the request's form for it.
	IroncladWorkflowID *pulid.ID
	// MONITOR_*: the index in Tasks of the LAUNCH_WORKFLOW task it follows.
	LaunchTask *int
}

// WorkflowResult is a saved workflow and its launch readiness.
type WorkflowResult struct {
	Workflow  *ent.Workflow
	Readiness *Readiness
}

// CreateWorkflow saves a new active workflow and checks its readiness.
func (s *Service) CreateWorkflow(ctx context.Context, client *ent.Client, in WorkflowInput) (*WorkflowResult, error) {
	if err := s.validate(ctx, client, "", in); err != nil {
		return nil, err
	}
	var wf *ent.Workflow
	err := s.withTx(ctx, client, func(ctx context.Context, tx *ent.Client) error {
		var err error
		wf, err = tx.Workflow.Create().SetName(strings.TrimSpace(in.Name)).SetDescription(in.Description).
			AddRequestFormIDs(in.RequestFormIDs...).Save(ctx)
		if err != nil {
			return err
		}
		if err := writeDefinitions(ctx, tx, wf, in.Tasks); err != nil {
			return err
		}
		_, err = s.cfg.Audit.Record(ctx, audit.Change{Action: "workflow.create", TargetType: "Workflow", TargetID: string(wf.ID), After: snapshotInput(in)})
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.result(ctx, client, wf.ID)
}

// UpdateWorkflow replaces a workflow's name, forms and task definitions.
// Requests already submitted keep their tasks (each task copies what it
// needs); the new definitions apply to requests submitted from now on.
func (s *Service) UpdateWorkflow(ctx context.Context, client *ent.Client, id pulid.ID, in WorkflowInput) (*WorkflowResult, error) {
	old, err := getWorkflow(ctx, client, id)
	if err != nil {
		return nil, err
	}
	if !old.Active {
		return nil, apperr.Conflict("The workflow %q is archived; create a new one instead.", old.Name)
	}
	if err := s.validate(ctx, client, id, in); err != nil {
		return nil, err
	}
	err = s.withTx(ctx, client, func(ctx context.Context, tx *ent.Client) error {
		if _, err := tx.TaskDefinition.Delete().Where(taskdefinition.HasWorkflowWith(workflow.ID(id))).Exec(ctx); err != nil {
			return err
		}
		wf, err := tx.Workflow.UpdateOneID(id).SetName(strings.TrimSpace(in.Name)).SetDescription(in.Description).
			ClearRequestForms().AddRequestFormIDs(in.RequestFormIDs...).Save(ctx)
		if err != nil {
			return err
		}
		if err := writeDefinitions(ctx, tx, wf, in.Tasks); err != nil {
			return err
		}
		_, err = s.cfg.Audit.Record(ctx, audit.Change{Action: "workflow.update", TargetType: "Workflow", TargetID: string(id),
			Before: map[string]any{"name": old.Name}, After: snapshotInput(in)})
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.result(ctx, client, id)
}

// ArchiveWorkflow retires a workflow: its forms are released (they can get
// another workflow) and running requests finish on it.
func (s *Service) ArchiveWorkflow(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Workflow, error) {
	old, err := getWorkflow(ctx, client, id)
	if err != nil {
		return nil, err
	}
	var wf *ent.Workflow
	err = s.withTx(ctx, client, func(ctx context.Context, tx *ent.Client) error {
		wf, err = tx.Workflow.UpdateOneID(id).SetActive(false).ClearRequestForms().Save(ctx)
		if err != nil {
			return err
		}
		_, err = s.cfg.Audit.Record(ctx, audit.Change{Action: "workflow.archive", TargetType: "Workflow", TargetID: string(id),
			Before: map[string]any{"name": old.Name, "active": old.Active}, After: map[string]any{"active": false}})
		return err
	})
	return wf, err
}

func (s *Service) result(ctx context.Context, client *ent.Client, id pulid.ID) (*WorkflowResult, error) {
	wf, err := getWorkflow(ctx, client, id)
	if err != nil {
		return nil, err
	}
	r, err := CheckReadiness(ctx, client, id)
	if err != nil {
		return nil, err
	}
	return &WorkflowResult{Workflow: wf, Readiness: r}, nil
}

func getWorkflow(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Workflow, error) {
	wf, err := client.Workflow.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Workflow")
	}
	return wf, err
}

// writeDefinitions stores the task definitions in order; a monitor task
// points at its launch task.
func writeDefinitions(ctx context.Context, tx *ent.Client, wf *ent.Workflow, tasks []TaskDefinitionInput) error {
	saved := make([]*ent.TaskDefinition, len(tasks))
	for i, t := range tasks {
		c := tx.TaskDefinition.Create().SetWorkflow(wf).SetName(strings.TrimSpace(t.Name)).SetType(t.Type).SetPosition(i).
			SetNillableAssigneeID(t.AssigneeID).SetNillableAssigneeRole(t.AssigneeRole).SetNillableIroncladWorkflowID(t.IroncladWorkflowID)
		if t.Type == taskdefinition.TypeINTEGRATION {
			c.SetProvider(taskdefinition.ProviderIRONCLAD).SetAction(t.Action)
		}
		if t.LaunchTask != nil {
			c.SetLaunch(saved[*t.LaunchTask])
		}
		d, err := c.Save(ctx)
		if err != nil {
			return err
		}
		saved[i] = d
	}
	return nil
}

// validate refuses what cannot run, naming the field: a task's type and
// action, its assignee, its Ironclad workflow, a monitor's launch task, and
// a form that already has another active workflow.
func (s *Service) validate(ctx context.Context, client *ent.Client, self pulid.ID, in WorkflowInput) error {
	if strings.TrimSpace(in.Name) == "" {
		return apperr.BadInput("name", "Give the workflow a name.")
	}
	if len(in.Tasks) == 0 {
		return apperr.BadInput("tasks", "Add at least one task.")
	}
	for i, id := range in.RequestFormIDs {
		f, err := client.RequestForm.Query().Where(requestform.ID(id)).WithWorkflow().Only(ctx)
		if ent.IsNotFound(err) {
			return apperr.BadInput(fmt.Sprintf("requestForms[%d]", i), "That request form does not exist.")
		}
		if err != nil {
			return err
		}
		if w := f.Edges.Workflow; w != nil && w.Active && w.ID != self {
			return apperr.BadInput(fmt.Sprintf("requestForms[%d]", i),
				"“%s” already runs the workflow “%s”; a form has at most one active workflow. Archive that one or remove the form from it first.", f.Name, w.Name)
		}
	}
	for i, t := range in.Tasks {
		if err := validateTask(ctx, client, in.Tasks, i, t); err != nil {
			return err
		}
	}
	return nil
}

func validateTask(ctx context.Context, client *ent.Client, all []TaskDefinitionInput, i int, t TaskDefinitionInput) error {
	path := fmt.Sprintf("tasks[%d]", i)
	if strings.TrimSpace(t.Name) == "" {
		return apperr.BadInput(path+".name", "Give the task a name.")
	}
	if err := taskdefinition.TypeValidator(t.Type); err != nil {
		return apperr.BadInput(path+".type", "Choose Manual, Approval or Integration.")
	}
	if t.AssigneeID != nil {
		if ok, err := client.User.Query().Where(user.ID(*t.AssigneeID)).Exist(ctx); err != nil || !ok {
			return firstErr(err, apperr.BadInput(path+".assignee", "That user does not exist."))
		}
	}
	if t.Type != taskdefinition.TypeINTEGRATION {
		return nil
	}
	switch t.Action {
	case taskdefinition.ActionLAUNCH_WORKFLOW:
		if t.IroncladWorkflowID == nil {
			return apperr.BadInput(path+".ironcladWorkflow", "Choose the imported Ironclad workflow to launch.")
		}
		if ok, err := client.IroncladWorkflow.Query().Where(ironcladworkflow.ID(*t.IroncladWorkflowID)).Exist(ctx); err != nil || !ok {
			return firstErr(err, apperr.BadInput(path+".ironcladWorkflow", "That Ironclad workflow is not imported."))
		}
	case taskdefinition.ActionMONITOR_APPROVALS, taskdefinition.ActionMONITOR_SIGNATURES:
		l := t.LaunchTask
		if l == nil || *l < 0 || *l >= i || all[*l].Action != taskdefinition.ActionLAUNCH_WORKFLOW {
			return apperr.BadInput(path+".launchTask", "A monitor task follows a Launch Ironclad workflow task that comes before it in this workflow.")
		}
	default:
		return apperr.BadInput(path+".action", "Choose the Ironclad action: launch a workflow, monitor approvals or monitor the signature packet.")
	}
	return nil
}

func firstErr(err, otherwise error) error {
	if err != nil {
		return err
	}
	return otherwise
}

func snapshotInput(in WorkflowInput) map[string]any {
	tasks := make([]any, len(in.Tasks))
	for i, t := range in.Tasks {
		tasks[i] = map[string]any{"name": t.Name, "type": string(t.Type), "action": string(t.Action)}
	}
	return map[string]any{"name": in.Name, "requestForms": in.RequestFormIDs, "tasks": tasks}
}

// SavedInput is a workflow as it is saved, in the builder's terms, so a
// partial change can be laid over it and saved whole (UpdateWorkflow).
func SavedInput(ctx context.Context, client *ent.Client, id pulid.ID) (WorkflowInput, error) {
	wf, err := getWorkflow(ctx, client, id)
	if err != nil {
		return WorkflowInput{}, err
	}
	forms, err := wf.QueryRequestForms().IDs(ctx)
	if err != nil {
		return WorkflowInput{}, err
	}
	defs, err := wf.QueryTaskDefinitions().WithAssignee().WithIroncladWorkflow().WithLaunch().
		Order(ent.Asc(taskdefinition.FieldPosition)).All(ctx)
	if err != nil {
		return WorkflowInput{}, err
	}
	index := map[pulid.ID]int{}
	tasks := make([]TaskDefinitionInput, len(defs))
	for i, d := range defs {
		index[d.ID] = i
		tasks[i] = TaskDefinitionInput{Name: d.Name, Type: d.Type, Action: d.Action, AssigneeRole: d.AssigneeRole}
		if a := d.Edges.Assignee; a != nil {
			tasks[i].AssigneeID = &a.ID
		}
		if w := d.Edges.IroncladWorkflow; w != nil {
			tasks[i].IroncladWorkflowID = &w.ID
		}
		if l := d.Edges.Launch; l != nil {
			at := index[l.ID]
			tasks[i].LaunchTask = &at
		}
	}
	return WorkflowInput{Name: wf.Name, Description: wf.Description, RequestFormIDs: forms, Tasks: tasks}, nil
}
