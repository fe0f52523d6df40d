package comments_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"tradewind/ent"
	"tradewind/ent/comment"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/formquestion"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/ent/taskdefinition"
	"tradewind/ent/user"
	"tradewind/server/auth"
	"tradewind/server/integration/ironcladtest"
	"tradewind/server/ironclad"
	"tradewind/server/mapping"
	"tradewind/server/requestforms"
	"tradewind/server/requests"
	"tradewind/server/sandbox"
	"tradewind/server/servertest"
)

// requesterName is the requester's name, which Ironclad sees on the first
// line of the comments Tradewind posts.
const requesterName = "Rita Requester"

// thread is a demo server connected to its sandbox, with Every Field Type
// imported (its required fields: the counterparty, one question and two fixed values), a form
// whose workflow launches it, and one request of a requester, launched.
type thread struct {
	*ironcladtest.Env
	db        *ent.Client
	icw       *ent.IroncladWorkflow
	req       *ent.Request
	lw        *ent.LinkedWorkflow
	requester *servertest.Client
	form      *ent.RequestForm
	rita      *ent.User
}

// options change the world before the request is submitted.
type options struct {
	faults  map[string]any  // sandbox API faults, set before connecting
	syncOff bool            // comment sync off for the workflow
	limits  ironclad.Limits // Tradewind's allowance per connection (zero: Ironclad's)
}

func setup(t *testing.T, dialect string, o options) *thread {
	e := ironcladtest.Start(t, dialect)
	e.Srv.Comments.SetRetryBackoff(20 * time.Millisecond)
	th := &thread{Env: e, db: e.Srv.DB.Client}
	ctx := context.Background()
	if o.faults != nil {
		e.Sandbox("PUT", "/_control/faults", o.faults, nil)
	}
	e.Srv.Integration.SetLimits(o.limits)
	conn := e.Connect("Sandbox")
	e.Admin.MustGraphQL(`mutation($in: ImportIroncladWorkflowsInput!) { importIroncladWorkflows(input: $in) { importID } }`,
		map[string]any{"in": map[string]any{"connectionID": conn, "templateIDs": []string{sandbox.TemplateEveryFieldType}}}, &struct{}{})
	eventually(t, "the template is imported", func() bool {
		var err error
		th.icw, err = th.db.IroncladWorkflow.Query().Where(ironcladworkflow.TemplateID(sandbox.TemplateEveryFieldType)).Only(ctx)
		return err == nil && th.icw.FieldCount > 0
	})
	if o.syncOff {
		th.switchSync(t, false)
	}
	form := th.launchingForm(t)
	e.Srv.CreateUser(t, "rita@example.com", user.RoleREQUESTER)
	rita := th.db.User.Query().Where(user.Email("rita@example.com")).OnlyX(ctx)
	th.db.User.UpdateOne(rita).SetName(requesterName).ExecX(ctx)
	th.requester = e.Srv.Login(t, "rita@example.com")
	th.form, th.rita = form, rita
	th.req, th.lw = th.launch(t, "Laptops")
	return th
}

// launch submits a request as the requester and waits for its Ironclad workflow.
func (th *thread) launch(t *testing.T, what string) (*ent.Request, *ent.LinkedWorkflow) {
	t.Helper()
	req, err := th.Srv.Requests.Submit(as(th.rita), th.db, th.rita, requests.SubmitInput{RequestFormID: th.form.ID,
		Answers: map[string]any{"what": what}})
	if err != nil {
		t.Fatal(err)
	}
	var lw *ent.LinkedWorkflow
	eventually(t, "the request's workflow is launched in Ironclad", func() bool {
		lw, err = th.db.LinkedWorkflow.Query().Where(linkedworkflow.HasRequestWith(request.ID(req.ID))).Only(context.Background())
		return err == nil && lw.IroncladID != ""
	})
	return req, lw
}

func as(u *ent.User) context.Context {
	return auth.WithViewer(context.Background(), &auth.Viewer{User: u, Scopes: []string{auth.ScopeRead, auth.ScopeWrite}})
}

// launchingForm is a form of one question mapped to Every Field Type, with a
// workflow that launches it.
func (th *thread) launchingForm(t *testing.T) *ent.RequestForm {
	ctx := context.Background()
	key, yes := "what", true
	form, err := th.Srv.Forms.CreateForm(ctx, th.db, requestforms.CreateRequestFormInput{Name: "Purchase", Pages: []*requestforms.FormPageInput{{
		Title: "Purchase", Questions: []*requestforms.FormQuestionInput{{Key: &key, Label: "What are you buying?", Type: formquestion.TypeSHORT_TEXT, Required: &yes}}}}})
	if err != nil {
		t.Fatal(err)
	}
	layout, err := requestforms.LoadLayout(ctx, th.db, form.ID)
	if err != nil {
		t.Fatal(err)
	}
	qid := layout.QuestionByKey("what").ID
	in := mapping.MappingInput{IroncladWorkflowID: th.icw.ID, RequestFormID: form.ID, Fields: []*mapping.FieldMappingInput{
		{FieldKey: "counterpartyName", Source: fieldmapping.SourceQUESTION, QuestionID: &qid},
		{FieldKey: "role2f6a9c0d1e3b4a5c8d7e6f5a4b3c2d1e", Source: fieldmapping.SourceFIXED_VALUE, FixedValue: "sam@vendor.example"},
		{FieldKey: "role3a7b0d1e2f4c4b6d9e8f7a6b5c4d3e2f", Source: fieldmapping.SourceFIXED_VALUE, FixedValue: "Sam Signer"}}}
	if _, err := th.Srv.Maps.Save(ctx, th.db, nil, in); err != nil {
		t.Fatal(err)
	}
	admin := th.db.User.Query().Where(user.RoleEQ(user.RoleADMIN)).FirstX(ctx)
	_, err = th.Srv.Requests.CreateWorkflow(as(admin), th.db, requests.WorkflowInput{Name: "Purchase", RequestFormIDs: []pulid.ID{form.ID},
		Tasks: []requests.TaskDefinitionInput{{Name: "Launch in Ironclad", Type: taskdefinition.TypeINTEGRATION,
			Action: taskdefinition.ActionLAUNCH_WORKFLOW, IroncladWorkflowID: &th.icw.ID}}})
	if err != nil {
		t.Fatal(err)
	}
	return form
}

// switchSync switches comment sync of the workflow, as Edit does.
func (th *thread) switchSync(t *testing.T, on bool) {
	t.Helper()
	th.Admin.MustGraphQL(`mutation($id: ID!, $on: Boolean!) { updateIroncladWorkflow(id: $id, input: {commentSync: $on}) { id } }`,
		map[string]any{"id": th.icw.ID, "on": on}, &struct{}{})
}

// commentView is a comment as GraphQL shows it.
type commentView struct {
	ID                string
	Body              string
	Origin            string
	AuthorName        string
	IroncladCommentID string
	SyncStatus        string
	SyncError         string
	CanDelete         bool
	IroncladCopy      string
}

const commentFields = `id body origin authorName ironcladCommentID syncStatus syncError canDelete ironcladCopy`

// add adds a comment as the requester.
func (th *thread) add(t *testing.T, body string) commentView {
	t.Helper()
	var out struct{ AddComment commentView }
	th.requester.MustGraphQL(`mutation($r: ID!, $b: String!) { addComment(requestID: $r, body: $b) { `+commentFields+` } }`,
		map[string]any{"r": th.req.ID, "b": body}, &out)
	return out.AddComment
}

// thread is the request's comments as the requester reads them, oldest first.
func (th *thread) thread(t *testing.T) []commentView {
	t.Helper()
	var out struct {
		Node struct {
			Comments struct{ Edges []struct{ Node commentView } }
		}
	}
	th.requester.MustGraphQL(`query($r: ID!) { node(id: $r) { ... on Request { comments(orderBy: {field: CREATED_AT, direction: ASC}) {
		edges { node { `+commentFields+` } } } } } }`, map[string]any{"r": th.req.ID}, &out)
	list := []commentView{}
	for _, e := range out.Node.Comments.Edges {
		list = append(list, e.Node)
	}
	return list
}

// waitThread waits until the thread's bodies are want (in order).
func (th *thread) waitThread(t *testing.T, want ...string) []commentView {
	t.Helper()
	var got []commentView
	eventually(t, "the thread is "+strings.Join(want, " | "), func() bool {
		got = th.thread(t)
		return equalBodies(got, want)
	})
	return got
}

func equalBodies(got []commentView, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i].Body != want[i] {
			return false
		}
	}
	return true
}

// ironcladComment is a comment as the sandbox's public API shows it.
type ironcladComment struct {
	ID             string
	CommentMessage string
	Timestamp      string
	Author         struct{ DisplayName, Email string }
}

// inIronclad lists the workflow's comments in the sandbox.
func (th *thread) inIronclad(lw *ent.LinkedWorkflow) []ironcladComment {
	var page struct{ List []ironcladComment }
	th.IroncladAPI("GET", "/workflows/"+lw.IroncladID+"/comments?pageSize=100", nil, &page)
	return page.List
}

// act performs a sandbox operator action (the console's buttons).
func (th *thread) act(action string, body map[string]any) {
	body["action"] = action
	th.Sandbox("POST", "/_control/workflows/"+th.lw.IroncladID+"/actions", body, nil)
}

// commentInIronclad adds a comment in the sandbox as one of its users and
// returns its id.
func (th *thread) commentInIronclad(t *testing.T, as, message string) string {
	t.Helper()
	before := len(th.inIronclad(th.lw))
	th.act("comment", map[string]any{"as": as, "message": message})
	list := th.inIronclad(th.lw)
	if len(list) != before+1 {
		t.Fatalf("the sandbox has %d comments after one more than %d", len(list), before)
	}
	return list[len(list)-1].ID
}

// ledger lists the request's sync events of a kind.
func (th *thread) ledger(kind string) []*ent.SyncEvent {
	return th.db.SyncEvent.Query().Where(syncevent.HasRequestWith(request.ID(th.req.ID)), syncevent.Kind(kind)).
		Order(ent.Asc(syncevent.FieldID)).AllX(context.Background())
}

// rows counts the request's comment rows, removed ones included.
func (th *thread) rows() int {
	return th.db.Comment.Query().Where(comment.HasRequestWith(request.ID(th.req.ID))).CountX(context.Background())
}

// eventually is servertest.Eventually.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	servertest.Eventually(t, what, cond)
}
