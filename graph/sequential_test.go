package graph

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSliceSequentially stands in for gqlgen's function (graph/gqlgen.go):
// this stops compiling when gqlgen changes the signature.
var _ = []func(context.Context, int, int64, bool, func(context.Context, int) graphql.Marshaler) graphql.Array{
	graphql.MarshalSliceConcurrently, marshalSliceSequentially,
}

// TestGeneratedCodeResolvesSequentially fails when gqlgen's output changes
// shape so that graph/gqlgen.go no longer makes resolution sequential: lists
// marshalled by marshalSliceSequentially only, no field resolved concurrently
// and no goroutine started in generated.go.
func TestGeneratedCodeResolvesSequentially(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "generated.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	sequential := 0
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			t.Errorf("generated.go starts a goroutine")
		case *ast.Ident:
			switch {
			case n.Name == "marshalSliceSequentially":
				sequential++
			case strings.Contains(n.Name, "Concurrently"):
				t.Errorf("generated.go calls %s", n.Name)
			}
		}
		return true
	})
	if sequential == 0 {
		t.Errorf("generated.go marshals no list with marshalSliceSequentially")
	}
}
