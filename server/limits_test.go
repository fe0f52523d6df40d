package server_test

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"tradewind/ent/user"
	"tradewind/server/servertest"
)

// fragmentBomb spreads each fragment twice in the next: 2^k fields in a
// document of a few hundred bytes.
func fragmentBomb(k int) string {
	var b strings.Builder
	b.WriteString("query Bomb { viewer { ...F" + fmt.Sprint(k) + " } }\nfragment F0 on User { id }\n")
	for i := 1; i <= k; i++ {
		fmt.Fprintf(&b, "fragment F%d on User { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	return b.String()
}

// A fragment bomb is measured in time linear in the document: with 2^60
// fields, a walk field by field would never answer.
func TestFragmentBombIsRefusedWithoutExpandingIt(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	if r := admin.GraphQL(fragmentBomb(60), nil); r.Code() != "QUERY_TOO_COMPLEX" {
		t.Fatalf("signed in: got %s, want QUERY_TOO_COMPLEX", r)
	}
	if r := s.NewClient(t).GraphQL(fragmentBomb(60), nil); r.Code() != "QUERY_TOO_COMPLEX" {
		t.Fatalf("anonymous: got %s, want QUERY_TOO_COMPLEX", r)
	}
	// A small fragment graph still runs.
	var out struct{ Viewer struct{ ID string } }
	admin.MustGraphQL(fragmentBomb(3), nil, &out)
}

// Signed-out callers may ask only what sign-in needs, and learn nothing of
// the schema from suggestions.
func TestAnonymousCallersGetOnlyWhatSignInNeeds(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	anon := s.NewClient(t)
	if r := anon.GraphQL(`query Viewer { viewer { id email name role } }`, nil); r.Code() != "UNAUTHENTICATED" {
		t.Fatalf("viewer: got %s, want UNAUTHENTICATED", r)
	}
	if r := anon.GraphQL(`{ users(first: 5) { edges { node { id } } } }`, nil); r.Code() != "QUERY_TOO_DEEP" {
		t.Fatalf("deep query: got %s, want QUERY_TOO_DEEP", r)
	}
	r := anon.GraphQL(`{ viewr { id } }`, nil)
	if len(r.Errors) == 0 || strings.Contains(r.Errors[0].Message, "Did you mean") {
		t.Fatalf("anonymous misspelling: got %s, want an error without suggestions", r)
	}
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	r = s.Login(t, "admin@example.com").GraphQL(`{ viewr { id } }`, nil)
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, `Did you mean "viewer"`) {
		t.Fatalf("signed-in misspelling: got %s, want a suggestion", r)
	}
}

func TestPageSizeIsCapped(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	for _, q := range []string{`{ users(first: 1000000) { totalCount } }`, `{ users(last: 1001) { totalCount } }`} {
		r := admin.GraphQL(q, nil)
		if r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, "between 0 and 1000") {
			t.Fatalf("%s: got %s, want BAD_USER_INPUT naming the cap", q, r)
		}
	}
	r := admin.GraphQL(`query($n: Int) { users(first: $n) { totalCount } }`, map[string]any{"n": 5000})
	if r.Code() != "BAD_USER_INPUT" {
		t.Fatalf("first from a variable: got %s, want BAD_USER_INPUT", r)
	}
	var out struct{ Users struct{ TotalCount int } }
	admin.MustGraphQL(`{ users(first: 1000) { totalCount } }`, nil, &out)
}

// Repeating an expensive mutation under aliases is refused before it runs.
func TestAliasedMutationsAreCapped(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	aliases := func(n int, field string) string {
		var b strings.Builder
		b.WriteString("mutation {")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, " a%d: %s", i, field)
		}
		return b.String() + " }"
	}
	changePassword := `changePassword(input: {currentPassword: "wrong password!", newPassword: "another long password"})`
	if r := admin.GraphQL(aliases(2, changePassword), nil); r.Code() != "TOO_MANY_MUTATIONS" {
		t.Fatalf("two password changes: got %s, want TOO_MANY_MUTATIONS", r)
	}
	// A password check never runs after another change of the same transaction.
	mixed := `mutation { a: revokeAPIToken(id: "tok_x") { id } b: ` + changePassword + ` }`
	if r := admin.GraphQL(mixed, nil); r.Code() != "TOO_MANY_MUTATIONS" {
		t.Fatalf("a password change after another mutation: got %s, want TOO_MANY_MUTATIONS", r)
	}
	if r := admin.GraphQL(aliases(11, `revokeAPIToken(id: "tok_x") { id }`), nil); r.Code() != "TOO_MANY_MUTATIONS" {
		t.Fatalf("eleven mutations: got %s, want TOO_MANY_MUTATIONS", r)
	}
	if r := admin.GraphQL(aliases(1, changePassword), nil); r.Code() != "BAD_USER_INPUT" {
		t.Fatalf("one password change: got %s, want it to run (BAD_USER_INPUT: wrong current password)", r)
	}
}

// /metrics labels operations by name, but client-chosen names cannot grow
// it without bound.
func TestMetricsOperationLabelsAreBounded(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	anon := s.NewClient(t)
	for i := 0; i < 250; i++ {
		admin.GraphQL(fmt.Sprintf(`query Made%d { viewer { id } }`, i), nil)
		anon.GraphQL(fmt.Sprintf(`query Anon%d { viewer { id } }`, i), nil)
	}
	resp, err := http.Get(s.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	names := map[string]bool{}
	for _, line := range strings.Split(string(body), "\n") {
		if !strings.HasPrefix(line, "tradewind_graphql_operation_seconds_count{") {
			continue
		}
		i := strings.Index(line, `name="`)
		names[strings.SplitN(line[i+6:], `"`, 2)[0]] = true
	}
	if len(names) > 202 || !names["other"] || !names["anonymous"] || names["Anon1"] || !names["Made1"] {
		t.Fatalf("%d operation labels (other: %v, anonymous: %v, Anon1: %v, Made1: %v); want at most 200 names + other + anonymous",
			len(names), names["other"], names["anonymous"], names["Anon1"], names["Made1"])
	}
}

// In production (no --ironclad-allow-local) a custom base URL must use https.
func TestCustomIroncladBaseURLMustUseHTTPS(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite, servertest.Options{IroncladPublicOnly: true})
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	r := s.Login(t, "admin@example.com").GraphQL(`mutation { createConnection(input: {name: "Inside", environment: CUSTOM,
		baseURL: "http://127.0.0.1:5432", clientID: "c", clientSecret: "s"}) { id } }`, nil)
	if r.Code() != "BAD_USER_INPUT" {
		t.Fatalf("got %s, want BAD_USER_INPUT", r)
	}
}

// The standard introspection query (GraphiQL's, code generators') nests
// ofType deeper than the depth limit, and runs; an introspection query that
// lists members inside members, the exponential kind, is still refused
// (by gqlparser's validation).
func TestIntrospectionRunsButCannotExplode(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "viewer@example.com", user.RoleVIEWER)
	viewer := s.Login(t, "viewer@example.com")
	standard, err := os.ReadFile("testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Schema struct{ Types []struct{ Name string } } `json:"__schema"`
	}
	viewer.MustGraphQL(string(standard), nil, &out)
	if len(out.Schema.Types) < 50 {
		t.Fatalf("introspection listed %d types", len(out.Schema.Types))
	}
	cyclic := `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`
	if r := viewer.GraphQL(cyclic, nil); r.Code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Fatalf("nested introspection lists: got %s, want GRAPHQL_VALIDATION_FAILED", r)
	}
	viaFragments := `{ __type(name: "Request") { ...A } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { interfaces { ...C } } fragment C on __Type { possibleTypes { name } }`
	if r := viewer.GraphQL(viaFragments, nil); r.Code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Fatalf("nested introspection lists through fragments: got %s, want GRAPHQL_VALIDATION_FAILED", r)
	}
}
