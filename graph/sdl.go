package graph

import (
	"bytes"

	"github.com/vektah/gqlparser/v2/formatter"
)

// SDL is the schema the server runs, printed as GraphQL SDL: every type,
// directive and description of graph/schema/*.graphql merged into one
// document, sorted by name (built-in scalars and introspection types left
// out). GET /graphql/schema.graphql serves it; `make generate` writes it to
// graph/schema.graphql (graph/printschema.go), the file tools generate code
// from, and a test checks that the two are byte for byte the same.
func SDL() []byte {
	var b bytes.Buffer
	formatter.NewFormatter(&b, formatter.WithIndent("  ")).FormatSchema(NewExecutableSchema(Config{}).Schema())
	return b.Bytes()
}
