//go:build ignore

// printschema.go writes graph/schema.graphql, the schema the server runs as
// one SDL document (graph.SDL), for tools that generate code from it. Run
// through `make generate`, after gqlgen (go run ./graph/printschema.go from
// the repository root); GET /graphql/schema.graphql serves the same bytes.
package main

import (
	"log"
	"os"

	"tradewind/graph"
)

func main() {
	if err := os.WriteFile("graph/schema.graphql", graph.SDL(), 0o644); err != nil {
		log.Fatalf("graph/printschema.go: %v", err)
	}
}
