package requestforms_test

import (
	"context"
	"testing"

	"tradewind/ent"
	"tradewind/ent/user"
	"tradewind/server/servertest"
)

const formFields = `id name version pages { id title position questions { id key label type required options position showWhen { questionKey operator values text question { id } } } }`

type gqlQuestion struct {
	ID, Key, Label, Type string
	Required             bool
	Options              []string
	Position             int
	ShowWhen             *struct {
		QuestionKey, Operator, Text string
		Values                      []string
	}
}

type gqlForm struct {
	ID, Name string
	Version  int
	Pages    []struct {
		ID, Title string
		Position  int
		Questions []gqlQuestion
	}
}

// Forms through GraphQL: create with pages and a conditional question,
// errors naming the input, reorder, preview, admin-only changes, audit.
func TestFormsThroughGraphQL(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "admin@t.example", user.RoleADMIN)
		s.CreateUser(t, "req@t.example", user.RoleREQUESTER)
		admin := s.Login(t, "admin@t.example")
		create := `mutation($input: CreateRequestFormInput!) { createRequestForm(input: $input) { ` + formFields + ` } }`
		input := map[string]any{"name": "Laptop request", "pages": []any{
			map[string]any{"title": "Basics", "questions": []any{
				map[string]any{"label": "Need a monitor?", "type": "YES_NO", "required": true},
				map[string]any{"label": "Monitor size", "type": "SINGLE_SELECT", "options": []any{"24\"", "27\""},
					"condition": map[string]any{"questionKey": "need_a_monitor", "operator": "EQUALS", "values": []any{"Yes"}}},
			}},
			map[string]any{"title": "Delivery"},
		}}

		// Errors name the offending question.
		bad := map[string]any{"name": "x", "pages": []any{map[string]any{"title": "P", "questions": []any{
			map[string]any{"label": "A", "type": "SHORT_TEXT"},
			map[string]any{"label": "B", "type": "SINGLE_SELECT"},
		}}}}
		r := admin.GraphQL(create, map[string]any{"input": bad})
		if r.Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != "input.pages[0].questions[1].options" {
			t.Fatalf("missing options: %s", r)
		}
		bad["pages"].([]any)[0].(map[string]any)["questions"] = []any{map[string]any{"label": "A", "type": "SHORT_TEXT",
			"condition": map[string]any{"questionKey": "b", "operator": "NOT_EMPTY"}}, map[string]any{"label": "B", "type": "SHORT_TEXT"}}
		if r := admin.GraphQL(create, map[string]any{"input": bad}); r.Errors[0].Extensions["field"] != "input.pages[0].questions[0].condition.questionKey" {
			t.Fatalf("condition on a later question: %s", r)
		}

		var out struct{ CreateRequestForm gqlForm }
		admin.MustGraphQL(create, map[string]any{"input": input}, &out)
		f := out.CreateRequestForm
		size := f.Pages[0].Questions[1]
		if len(f.Pages) != 2 || size.ShowWhen == nil || size.ShowWhen.Text != "Shown when “Need a monitor?” is Yes" {
			t.Fatalf("form %+v, condition %+v", f, size.ShowWhen)
		}

		// A requester reads and previews, but cannot change forms.
		req := s.Login(t, "req@t.example")
		preview := `query($id: ID!, $a: Map) { requestFormPreview(id: $id, answers: $a) { version pages { questions { visible conditionText question { key } } } answerErrors { questionKey path message } } }`
		var pv struct {
			RequestFormPreview struct {
				Version int
				Pages   []struct {
					Questions []struct {
						Visible  bool
						Question struct{ Key string }
					}
				}
				AnswerErrors []struct{ QuestionKey, Path string }
			}
		}
		req.MustGraphQL(preview, map[string]any{"id": f.ID, "a": map[string]any{"need_a_monitor": false}}, &pv)
		if qs := pv.RequestFormPreview.Pages[0].Questions; !qs[0].Visible || qs[1].Visible || len(pv.RequestFormPreview.AnswerErrors) != 0 {
			t.Errorf("preview with No: %+v", pv.RequestFormPreview)
		}
		req.MustGraphQL(preview, map[string]any{"id": f.ID, "a": map[string]any{"need_a_monitor": true, "monitor_size": "32\""}}, &pv)
		if qs := pv.RequestFormPreview.Pages[0].Questions; !qs[1].Visible || len(pv.RequestFormPreview.AnswerErrors) != 1 || pv.RequestFormPreview.AnswerErrors[0].Path != "answers.monitor_size" {
			t.Errorf("preview with Yes and a bad size: %+v", pv.RequestFormPreview)
		}
		rename := `mutation($id: ID!) { renameFormPage(id: $id, title: "Shipping") { id title } }`
		if r := req.GraphQL(rename, map[string]any{"id": f.Pages[1].ID}); r.Code() != "FORBIDDEN" {
			t.Errorf("requester renamed a page: %s", r)
		}

		// Moving the conditional question above the one it depends on is refused; to page 2 is fine.
		move := `mutation($id: ID!, $page: ID!, $pos: Int!) { moveFormQuestion(id: $id, pageID: $page, position: $pos) { id position page { id } } }`
		if r := admin.GraphQL(move, map[string]any{"id": size.ID, "page": f.Pages[0].ID, "pos": 0}); r.Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != "position" {
			t.Errorf("move above its condition: %s", r)
		}
		admin.MustGraphQL(move, map[string]any{"id": size.ID, "page": f.Pages[1].ID, "pos": 0}, &struct{}{})
		admin.MustGraphQL(rename, map[string]any{"id": f.Pages[1].ID}, &struct{}{})
		var after struct{ Node gqlForm }
		admin.MustGraphQL(`query($id: ID!) { node(id: $id) { ... on RequestForm { `+formFields+` } } }`, map[string]any{"id": f.ID}, &after)
		if after.Node.Version != f.Version+2 || after.Node.Pages[1].Title != "Shipping" || len(after.Node.Pages[1].Questions) != 1 {
			t.Errorf("after move and rename: %+v", after.Node)
		}
		// Pages and questions come back in position order, without sorting.
		var added struct{ AddFormPage struct{ ID string } }
		admin.MustGraphQL(`mutation($id: ID!) { addFormPage(formID: $id, title: "Notes") { id } }`, map[string]any{"id": f.ID}, &added)
		admin.MustGraphQL(`mutation($id: ID!) { moveFormPage(id: $id, position: 1) { id } }`, map[string]any{"id": added.AddFormPage.ID}, &struct{}{})
		admin.MustGraphQL(`query($id: ID!) { node(id: $id) { ... on RequestForm { `+formFields+` } } }`, map[string]any{"id": f.ID}, &after)
		if p := after.Node.Pages; len(p) != 3 || p[0].Title != "Basics" || p[1].Title != "Notes" || p[2].Title != "Shipping" {
			t.Errorf("pages after moving Notes to the middle: %+v", p)
		}
		// Deleting a question a condition uses is refused.
		del := `mutation($id: ID!) { deleteFormQuestion(id: $id) }`
		if r := admin.GraphQL(del, map[string]any{"id": f.Pages[0].Questions[0].ID}); r.Code() != "CONFLICT" {
			t.Errorf("delete a question a condition uses: %s", r)
		}
		n, err := s.DB.Client.AuditEntry.Query().Count(context.Background())
		if err != nil || n < 3 {
			t.Errorf("audit entries: %d %v", n, err)
		}
	})
}

// Editing a form with submitted requests never changes their answers.
func TestFormVersioningKeepsAnswers(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	ctx := context.Background()
	db := s.DB.Client
	if err := s.Forms.SeedDemoForms(ctx, db); err != nil {
		t.Fatal(err)
	}
	form, err := db.RequestForm.Query().WithPages(func(q *ent.FormPageQuery) { q.WithQuestions() }).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.CreateUser(t, "req@t.example", user.RoleREQUESTER)
	requester := db.User.Query().Where(user.Email("req@t.example")).OnlyX(ctx)
	q := form.Edges.Pages[0].Edges.Questions[0]
	reqst := db.Request.Create().SetTitle("Buy X").SetRequester(requester).SetRequestForm(form).SetFormVersion(form.Version).SaveX(ctx)
	ans := db.Answer.Create().SetRequest(reqst).SetQuestion(q).SetQuestionKey(q.Key).SetQuestionLabel(q.Label).
		SetQuestionType(string(q.Type)).SetQuestionOptions(q.Options).SetValue(map[string]any{"value": "Figma"}).SaveX(ctx)

	label := "Which product?"
	if _, err := s.Forms.UpdateQuestion(ctx, db, q.ID, intakeUpdate(label)); err != nil {
		t.Fatal(err)
	}
	if err := s.Forms.DeleteQuestion(ctx, db, q.ID); err != nil {
		t.Fatal(err)
	}
	got := db.Answer.GetX(ctx, ans.ID)
	if got.QuestionLabel != ans.QuestionLabel || got.QuestionType != ans.QuestionType || got.Value["value"] != "Figma" {
		t.Errorf("answer changed: %+v", got)
	}
	if r := db.Request.GetX(ctx, reqst.ID); r.FormVersion != form.Version {
		t.Errorf("request form version %d, want %d", r.FormVersion, form.Version)
	}
	if f := db.RequestForm.GetX(ctx, form.ID); f.Version != form.Version+2 {
		t.Errorf("form version %d, want %d", f.Version, form.Version+2)
	}
}
