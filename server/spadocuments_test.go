package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"tradewind/ent"
	"tradewind/ent/schema/columns"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/user"
	"tradewind/server/servertest"
)

// TestEverySPADocumentCostsTheSameAtAnySize runs every query the SPA sends
// (the documents graphql-codegen generated into frontend/src/gql, fragments
// included) on seeded data with 2 and then 20 of everything, as an admin and
// as a requester, and fails when a document's SQL statement count grows
// with the data: an N+1 somewhere under it. A new document is picked up by
// `npm run codegen`; one that needs a variable this test cannot fill fails
// here until spaVariables learns it.
//
// Mutations change what they measure and subscriptions are not sent over
// POST, so both are left out (TestSyncEventFilter… covers a subscription's
// filter).
func TestEverySPADocumentCostsTheSameAtAnySize(t *testing.T) {
	ops := spaOperations(t)
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "admin@example.com", user.RoleADMIN)
		s.CreateUser(t, "ann@example.com", user.RoleREQUESTER)
		callers := []struct {
			role string
			c    *servertest.Client
		}{{"admin", s.Login(t, "admin@example.com")}, {"requester", s.Login(t, "ann@example.com")}}

		seed := newSPASeed(t, s.DB.Client)
		counts := map[string][2]int64{} // role/operation → statements at the two sizes
		errs := map[string]bool{}       // role/operation the role may not call
		for size, n := range []int{2, 20} {
			seed.grow(t, n)
			for _, c := range callers {
				for _, op := range ops {
					vars := spaVariables(t, op, seed)
					c.c.GraphQL(op.text, vars) // warm: the session's last-seen write, caches
					before := s.DB.Statements()
					r := c.c.GraphQL(op.text, vars)
					got := s.DB.Statements() - before
					key := c.role + "/" + op.name
					if len(r.Errors) > 0 {
						if c.role == "admin" && !op.mayFail(r) {
							t.Fatalf("%s with %d of everything: %s", key, n, r.String())
						}
						errs[key] = true
					}
					v := counts[key]
					v[size] = got
					counts[key] = v
				}
			}
		}
		keys := sortedKeys(counts)
		var grew []string
		for _, k := range keys {
			v := counts[k]
			note := ""
			if errs[k] {
				note = " (answered with an error)"
			}
			t.Logf("%s %-34s %3d statements with 2 of everything, %3d with 20%s", dialect, k, v[0], v[1], note)
			if v[1] > v[0] {
				grew = append(grew, fmt.Sprintf("%s: %d → %d", k, v[0], v[1]))
			}
		}
		if len(grew) > 0 {
			t.Fatalf("%s: the statement count grows with the data (an N+1) for:\n  %s", dialect, strings.Join(grew, "\n  "))
		}
	})
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// spaOperation is one query of the SPA with the fragments it spreads.
type spaOperation struct {
	name string
	text string
	op   *ast.OperationDefinition
}

// mayFail lists the documents whose answer may carry an error that the data
// here cannot avoid: ImportForms asks Ironclad for its templates, and the
// seeded connections point nowhere. Everything else in them is still counted.
func (o spaOperation) mayFail(r *servertest.Response) bool {
	for _, e := range r.Errors {
		if !(o.name == "ImportForms" && len(e.Path) > 0 && e.Path[0] == "ironcladTemplates") {
			return false
		}
	}
	return true
}

var (
	gqlDocumentKey = regexp.MustCompile(`^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$`)
	gqlDocumentDef = regexp.MustCompile(`(?m)^export const (\w+)(?:Document|FragmentDoc) = `)
)

// spaOperations reads the SPA's documents from gql.ts (the `documents` map
// the client preset generates, keyed by each document's source) and returns
// its queries, each with the fragments it uses (transitively). It checks the
// count against graphql.ts's document constants, so a change of the
// generated format fails here rather than silently testing fewer documents.
func spaOperations(t *testing.T) []spaOperation {
	t.Helper()
	src, err := os.ReadFile("../frontend/src/gql/gql.ts")
	if err != nil {
		t.Fatal(err)
	}
	defs, err := os.ReadFile("../frontend/src/gql/graphql.ts")
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	in := false
	for _, line := range strings.Split(string(src), "\n") {
		switch {
		case strings.HasPrefix(line, "const documents: Documents = {"):
			in = true
		case in && line == "};":
			in = false
		case in:
			m := gqlDocumentKey.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("gql.ts: cannot read this line of the documents map:\n%s", line)
			}
			var s string
			if err := json.Unmarshal([]byte(m[1]), &s); err != nil {
				t.Fatalf("gql.ts: %v in %s", err, m[1])
			}
			sources = append(sources, s)
		}
	}
	if want := len(gqlDocumentDef.FindAll(defs, -1)); len(sources) != want || want == 0 {
		t.Fatalf("gql.ts has %d documents, graphql.ts %d: the generated format changed", len(sources), want)
	}

	fragments := map[string]*ast.FragmentDefinition{}
	fragmentText := map[string]string{}
	type parsed struct {
		text string
		doc  *ast.QueryDocument
	}
	var docs []parsed
	for _, s := range sources {
		doc, err := parser.ParseQuery(&ast.Source{Input: s})
		if err != nil {
			t.Fatalf("%v in\n%s", err, s)
		}
		for _, f := range doc.Fragments {
			fragments[f.Name] = f
			fragmentText[f.Name] = s
		}
		docs = append(docs, parsed{s, doc})
	}
	var out []spaOperation
	for _, d := range docs {
		for _, op := range d.doc.Operations {
			if op.Operation != ast.Query {
				continue
			}
			used := map[string]bool{}
			var walk func(ast.SelectionSet)
			walk = func(set ast.SelectionSet) {
				for _, sel := range set {
					switch sel := sel.(type) {
					case *ast.Field:
						walk(sel.SelectionSet)
					case *ast.InlineFragment:
						walk(sel.SelectionSet)
					case *ast.FragmentSpread:
						f := fragments[sel.Name]
						if f == nil {
							t.Fatalf("%s spreads the unknown fragment %s", op.Name, sel.Name)
						}
						if !used[sel.Name] {
							used[sel.Name] = true
							walk(f.SelectionSet)
						}
					}
				}
			}
			walk(op.SelectionSet)
			text := d.text
			names := sortedKeys(used)
			for _, n := range names {
				if fragmentText[n] != d.text {
					text += fragmentText[n]
				}
			}
			out = append(out, spaOperation{name: op.Name, text: text, op: op})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	if len(out) < 20 {
		t.Fatalf("only %d queries found in gql.ts", len(out))
	}
	return out
}

// spaVariables fills an operation's variables from the seed. An ID is the
// first seeded entity of the type the variable is used for: node(id:)'s
// inline fragment type, or the argument's name (connectionID → Connection).
func spaVariables(t *testing.T, op spaOperation, seed *spaSeed) map[string]any {
	t.Helper()
	entityOf := map[string]string{} // variable → entity type
	var walk func(set ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch sel := sel.(type) {
			case *ast.Field:
				for _, a := range sel.Arguments {
					if a.Value.Kind != ast.Variable {
						continue
					}
					typ := strings.TrimSuffix(strings.TrimSuffix(a.Name, "ID"), "Id")
					typ = strings.ToUpper(typ[:1]) + typ[1:]
					if sel.Name == "node" || typ == "Id" {
						typ = spaIDArgument[sel.Name+"."+a.Name]
					}
					if sel.Name == "node" {
						for _, inner := range sel.SelectionSet {
							if f, ok := inner.(*ast.InlineFragment); ok {
								typ = f.TypeCondition
							}
						}
					}
					entityOf[a.Value.Raw] = typ
				}
				walk(sel.SelectionSet)
			case *ast.InlineFragment:
				walk(sel.SelectionSet)
			}
		}
	}
	walk(op.op.SelectionSet)
	vars := map[string]any{}
	for _, v := range op.op.VariableDefinitions {
		if fill, ok := spaOtherVariables[op.name+"."+v.Variable]; ok {
			vars[v.Variable] = fill(seed)
			continue
		}
		if v.Type.Name() == "ID" {
			if id, ok := seed.first[entityOf[v.Variable]]; ok {
				vars[v.Variable] = id
				continue
			}
		}
		if v.Type.NonNull {
			t.Fatalf("%s: cannot fill $%s (%s, used for %q): teach spaVariables", op.name, v.Variable, v.Type, entityOf[v.Variable])
		}
	}
	return vars
}

// spaIDArgument names the entity of ID arguments whose name does not.
var spaIDArgument = map[string]string{
	"requestFormPreview.id": "RequestForm",
}

// spaOtherVariables fills variables that are not an entity's ID.
var spaOtherVariables = map[string]func(*spaSeed) any{
	"Dashboard.stuckAfterDays": func(*spaSeed) any { return 0 },
	"SettingsUsers.first":      func(*spaSeed) any { return 100 },
	"CheckMapping.input": func(s *spaSeed) any {
		return map[string]any{"ironcladWorkflowID": s.first["IroncladWorkflow"], "requestFormID": s.first["RequestForm"],
			"fields": s.mappingInput}
	},
}

// spaSeed holds n of everything the SPA shows, grown in place: more rows at
// the top level (connections, synced workflows, forms, requests, users, …)
// and more children under the first of each (fields, questions, mapping
// versions, tasks, comments, sync events, …), whose IDs the documents ask for.
type spaSeed struct {
	db           *ent.Client
	n            int
	first        map[string]pulid.ID
	admin, ann   *ent.User
	conn         *ent.Connection
	icw          *ent.IroncladWorkflow
	wf           *ent.Workflow
	form         *ent.RequestForm
	page         *ent.FormPage
	question     *ent.FormQuestion
	mapping      *ent.Mapping
	req          *ent.Request
	mappingInput []map[string]any
}

func newSPASeed(t *testing.T, db *ent.Client) *spaSeed {
	ctx := context.Background()
	s := &spaSeed{db: db, first: map[string]pulid.ID{}}
	s.admin = db.User.Query().Where(user.Email("admin@example.com")).OnlyX(ctx)
	s.ann = db.User.Query().Where(user.Email("ann@example.com")).OnlyX(ctx)
	return s
}

// grow adds rows until there are n of everything.
func (s *spaSeed) grow(t *testing.T, n int) {
	t.Helper()
	ctx := context.Background()
	db := s.db
	for i := s.n; i < n; i++ {
		// Top level: one more of each, with two children each.
		u := db.User.Create().SetEmail(fmt.Sprintf("user%d@example.com", i)).SetName(fmt.Sprintf("User %d", i)).
			SetPasswordHash("x").SaveX(ctx)
		db.APIToken.Create().SetName(fmt.Sprintf("Token %d", i)).SetTokenHash([]byte(fmt.Sprintf("hash %d", i))).
			SetHint("twk_abc").SetScopes([]string{"READ"}).SetOwner(s.admin).SaveX(ctx)
		db.AuditEntry.Create().SetAction(fmt.Sprintf("test.%d", i)).SetActor(u).SaveX(ctx)
		conn := db.Connection.Create().SetName(fmt.Sprintf("Connection %d", i)).SetEnvironment("DEMO").
			SetBaseURL("http://127.0.0.1:1").SetIntegrationUserEmail("ops@acme.test").SetCreatedBy(s.admin).SaveX(ctx)
		icw := db.IroncladWorkflow.Create().SetTemplateID(fmt.Sprintf("tpl%d", i)).SetName(fmt.Sprintf("Workflow %d", i)).
			SetConnection(conn).SaveX(ctx)
		wf := db.Workflow.Create().SetName(fmt.Sprintf("Process %d", i)).SaveX(ctx)
		form := db.RequestForm.Create().SetName(fmt.Sprintf("Form %d", i)).SetWorkflow(wf).SaveX(ctx)
		page := db.FormPage.Create().SetTitle("Page").SetForm(form).SaveX(ctx)
		if i == 0 {
			s.conn, s.icw, s.wf, s.form, s.page = conn, icw, wf, form, page
			s.first["Connection"], s.first["IroncladWorkflow"], s.first["Workflow"] = conn.ID, icw.ID, wf.ID
			s.first["RequestForm"], s.first["User"] = form.ID, u.ID
		}
		for j := range 2 {
			s.field(t, icw, fmt.Sprintf("f%d_%d", i, j), j)
			q := s.addQuestion(t, page, fmt.Sprintf("q%d_%d", i, j), j)
			if s.question == nil {
				s.question = q
			}
			db.TaskDefinition.Create().SetName(fmt.Sprintf("Step %d", j)).SetType("MANUAL").SetPosition(j).SetWorkflow(wf).SaveX(ctx)
		}
		if i > 0 { // the first pair's mapping is versioned below
			mp := db.Mapping.Create().SetRequestForm(form).SetIroncladWorkflow(icw).SetCreatedBy(s.admin).SaveX(ctx)
			for j := range 2 {
				db.FieldMapping.Create().SetFieldKey(fmt.Sprintf("f%d_%d", i, j)).SetSource("SKIP").SetMapping(mp).SaveX(ctx)
			}
		}
		r := db.Request.Create().SetTitle(fmt.Sprintf("Request %d", i)).SetStatus("IN_PROGRESS").SetRequester(s.ann).
			SetRequestForm(s.form).SetWorkflow(s.wf).SaveX(ctx)
		if i == 0 {
			s.req = r
			s.first["Request"] = r.ID
		}
		for j := range 2 {
			s.requestChildren(t, r, j)
		}

		// Under the first of each: one more child.
		if i > 0 {
			s.field(t, s.icw, fmt.Sprintf("f0_x%d", i), 2+i)
			s.addQuestion(t, s.page, fmt.Sprintf("q0_x%d", i), 2+i)
			db.FormPage.Create().SetTitle(fmt.Sprintf("Page %d", i)).SetPosition(i).SetForm(s.form).SaveX(ctx)
			db.TaskDefinition.Create().SetName(fmt.Sprintf("Step x%d", i)).SetType("APPROVAL").SetPosition(2 + i).SetWorkflow(s.wf).SaveX(ctx)
			s.requestChildren(t, s.req, 2+i)
			db.SyncEvent.Create().SetDirection("INBOUND").SetKind("webhook").SetStatus("SUCCEEDED").SetConnection(s.conn).
				SetIroncladWorkflow(s.icw).SaveX(ctx)
		}
		// The first pair's mapping gets one more version each time.
		if s.mapping != nil {
			db.Mapping.UpdateOne(s.mapping).SetCurrent(false).ExecX(ctx)
		}
		s.mapping = db.Mapping.Create().SetRequestForm(s.form).SetIroncladWorkflow(s.icw).SetCreatedBy(s.admin).
			SetVersion(i + 1).SaveX(ctx)
		s.first["Mapping"] = s.mapping.ID
	}
	// The current mapping version maps every field of the first workflow.
	s.mappingInput = nil
	questions := s.db.FormQuestion.Query().Where().AllX(ctx)
	byKey := map[string]*ent.FormQuestion{}
	for _, q := range questions {
		byKey[q.Key] = q
	}
	for _, f := range s.icw.QueryFields().AllX(ctx) {
		fm := db.FieldMapping.Create().SetFieldKey(f.Key).SetMapping(s.mapping).SetField(f)
		q := byKey["q0"+strings.TrimPrefix(f.Key, "f0")]
		if q != nil {
			fm.SetSource("QUESTION").SetQuestion(q)
			s.mappingInput = append(s.mappingInput, map[string]any{"fieldKey": f.Key, "source": "QUESTION", "questionID": q.ID})
		} else {
			fm.SetSource("SKIP")
			s.mappingInput = append(s.mappingInput, map[string]any{"fieldKey": f.Key, "source": "SKIP"})
		}
		fm.SaveX(ctx)
	}
	s.n = n
}

// field adds a synced field; every other one is conditional on the first.
func (s *spaSeed) field(t *testing.T, icw *ent.IroncladWorkflow, key string, pos int) {
	c := s.db.IroncladField.Create().SetKey(key).SetLabel("Field " + key).SetType("string").SetRequired("NEVER").
		SetKind("TEXT").SetPosition(pos).SetIroncladWorkflow(icw)
	if pos%2 == 1 {
		c.SetRequired("CONDITIONAL").SetCondition(&columns.FieldCondition{FieldKey: "f0_0", Operator: "NOT_EMPTY"})
	}
	c.SaveX(context.Background())
}

// addQuestion adds a form question; every other one is conditional on another.
func (s *spaSeed) addQuestion(t *testing.T, page *ent.FormPage, key string, pos int) *ent.FormQuestion {
	c := s.db.FormQuestion.Create().SetKey(key).SetLabel("Question " + key).SetType("SHORT_TEXT").SetPosition(pos).SetPage(page)
	if pos%2 == 1 {
		c.SetCondition(&columns.QuestionCondition{QuestionKey: strings.Split(key, "_")[0] + "_0", Operator: "NOT_EMPTY"})
	}
	return c.SaveX(context.Background())
}

// requestChildren adds the j-th task (with its linked workflow), comment,
// answer and sync event to a request.
func (s *spaSeed) requestChildren(t *testing.T, r *ent.Request, j int) {
	ctx := context.Background()
	db := s.db
	lw := db.LinkedWorkflow.Create().SetRequest(r).SetIroncladWorkflow(s.icw).SetConnection(s.conn).
		SetReadableID(fmt.Sprintf("IC-%d", j)).SaveX(ctx)
	db.Task.Create().SetName(fmt.Sprintf("Task %d", j)).SetType("INTEGRATION").SetPosition(j).SetRequest(r).
		SetLinkedWorkflow(lw).SetCompletedBy(s.admin).SaveX(ctx)
	c := db.Comment.Create().SetBody(fmt.Sprintf("Comment %d", j)).SetRequest(r).SetAuthor(s.ann).SaveX(ctx)
	if _, ok := s.first["Comment"]; !ok {
		s.first["Comment"] = c.ID
	}
	db.Answer.Create().SetQuestionKey("q0_0").SetQuestionLabel("Question").SetQuestionType("SHORT_TEXT").
		SetValue(map[string]any{"text": "yes"}).SetRequest(r).SetQuestion(s.question).SaveX(ctx)
	db.SyncEvent.Create().SetDirection("OUTBOUND").SetKind("launch").SetStatus("SUCCEEDED").SetConnection(s.conn).
		SetRequest(r).SaveX(ctx)
}
