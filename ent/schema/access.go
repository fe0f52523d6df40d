package schema

import (
	"entgo.io/contrib/entgql"
	"github.com/vektah/gqlparser/v2/ast"
)

// Who may call the Query fields entgql generates, declared as for the
// hand-written ones (graph/schema/access.graphql): @hasRole(roles: […]).
// Rows are then narrowed by the read policy (server/auth/policy.go).
var (
	anyone = hasRole("ADMIN", "VIEWER", "REQUESTER")
	staff  = hasRole("ADMIN", "VIEWER")
	admins = hasRole("ADMIN")
)

func hasRole(roles ...string) entgql.Directive {
	list := &ast.Value{Kind: ast.ListValue}
	for _, r := range roles {
		list.Children = append(list.Children, &ast.ChildValue{Value: &ast.Value{Kind: ast.EnumValue, Raw: r}})
	}
	return entgql.NewDirective("hasRole", &ast.Argument{Name: "roles", Value: list})
}
