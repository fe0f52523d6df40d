//go:build ignore

// gqlgen.go generates graph/generated.go: gqlgen, with one change.
// Run through `make generate` (go run ./graph/gqlgen.go from the repository root).
//
// The change: fields and list elements are resolved one after another on the
// request's goroutine. gqlgen runs every field backed by a method taking a
// context (each ent edge) in a goroutine of its own, and every element of a
// list of objects too: about 400 goroutines for a page of 50 requests with
// their tasks and comments, each growing its stack. Our fields read what
// entgql's field collection already loaded, so the goroutines buy nothing but
// cost a quarter of the query's CPU (docs/BENCHMARKS.md). gqlgen has no option
// for either: a plugin hook marks every object non-concurrent (fields), and
// a syntax-level edit of the generated file, checked for shape, handles lists
// (docs/decisions.md says what this rules out).
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"log"
	"os"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
)

func main() {
	fatal := log.New(os.Stderr, "graph/gqlgen.go: ", 0).Fatalf
	log.SetOutput(io.Discard) // gqlgen's chatter, as `gqlgen generate` without -v
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err != nil {
		fatal("loading gqlgen.yml: %v", err)
	}
	if err := api.Generate(cfg, api.AddPlugin(sequentialFields{})); err != nil {
		fatal("running gqlgen: %v", err)
	}
	if err := sequentialLists(cfg.Exec.Filename); err != nil {
		fatal("%v", err)
	}
}

// sequentialLists makes every list of objects marshal element by element.
// gqlgen's exec templates are embedded and always emit
// graphql.MarshalSliceConcurrently for them, with no option or plugin hook
// to change it, so the generated file is edited as Go syntax: each such call
// is pointed at marshalSliceSequentially (graph/sequential.go), whose
// signature graph/sequential_test.go pins to gqlgen's. Any other shape of
// call, or none at all, stops generation: gqlgen changed, revisit this.
func sequentialLists(name string) error {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
	if err != nil {
		return err
	}
	calls, odd := 0, 0
	ast.Inspect(file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "MarshalSliceConcurrently" {
			return true
		}
		if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "graphql" || len(call.Args) != 5 {
			odd++
			return true
		}
		call.Fun = ast.NewIdent("marshalSliceSequentially")
		calls++
		return true
	})
	if calls == 0 || odd > 0 {
		return fmt.Errorf("%s: %d calls of graphql.MarshalSliceConcurrently as expected, %d otherwise: gqlgen changed, revisit graph/gqlgen.go", name, calls, odd)
	}
	var out bytes.Buffer
	if err := format.Node(&out, fset, file); err != nil {
		return err
	}
	return os.WriteFile(name, out.Bytes(), 0o644)
}

// sequentialFields marks every object non-concurrent, as gqlgen itself marks
// Mutation: its fields are resolved in order on the caller's goroutine.
type sequentialFields struct{}

func (sequentialFields) Name() string { return "sequentialFields" }

func (sequentialFields) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		o.DisableConcurrency = true
	}
	return nil
}
