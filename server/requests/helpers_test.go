package requests_test

import (
	"context"
	"testing"
	"time"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/formquestion"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/task"
	"tradewind/ent/taskdefinition"
	"tradewind/ent/user"
	"tradewind/server"
	"tradewind/server/auth"
	"tradewind/server/integration/ironcladtest"
	"tradewind/server/mapping"
	"tradewind/server/requestforms"
	"tradewind/server/requests"
	"tradewind/server/sandbox"
	"tradewind/server/servertest"
)

// Approver roles and signers of the sandbox's Procurement Intake template.
const (
	legalRole   = "approver5b0c1d2e3f4a4b5c8d9e0f1a2b3c4d5e"
	financeRole = "approver6c1d2e3f4a5b4c6d9e0f1a2b3c4d5e6f"
)

// world is a demo server connected to its sandbox, with Procurement Intake
// imported, a form mapped to it, and a workflow: approval by an admin, then
// launch, monitor approvals, monitor signatures.
type world struct {
	*ironcladtest.Env
	db        *ent.Client
	svc       *requests.Service
	form      *ent.RequestForm
	icw       *ent.IroncladWorkflow
	workflow  *ent.Workflow
	requester *ent.User
	admin     *ent.User
}

func setup(t *testing.T, dialect string, approvalFirst bool) *world {
	e := ironcladtest.Start(t, dialect)
	e.Srv.Requests.SetLaunchGrace(6 * time.Second) // beyond the sandbox's async launch delay (2 s)
	w := &world{Env: e, db: e.Srv.DB.Client, svc: e.Srv.Requests}
	ctx := context.Background()
	conn := e.Connect("Sandbox")
	e.Admin.MustGraphQL(`mutation($in: ImportIroncladWorkflowsInput!) { importIroncladWorkflows(input: $in) { importID } }`,
		map[string]any{"in": map[string]any{"connectionID": conn, "templateIDs": []string{sandbox.TemplateProcurementIntake}}}, &struct{}{})
	eventually(t, "the template is imported", func() bool {
		var err error
		w.icw, err = w.db.IroncladWorkflow.Query().Where(ironcladworkflow.TemplateID(sandbox.TemplateProcurementIntake)).WithConnection().Only(ctx)
		return err == nil && w.icw.FieldCount > 0
	})
	w.form = w.makeForm(t)
	w.mapForm(t)
	e.Srv.CreateUser(t, "requester@example.com", user.RoleREQUESTER)
	w.requester = w.db.User.Query().Where(user.Email("requester@example.com")).OnlyX(ctx)
	w.admin = w.db.User.Query().Where(user.Email(server.DemoAdminEmail)).OnlyX(ctx)
	launch := 0
	var tasks []requests.TaskDefinitionInput
	if approvalFirst {
		admin := taskdefinition.AssigneeRoleADMIN
		tasks = append(tasks, requests.TaskDefinitionInput{Name: "Manager approval", Type: taskdefinition.TypeAPPROVAL, AssigneeRole: &admin})
		launch = 1
	}
	tasks = append(tasks,
		requests.TaskDefinitionInput{Name: "Launch in Ironclad", Type: taskdefinition.TypeINTEGRATION, Action: taskdefinition.ActionLAUNCH_WORKFLOW, IroncladWorkflowID: &w.icw.ID},
		requests.TaskDefinitionInput{Name: "Ironclad approvals", Type: taskdefinition.TypeINTEGRATION, Action: taskdefinition.ActionMONITOR_APPROVALS, LaunchTask: &launch},
		requests.TaskDefinitionInput{Name: "Signature packet", Type: taskdefinition.TypeINTEGRATION, Action: taskdefinition.ActionMONITOR_SIGNATURES, LaunchTask: &launch})
	res, err := w.svc.CreateWorkflow(w.as(w.admin), w.db, requests.WorkflowInput{Name: "Procurement", RequestFormIDs: []pulid.ID{w.form.ID}, Tasks: tasks})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Readiness.Ready {
		t.Fatalf("workflow not ready: %+v", res.Readiness.Issues[0])
	}
	w.workflow = res.Workflow
	return w
}

// as is a context acting as u, as a signed-in request would be.
func (w *world) as(u *ent.User) context.Context {
	return auth.WithViewer(context.Background(), &auth.Viewer{User: u, Scopes: []string{auth.ScopeRead, auth.ScopeWrite}})
}

func (w *world) makeForm(t *testing.T) *ent.RequestForm {
	yes := true
	q := func(key, label string, typ formquestion.Type, options ...string) *requestforms.FormQuestionInput {
		return &requestforms.FormQuestionInput{Key: &key, Label: label, Type: typ, Required: &yes, Options: options}
	}
	rushReason := q("rush_reason", "Why so fast?", formquestion.TypeLONG_TEXT)
	rushReason.Condition = &requestforms.QuestionConditionInput{QuestionKey: ptr("rush"), Operator: requestforms.OpEquals, Values: []string{requestforms.Yes}}
	f, err := w.Srv.Forms.CreateForm(context.Background(), w.db, requestforms.CreateRequestFormInput{Name: "Purchase", Pages: []*requestforms.FormPageInput{{Title: "Purchase",
		Questions: []*requestforms.FormQuestionInput{
			q("vendor", "Vendor", formquestion.TypeSHORT_TEXT), q("signer_email", "Vendor signer email", formquestion.TypeEMAIL),
			q("signer_name", "Vendor signer name", formquestion.TypeSHORT_TEXT), q("what", "What are you buying?", formquestion.TypeLONG_TEXT),
			q("cost", "Cost", formquestion.TypeMONEY), q("department", "Department", formquestion.TypeSINGLE_SELECT, "Engineering", "Sales"),
			q("rush", "Is it urgent?", formquestion.TypeYES_NO), rushReason,
		}}}})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (w *world) mapForm(t *testing.T) {
	ctx := context.Background()
	layout, err := requestforms.LoadLayout(ctx, w.db, w.form.ID)
	if err != nil {
		t.Fatal(err)
	}
	pair := func(field, question string) *mapping.FieldMappingInput {
		id := layout.QuestionByKey(question).ID
		return &mapping.FieldMappingInput{FieldKey: field, Source: fieldmapping.SourceQUESTION, QuestionID: &id}
	}
	in := mapping.MappingInput{IroncladWorkflowID: w.icw.ID, RequestFormID: w.form.ID, Fields: []*mapping.FieldMappingInput{
		pair("counterpartyName", "vendor"), pair("role8f2a5c6d7e9b4a1c2d3e4f5a6b7c8d9e", "signer_email"),
		pair("role9a3b6d7e8f0c4b2d3e4f5a6b7c8d9e0f", "signer_name"), pair("requestDescription", "what"),
		pair("estimatedCost", "cost"), pair("department", "department"),
		{FieldKey: "integrationRequestorEmail", Source: fieldmapping.SourceREQUESTER_EMAIL},
	}}
	if _, err := w.Srv.Maps.Save(ctx, w.db, nil, in); err != nil {
		t.Fatal(err)
	}
}

func answers(vendor string) map[string]any {
	return map[string]any{"vendor": vendor, "signer_email": "sam@" + vendor + ".example", "signer_name": "Sam Signer",
		"what": "Laptops", "cost": map[string]any{"amount": 1200.0, "currency": "USD"}, "department": "Engineering", "rush": false}
}

func (w *world) submit(t *testing.T, vendor string) *ent.Request {
	t.Helper()
	r, err := w.svc.Submit(w.as(w.requester), w.db, w.requester, requests.SubmitInput{RequestFormID: w.form.ID, Answers: answers(vendor)})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// taskOf is the request's task with that action (or type for NONE).
func (w *world) taskOf(t *testing.T, req *ent.Request, action task.Action) *ent.Task {
	t.Helper()
	tk, err := w.db.Task.Query().Where(task.HasRequestWith(request.ID(req.ID)), task.ActionEQ(action)).First(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func (w *world) linked(t *testing.T, req *ent.Request) *ent.LinkedWorkflow {
	t.Helper()
	return w.db.LinkedWorkflow.Query().Where(linkedworkflow.HasRequestWith(request.ID(req.ID))).OnlyX(context.Background())
}

func (w *world) waitTask(t *testing.T, req *ent.Request, action task.Action, status task.Status) *ent.Task {
	t.Helper()
	var tk *ent.Task
	eventually(t, string(action)+" "+string(status), func() bool {
		tk = w.taskOf(t, req, action)
		return tk.Status == status
	})
	return tk
}

func (w *world) waitRequest(t *testing.T, req *ent.Request, status request.Status) {
	t.Helper()
	eventually(t, "request "+string(status), func() bool {
		return w.db.Request.GetX(context.Background(), req.ID).Status == status
	})
}

// act performs a sandbox console action on an Ironclad workflow.
func (w *world) act(lw *ent.LinkedWorkflow, action, role string) {
	w.Sandbox("POST", "/_control/workflows/"+lw.IroncladID+"/actions", map[string]any{"action": action, "role": role}, nil)
}

// ironcladWorkflows counts the workflows of the template in the sandbox.
func (w *world) ironcladWorkflows(counterparty string) int {
	var page struct {
		List []struct{ Attributes map[string]any }
	}
	w.IroncladAPI("GET", "/workflows?status=active,paused,completed,cancelled&pageSize=100&template="+sandbox.TemplateProcurementIntake, nil, &page)
	n := 0
	for _, wf := range page.List {
		if wf.Attributes["counterpartyName"] == counterparty {
			n++
		}
	}
	return n
}

// eventually is servertest.Eventually.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	servertest.Eventually(t, what, cond)
}

func ptr[T any](v T) *T { return &v }
