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
// for either, hence the plugin (fields) and the rewrite (lists) below.
package main

import (
	"bytes"
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
	// Lists: gqlgen always calls graphql.MarshalSliceConcurrently; call
	// marshalSliceSequentially (graph/sequential.go), which takes the same arguments.
	name := cfg.Exec.Filename
	src, err := os.ReadFile(name)
	if err != nil {
		fatal("%v", err)
	}
	from, to := []byte("graphql.MarshalSliceConcurrently("), []byte("marshalSliceSequentially(")
	if !bytes.Contains(src, from) {
		fatal("%s calls no graphql.MarshalSliceConcurrently: gqlgen changed, revisit graph/gqlgen.go", name)
	}
	if err := os.WriteFile(name, bytes.ReplaceAll(src, from, to), 0o644); err != nil {
		fatal("%v", err)
	}
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
