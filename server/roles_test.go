package server_test

import (
	"context"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"tradewind/ent"
	"tradewind/ent/user"
	"tradewind/graph"
	"tradewind/server/servertest"
)

// TestRoleTable proves each role is refused what it may not do: every
// operation × every kind of caller, with the expected extensions.code ("" = allowed).
func TestRoleTable(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "admin@example.com", user.RoleADMIN)
		s.CreateUser(t, "req@example.com", user.RoleREQUESTER)
		s.CreateUser(t, "view@example.com", user.RoleVIEWER)
		target, err := s.DB.Client.User.Query().Where(user.Email("req@example.com")).Only(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		admin := s.Login(t, "admin@example.com")
		callers := map[string]*servertest.Client{
			"anonymous":   s.NewClient(t),
			"admin":       admin,
			"requester":   s.Login(t, "req@example.com"),
			"viewer":      s.Login(t, "view@example.com"),
			"admin-read":  tokenClient(t, s, admin, "READ"),
			"admin-write": tokenClient(t, s, admin, "WRITE"),
		}
		const (
			ok        = ""
			unauth    = "UNAUTHENTICATED"
			forbidden = "FORBIDDEN"
		)
		ops := []struct {
			name  string
			query string
			vars  map[string]any
			want  map[string]string
		}{
			{"viewer", `{ viewer { id } }`, nil,
				map[string]string{"anonymous": unauth, "admin": ok, "requester": ok, "viewer": ok, "admin-read": ok, "admin-write": ok}},
			{"users", `{ users(first: 5) { totalCount } }`, nil,
				map[string]string{"anonymous": unauth, "admin": ok, "requester": forbidden, "viewer": forbidden, "admin-read": ok, "admin-write": ok}},
			{"auditEntries", `{ auditEntries(first: 5) { totalCount } }`, nil,
				map[string]string{"anonymous": unauth, "admin": ok, "requester": forbidden, "viewer": forbidden, "admin-read": ok, "admin-write": ok}},
			{"connections", `{ connections { id } }`, nil,
				map[string]string{"anonymous": unauth, "admin": ok, "requester": forbidden, "viewer": ok, "admin-read": ok, "admin-write": ok}},
			{"syncEvents", `{ syncEvents(first: 5) { totalCount } }`, nil,
				map[string]string{"anonymous": unauth, "admin": ok, "requester": forbidden, "viewer": ok, "admin-read": ok, "admin-write": ok}},
			{"requests", `{ requests(first: 5) { totalCount } }`, nil,
				map[string]string{"anonymous": unauth, "admin": ok, "requester": ok, "viewer": ok, "admin-read": ok, "admin-write": ok}},
			{"requestForms", `{ requestForms(first: 5) { totalCount } }`, nil,
				map[string]string{"anonymous": unauth, "admin": ok, "requester": ok, "viewer": ok, "admin-read": ok, "admin-write": ok}},
			{"apiTokens", `{ apiTokens { id } }`, nil,
				map[string]string{"anonymous": unauth, "admin": ok, "requester": ok, "viewer": ok, "admin-read": ok, "admin-write": ok}},
			{"createUser", `mutation($e: String!) { createUser(input: {email: $e, name: "N", role: REQUESTER, password: "long enough password"}) { id } }`,
				map[string]any{"e": "new@example.com"},
				map[string]string{"anonymous": unauth, "admin": ok, "requester": forbidden, "viewer": forbidden, "admin-read": forbidden, "admin-write": ok}},
			{"updateUser", `mutation($id: ID!) { updateUser(id: $id, input: {name: "Renamed"}) { id } }`,
				map[string]any{"id": target.ID},
				map[string]string{"anonymous": unauth, "admin": ok, "requester": forbidden, "viewer": forbidden, "admin-read": forbidden, "admin-write": ok}},
			{"createAPIToken", `mutation { createAPIToken(input: {name: "tool", scopes: [READ]}) { token } }`, nil,
				map[string]string{"anonymous": unauth, "admin": ok, "requester": ok, "viewer": ok, "admin-read": forbidden, "admin-write": forbidden}},
			{"changePassword", `mutation { changePassword(input: {currentPassword: "wrong", newPassword: "a new long password"}) }`, nil,
				map[string]string{"anonymous": unauth, "admin": "BAD_USER_INPUT", "requester": "BAD_USER_INPUT", "viewer": "BAD_USER_INPUT", "admin-read": forbidden, "admin-write": forbidden}},
			// Workflows, requests and tasks: wrong input or an id of no task,
			// so the role check is what differs.
			{"createWorkflow", `mutation { createWorkflow(input: {name: "", taskDefinitions: []}) { id } }`, nil,
				map[string]string{"anonymous": unauth, "admin": "BAD_USER_INPUT", "requester": forbidden, "viewer": forbidden, "admin-read": forbidden, "admin-write": "BAD_USER_INPUT"}},
			{"submitRequest", `mutation($id: ID!) { submitRequest(input: {requestFormID: $id, answers: []}) { id } }`, map[string]any{"id": target.ID},
				map[string]string{"anonymous": unauth, "admin": "BAD_USER_INPUT", "requester": "BAD_USER_INPUT", "viewer": forbidden, "admin-read": forbidden, "admin-write": "BAD_USER_INPUT"}},
			{"completeTask", `mutation($id: ID!) { completeTask(id: $id) { id } }`, map[string]any{"id": target.ID},
				map[string]string{"anonymous": unauth, "admin": "NOT_FOUND", "requester": "NOT_FOUND", "viewer": "NOT_FOUND", "admin-read": forbidden, "admin-write": "NOT_FOUND"}},
			{"retryTask", `mutation($id: ID!) { retryTask(id: $id) { id } }`, map[string]any{"id": target.ID},
				map[string]string{"anonymous": unauth, "admin": "NOT_FOUND", "requester": forbidden, "viewer": forbidden, "admin-read": forbidden, "admin-write": "NOT_FOUND"}},
		}
		schema := graph.NewExecutableSchema(graph.Config{}).Schema()
		covered := map[string]bool{}
		for _, op := range ops {
			covered[op.name] = true
			for caller, want := range op.want {
				if derived := schemaCode(schema, op.name, caller); derived != "" && derived != want {
					t.Errorf("%s as %s: the table says %q, the schema's @hasRole %q", op.name, caller, want, derived)
				}
			}
		}
		// Every other Query field that needs no argument, with what the
		// schema says each caller gets.
		for _, f := range schema.Query.Fields {
			if covered[f.Name] || strings.HasPrefix(f.Name, "__") || hasRequiredArg(f) {
				continue
			}
			sel := f.Name
			if def := schema.Types[f.Type.Name()]; def != nil && def.Kind != ast.Scalar && def.Kind != ast.Enum {
				sel += " { __typename }"
			}
			want := map[string]string{}
			for caller := range callers {
				want[caller] = schemaCode(schema, f.Name, caller)
			}
			ops = append(ops, struct {
				name  string
				query string
				vars  map[string]any
				want  map[string]string
			}{f.Name, "{ " + sel + " }", nil, want})
		}
		n := 0
		for _, op := range ops {
			for caller, want := range op.want {
				vars := op.vars
				if op.name == "createUser" {
					n++
					vars = map[string]any{"e": "new" + string(rune('a'+n)) + "@example.com"}
				}
				got := callers[caller].GraphQL(op.query, vars)
				if got.Code() != want {
					t.Errorf("%s as %s: code %q, want %q (%s)", op.name, caller, got.Code(), want, got)
				}
			}
		}
	})
}

// callerRoles are the test's callers as the schema names them: role, and
// whether their credentials may write.
var callerRoles = map[string]struct {
	role  string
	write bool
}{
	"admin": {"ADMIN", true}, "requester": {"REQUESTER", true}, "viewer": {"VIEWER", true},
	"admin-read": {"ADMIN", false}, "admin-write": {"ADMIN", true},
}

// schemaCode is the code the schema's @hasRole on the root field gives the
// caller: UNAUTHENTICATED, FORBIDDEN, or "" when it lets the field run.
func schemaCode(s *ast.Schema, field, caller string) string {
	f, root := s.Query.Fields.ForName(field), "Query"
	if f == nil {
		f, root = s.Mutation.Fields.ForName(field), "Mutation"
	}
	c, signedIn := callerRoles[caller]
	switch {
	case !signedIn:
		return "UNAUTHENTICATED"
	case root == "Mutation" && !c.write:
		return "FORBIDDEN"
	}
	for _, r := range f.Directives.ForName("hasRole").Arguments.ForName("roles").Value.Children {
		if r.Value.Raw == c.role {
			return ""
		}
	}
	return "FORBIDDEN"
}

func tokenClient(t *testing.T, s *servertest.Server, owner *servertest.Client, scope string) *servertest.Client {
	t.Helper()
	var out struct{ CreateAPIToken struct{ Token string } }
	owner.MustGraphQL(`mutation($s: [APITokenScope!]!) { createAPIToken(input: {name: "tool", scopes: $s}) { token } }`,
		map[string]any{"s": []string{scope}}, &out)
	c := s.NewClient(t)
	c.Token = out.CreateAPIToken.Token
	return c
}

// TestRequestersSeeOnlyTheirOwnRequests checks the read policy through
// every path: the list, Relay node, and nested edges.
func TestRequestersSeeOnlyTheirOwnRequests(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "ann@example.com", user.RoleREQUESTER)
		s.CreateUser(t, "ben@example.com", user.RoleREQUESTER)
		s.CreateUser(t, "view@example.com", user.RoleVIEWER)
		ctx := context.Background()
		ann := s.DB.Client.User.Query().Where(user.Email("ann@example.com")).OnlyX(ctx)
		ben := s.DB.Client.User.Query().Where(user.Email("ben@example.com")).OnlyX(ctx)
		annReq := newRequest(t, s.DB.Client, ann, "Ann's laptop")
		bensReq := newRequest(t, s.DB.Client, ben, "Ben's software")

		c := s.Login(t, "ann@example.com")
		var list struct {
			Requests struct {
				TotalCount int
				Edges      []struct{ Node struct{ Title string } }
			}
		}
		c.MustGraphQL(`{ requests(first: 10) { totalCount edges { node { title } } } }`, nil, &list)
		if list.Requests.TotalCount != 1 || list.Requests.Edges[0].Node.Title != "Ann's laptop" {
			t.Fatalf("Ann's list = %+v", list)
		}
		if code := c.GraphQL(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": bensReq.ID}).Code(); code != "NOT_FOUND" {
			t.Fatalf("Ann reading Ben's request by node: code %q, want NOT_FOUND", code)
		}
		var tasks struct{ Tasks struct{ TotalCount int } }
		c.MustGraphQL(`{ tasks(first: 10) { totalCount } }`, nil, &tasks)
		if tasks.Tasks.TotalCount != 1 {
			t.Fatalf("Ann sees %d tasks, want her 1", tasks.Tasks.TotalCount)
		}
		var own struct{ Node struct{ Title string } }
		c.MustGraphQL(`query($id: ID!) { node(id: $id) { ... on Request { title } } }`, map[string]any{"id": annReq.ID}, &own)
		if own.Node.Title != "Ann's laptop" {
			t.Fatalf("Ann reading her own request: %+v", own)
		}

		var all struct{ Requests struct{ TotalCount int } }
		s.Login(t, "view@example.com").MustGraphQL(`{ requests(first: 10) { totalCount } }`, nil, &all)
		if all.Requests.TotalCount != 2 {
			t.Fatalf("viewer sees %d requests, want 2", all.Requests.TotalCount)
		}
	})
}

func newRequest(t *testing.T, client *ent.Client, requester *ent.User, title string) *ent.Request {
	t.Helper()
	ctx := context.Background()
	r := client.Request.Create().SetTitle(title).SetRequester(requester).SaveX(ctx)
	client.Task.Create().SetName("Review").SetType("MANUAL").SetRequest(r).SaveX(ctx)
	client.Comment.Create().SetBody("Looks fine").SetRequest(r).SaveX(ctx)
	return r
}
