package graph_test

import (
	"testing"

	"github.com/vektah/gqlparser/v2"

	"tradewind/graph"
)

// TestEveryRootFieldDeclaresWhoMayCallIt: a Query, Mutation or Subscription
// field without @hasRole cannot ship (there is no sign-in-free field, hence
// no @public), and @outsideTransaction means something on mutations only.
func TestEveryRootFieldDeclaresWhoMayCallIt(t *testing.T) {
	s := graph.NewExecutableSchema(graph.Config{}).Schema()
	for _, root := range []string{"Query", "Mutation", "Subscription"} {
		for _, f := range s.Types[root].Fields {
			if f.Name[:2] == "__" {
				continue
			}
			d := f.Directives.ForName("hasRole")
			if d == nil || len(d.Arguments.ForName("roles").Value.Children) == 0 {
				t.Errorf("%s.%s declares no @hasRole(roles: […])", root, f.Name)
			}
			if root != "Mutation" && f.Directives.ForName("outsideTransaction") != nil {
				t.Errorf("%s.%s: @outsideTransaction is for mutations", root, f.Name)
			}
		}
	}
}

// TestOutsideTransactionReadsTheSchema: an operation of marked mutations
// only skips the request transaction; one unmarked field keeps it.
func TestOutsideTransactionReadsTheSchema(t *testing.T) {
	s := graph.NewExecutableSchema(graph.Config{}).Schema()
	for query, want := range map[string]bool{
		`mutation { testConnection(id: "c") { id } }`:                                                true,
		`mutation { testConnection(id: "c") { id } disconnectIronclad(id: "c") { id } }`:             true,
		`mutation { testConnection(id: "c") { id } updateConnection(id: "c", input: {}) { id } }`:    false,
		`mutation { createUser(input: {email: "e", name: "n", role: ADMIN, password: "p"}) { id } }`: false,
	} {
		doc, errs := gqlparser.LoadQueryWithRules(s, query, nil)
		if errs != nil {
			t.Fatalf("%s: %v", query, errs)
		}
		if got := graph.OutsideTransaction(doc.Operations[0]); got != want {
			t.Errorf("%s: outside the transaction = %v, want %v", query, got, want)
		}
	}
}
