package requests

import (
	"context"
	"fmt"

	"tradewind/ent"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/mapping"
	"tradewind/ent/requestform"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/taskdefinition"
	"tradewind/ent/workflow"
	mappings "tradewind/server/mapping"
)

// Severity of a readiness issue: an ERROR stops launches, a WARNING does not.
type Severity string

const (
	SeverityError   Severity = "ERROR"
	SeverityWarning Severity = "WARNING"
)

// ReadinessIssue is one thing to fix before a launch task can run, in words.
type ReadinessIssue struct {
	Severity    Severity
	Task        *ent.TaskDefinition
	RequestForm *ent.RequestForm
	Message     string
}

// Readiness says whether every launch task of a workflow can launch for
// every form the workflow runs for.
type Readiness struct {
	Ready  bool
	Issues []*ReadinessIssue
}

// CheckReadiness checks each launch task against each form: a saved mapping
// for that form and Ironclad workflow that passes its check, no unaccepted
// drift, and an Integration Requestor Email field (a warning without it).
func CheckReadiness(ctx context.Context, client *ent.Client, workflowID pulid.ID) (*Readiness, error) {
	all, err := CheckReadinessOf(ctx, client, []pulid.ID{workflowID})
	return all[workflowID], err
}

// CheckReadinessOf is CheckReadiness for many workflows at once: their forms
// and launch tasks load in the same few statements whatever their number.
func CheckReadinessOf(ctx context.Context, client *ent.Client, workflowIDs []pulid.ID) (map[pulid.ID]*Readiness, error) {
	wfs, err := client.Workflow.Query().Where(workflow.IDIn(workflowIDs...)).
		WithRequestForms().
		WithTaskDefinitions(func(q *ent.TaskDefinitionQuery) {
			q.Where(taskdefinition.ActionEQ(taskdefinition.ActionLAUNCH_WORKFLOW)).WithIroncladWorkflow().
				Order(ent.Asc(taskdefinition.FieldPosition))
		}).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[pulid.ID]*Readiness, len(workflowIDs))
	for _, id := range workflowIDs {
		out[id] = &Readiness{Ready: true, Issues: []*ReadinessIssue{}}
	}
	for _, wf := range wfs {
		r := out[wf.ID]
		for _, d := range wf.Edges.TaskDefinitions {
			for _, f := range wf.Edges.RequestForms {
				issues, err := launchIssues(ctx, client, d.Edges.IroncladWorkflow, f)
				if err != nil {
					return nil, err
				}
				for _, is := range issues {
					is.Task, is.RequestForm = d, f
					r.Issues = append(r.Issues, is)
					if is.Severity == SeverityError {
						r.Ready = false
					}
				}
			}
		}
	}
	return out, nil
}

// launchIssues is why launching icw from form's answers would fail today.
// Launch uses it too, so a launch never goes to Ironclad when it would fail.
func launchIssues(ctx context.Context, client *ent.Client, icw *ent.IroncladWorkflow, form *ent.RequestForm) ([]*ReadinessIssue, error) {
	if icw == nil {
		return []*ReadinessIssue{{Severity: SeverityError, Message: "The Ironclad workflow this task launches was removed; choose another one."}}, nil
	}
	var out []*ReadinessIssue
	add := func(sev Severity, format string, args ...any) {
		out = append(out, &ReadinessIssue{Severity: sev, Message: fmt.Sprintf(format, args...)})
	}
	if icw.Drift != ironcladworkflow.DriftNONE {
		add(SeverityError, "“%s” changed in Ironclad and the change is not accepted yet (%s): open Synced workflows, Re-sync it and accept the changes.", icw.Name, icw.DriftSummary)
	}
	m, err := CurrentMapping(ctx, client, icw.ID, form.ID)
	if err != nil {
		return nil, err
	}
	if m == nil {
		add(SeverityError, "“%s” is not mapped to “%s” yet: open Map Request Forms and save a mapping.", form.Name, icw.Name)
		return out, nil
	}
	if m.AffectedByDrift {
		add(SeverityError, "The mapping of “%s” to “%s” is out of date after a change in Ironclad: open Map Request Forms, review it and save it again.", form.Name, icw.Name)
	}
	check, err := mappings.CheckSaved(ctx, client, m)
	if err != nil {
		return nil, err
	}
	for _, e := range check.Summary.Errors {
		add(SeverityError, "Mapping of “%s” to “%s”: %s", form.Name, icw.Name, e.Message)
	}
	if check.RequestorEmail != nil && check.RequestorEmail.State != mappings.RequestorEmailMapped {
		add(SeverityWarning, "%s", check.RequestorEmail.Message)
	}
	return out, nil
}

// CurrentMapping is the saved mapping (current version) of a form to an
// Ironclad workflow, or nil.
func CurrentMapping(ctx context.Context, client *ent.Client, icwID, formID pulid.ID) (*ent.Mapping, error) {
	m, err := client.Mapping.Query().Where(mapping.Current(true), mapping.HasRequestFormWith(requestform.ID(formID)),
		mapping.HasIroncladWorkflowWith(ironcladworkflow.ID(icwID))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return m, err
}
