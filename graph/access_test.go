package graph_test

import (
	"testing"

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
