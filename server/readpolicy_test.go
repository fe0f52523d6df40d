package server_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"tradewind/ent"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/user"
	"tradewind/server/servertest"
)

// unreadable is what each role may not read, whichever way it asks: the
// entity types it cannot see at all. Rows of other people (requests and
// their children, users, API tokens) are added per fixture below.
var unreadable = map[string][]string{
	"admin":     {"Session"},
	"viewer":    {"Session", "AuditEntry"},
	"requester": {"Session", "AuditEntry", "Connection", "IroncladWorkflow", "IroncladField", "Mapping", "FieldMapping"},
}

// TestEdgesAndFiltersObeyTheReadPolicy walks the schema: from every Query
// field a role may call, every edge (three levels deep) and every has…With
// filter (two levels deep). An edge must return nothing the role may not
// read; a filter must answer the same whether or not it names rows the role
// may not read (else it is an oracle over them).
func TestEdgesAndFiltersObeyTheReadPolicy(t *testing.T) {
	schema := loadSchema(t)
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		for _, e := range []string{"admin@example.com", "view@example.com", "ann@example.com", "ben@example.com"} {
			role := map[string]user.Role{"admin": user.RoleADMIN, "view": user.RoleVIEWER}[strings.Split(e, "@")[0]]
			if role == "" {
				role = user.RoleREQUESTER
			}
			s.CreateUser(t, e, role)
		}
		hidden := seedEveryEdge(t, s.DB.Client)
		callers := map[string]*servertest.Client{
			"admin":     s.Login(t, "admin@example.com"),
			"viewer":    s.Login(t, "view@example.com"),
			"requester": s.Login(t, "ann@example.com"),
		}
		for role, c := range callers {
			secret := hidden[role]
			for _, root := range rootFields(schema) {
				if c.GraphQL(rootQuery(root, "{ id }"), nil).Code() != "" {
					continue // the role may not call this field at all (TestRoleTable)
				}
				for _, edge := range entityFields(schema, entityOf(root.Type)) {
					sel := "{ id " + subtree(schema, edge, []string{entityOf(root.Type)}, 3) + " }"
					got := c.GraphQL(rootQuery(root, sel), nil)
					if leak := leaked(got, secret); leak != "" {
						t.Errorf("%s reads %s through %s.%s: %s", role, leak, root.Name, edge.Name, got)
					}
					if role == "admin" && got.Code() != "" {
						t.Errorf("admin through %s.%s: %s", root.Name, edge.Name, got)
					}
				}
				if root.Arguments.ForName("where") == nil {
					continue
				}
				for _, chain := range filterChains(schema, entityOf(root.Type), 2) {
					leafType := chain[len(chain)-1].target
					ids := secret[leafType]
					if len(ids) == 0 {
						continue
					}
					naming := filterQuery(root.Name, chain, fmt.Sprintf("{idIn: [%q]}", ids[0]))
					nothing := filterQuery(root.Name, chain, `{idIn: ["none"]}`)
					a, b := c.GraphQL(naming, nil), c.GraphQL(nothing, nil)
					if a.String() != b.String() {
						t.Errorf("%s learns about a %s it may not read through %s(where: %s): %s vs %s",
							role, leafType, root.Name, chainString(chain), a, b)
					}
				}
			}
		}
	})
}

func loadSchema(t *testing.T) *ast.Schema {
	t.Helper()
	files, _ := filepath.Glob("../graph/schema/*.graphql")
	var sources []*ast.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, &ast.Source{Name: f, Input: string(b)})
	}
	s, err := gqlparser.LoadSchema(sources...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// entityOf is the ent entity a field's type carries (unwrapping lists and
// Relay connections), or "".
func entityOf(tp *ast.Type) string {
	name := tp.Name()
	name = strings.TrimSuffix(name, "Connection")
	return name
}

func isEntity(s *ast.Schema, name string) bool {
	d := s.Types[name]
	return d != nil && d.Kind == ast.Object && slices.Contains(d.Interfaces, "Node")
}

// rootFields are Query fields returning entities that take no required
// argument.
func rootFields(s *ast.Schema) []*ast.FieldDefinition {
	var out []*ast.FieldDefinition
	for _, f := range s.Query.Fields {
		if !isEntity(s, entityOf(f.Type)) || hasRequiredArg(f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

func hasRequiredArg(f *ast.FieldDefinition) bool {
	for _, a := range f.Arguments {
		if a.Type.NonNull && a.DefaultValue == nil {
			return true
		}
	}
	return false
}

func entityFields(s *ast.Schema, typ string) []*ast.FieldDefinition {
	var out []*ast.FieldDefinition
	for _, f := range s.Types[typ].Fields {
		if isEntity(s, entityOf(f.Type)) && !hasRequiredArg(f) {
			out = append(out, f)
		}
	}
	return out
}

// selection selects a field, through edges { node } for a connection.
func selection(f *ast.FieldDefinition, inner string) string {
	if strings.HasSuffix(f.Type.Name(), "Connection") {
		if f.Arguments.ForName("first") != nil {
			return f.Name + "(first: 20) { edges { node " + inner + " } }"
		}
		return f.Name + " { edges { node " + inner + " } }"
	}
	return f.Name + " " + inner
}

func rootQuery(root *ast.FieldDefinition, inner string) string {
	return "{ " + selection(root, inner) + " }"
}

// subtree selects f and, below it, every edge to a type not yet on the path.
func subtree(s *ast.Schema, f *ast.FieldDefinition, path []string, depth int) string {
	typ := entityOf(f.Type)
	inner := "{ id"
	if depth > 1 {
		for _, g := range entityFields(s, typ) {
			if !slices.Contains(path, entityOf(g.Type)) {
				inner += " " + subtree(s, g, append(slices.Clip(path), typ), depth-1)
			}
		}
	}
	return selection(f, inner+" }")
}

type filterStep struct{ field, target string }

// filterChains lists has…With filters from typ's where input, nested up to depth.
func filterChains(s *ast.Schema, typ string, depth int) [][]filterStep {
	in := s.Types[typ+"WhereInput"]
	if in == nil || depth == 0 {
		return nil
	}
	var out [][]filterStep
	for _, f := range in.Fields {
		if !strings.HasPrefix(f.Name, "has") || !strings.HasSuffix(f.Name, "With") {
			continue
		}
		step := filterStep{f.Name, strings.TrimSuffix(f.Type.Name(), "WhereInput")}
		out = append(out, []filterStep{step})
		for _, rest := range filterChains(s, step.target, depth-1) {
			out = append(out, append([]filterStep{step}, rest...))
		}
	}
	return out
}

func filterQuery(root string, chain []filterStep, leaf string) string {
	return "{ " + root + "(where: " + nestFilter(chain, leaf) + ") { totalCount } }"
}

func nestFilter(chain []filterStep, leaf string) string {
	if len(chain) == 0 {
		return leaf
	}
	return "{" + chain[0].field + ": [" + nestFilter(chain[1:], leaf) + "]}"
}

func chainString(chain []filterStep) string {
	var parts []string
	for _, c := range chain {
		parts = append(parts, c.field)
	}
	return strings.Join(parts, ".")
}

// leaked names the first id in the response's data the role may not read.
func leaked(r *servertest.Response, secret map[string][]string) string {
	for typ, ids := range secret {
		for _, id := range ids {
			if strings.Contains(string(r.Data), `"`+id+`"`) {
				return typ + " " + id
			}
		}
	}
	return ""
}

// seedEveryEdge fills every edge the schema exposes, for Ann's request and
// for Ben's, and returns per role the ids it may not read, by type.
func seedEveryEdge(t *testing.T, db *ent.Client) map[string]map[string][]string {
	t.Helper()
	ctx := context.Background()
	users := map[string]*ent.User{}
	for _, u := range db.User.Query().AllX(ctx) {
		users[strings.Split(u.Email, "@")[0]] = u
	}
	conn := db.Connection.Create().SetName("Acme").SetEnvironment("DEMO").SetBaseURL("http://x").
		SetIntegrationUserEmail("ops@acme.test").SetCreatedBy(users["admin"]).SaveX(ctx)
	icw := db.IroncladWorkflow.Create().SetTemplateID("tpl").SetName("MSA").SetConnection(conn).SaveX(ctx)
	fld := db.IroncladField.Create().SetKey("k").SetLabel("K").SetType("string").SetRequired("ALWAYS").
		SetKind("TEXT").SetIroncladWorkflow(icw).SaveX(ctx)
	wf := db.Workflow.Create().SetName("Purchase").SaveX(ctx)
	form := db.RequestForm.Create().SetName("Vendor onboarding").SetWorkflow(wf).SaveX(ctx)
	page := db.FormPage.Create().SetTitle("P").SetForm(form).SaveX(ctx)
	q := db.FormQuestion.Create().SetKey("q").SetLabel("Q").SetType("SHORT_TEXT").SetPage(page).SaveX(ctx)
	mp := db.Mapping.Create().SetRequestForm(form).SetIroncladWorkflow(icw).SetCreatedBy(users["admin"]).SaveX(ctx)
	fm := db.FieldMapping.Create().SetFieldKey("k").SetSource("QUESTION").SetMapping(mp).SetField(fld).SetQuestion(q).SaveX(ctx)
	def := db.TaskDefinition.Create().SetName("Sign").SetType("INTEGRATION").SetWorkflow(wf).
		SetIroncladWorkflow(icw).SetMapping(mp).SaveX(ctx)
	sys := db.SyncEvent.Create().SetDirection("INTERNAL").SetKind("k").SetStatus("SUCCEEDED").
		SetConnection(conn).SetIroncladWorkflow(icw).SaveX(ctx)
	db.AuditEntry.Create().SetAction("x").SetActor(users["admin"]).SaveX(ctx)

	others := map[string][]string{}
	add := func(typ string, id pulid.ID) { others[typ] = append(others[typ], string(id)) }
	for _, who := range []string{"ann", "ben"} {
		r := db.Request.Create().SetTitle(who + "'s laptop").SetRequester(users[who]).SetRequestForm(form).SetWorkflow(wf).SaveX(ctx)
		lw := db.LinkedWorkflow.Create().SetRequest(r).SetIroncladWorkflow(icw).SetConnection(conn).SaveX(ctx)
		tk := db.Task.Create().SetName("Sign").SetType("INTEGRATION").SetRequest(r).SetDefinition(def).SetLinkedWorkflow(lw).SaveX(ctx)
		cm := db.Comment.Create().SetBody("Fine").SetRequest(r).SetAuthor(users["admin"]).SaveX(ctx)
		an := db.Answer.Create().SetQuestionKey("q").SetQuestionLabel("Q").SetQuestionType("TEXT").SetRequest(r).SetQuestion(q).SaveX(ctx)
		ev := db.SyncEvent.Create().SetDirection("OUTBOUND").SetKind("k").SetStatus("SUCCEEDED").
			SetConnection(conn).SetIroncladWorkflow(icw).SetRequest(r).SaveX(ctx)
		if who == "ben" {
			add("Request", r.ID)
			add("LinkedWorkflow", lw.ID)
			add("Task", tk.ID)
			add("Comment", cm.ID)
			add("Answer", an.ID)
			add("SyncEvent", ev.ID)
		}
	}
	add("SyncEvent", sys.ID) // not about Ann's requests
	for _, who := range []string{"admin", "view", "ben"} {
		add("User", users[who].ID)
	}

	byType := map[string][]string{
		"Connection": {string(conn.ID)}, "IroncladWorkflow": {string(icw.ID)}, "IroncladField": {string(fld.ID)},
		"Mapping": {string(mp.ID)}, "FieldMapping": {string(fm.ID)},
	}
	for _, a := range db.AuditEntry.Query().AllX(ctx) {
		byType["AuditEntry"] = append(byType["AuditEntry"], string(a.ID))
	}
	out := map[string]map[string][]string{}
	for role, types := range unreadable {
		out[role] = map[string][]string{}
		for _, typ := range types {
			out[role][typ] = byType[typ]
		}
	}
	for typ, ids := range others {
		out["requester"][typ] = append(out["requester"][typ], ids...)
	}
	return out
}
