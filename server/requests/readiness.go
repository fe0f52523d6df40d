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
	forms, err := client.RequestForm.Query().Where(requestform.HasWorkflowWith(workflow.ID(workflowID))).All(ctx)
	if err != nil {
		return nil, err
	}
	launches, err := client.TaskDefinition.Query().Where(taskdefinition.HasWorkflowWith(workflow.ID(workflowID)),
		taskdefinition.ActionEQ(taskdefinition.ActionLAUNCH_WORKFLOW)).WithIroncladWorkflow().Order(ent.Asc(taskdefinition.FieldPosition)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := &Readiness{Issues: []*ReadinessIssue{}}
	for _, d := range launches {
		for _, f := range forms {
			issues, err := launchIssues(ctx, client, d.Edges.IroncladWorkflow, f)
			if err != nil {
				return nil, err
			}
			for _, is := range issues {
				is.Task, is.RequestForm = d, f
				out.Issues = append(out.Issues, is)
			}
		}
	}
	out.Ready = true
	for _, is := range out.Issues {
		if is.Severity == SeverityError {
			out.Ready = false
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
