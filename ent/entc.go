//go:build ignore

// entc.go generates the ent code and graph/schema/ent.graphql.
// Run through `make generate` (go run ./ent/entc.go from the repository root).
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/schema/ent.graphql"),
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithWhereInputs(true),
		entgql.WithRelaySpec(true),
		entgql.WithNodeDescriptor(false),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	templates := append(entgql.AllTemplates, gen.MustParse(
		gen.NewTemplate("pulid.tmpl").ParseFiles("ent/schema/pulid/template/pulid.tmpl")))
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:    "ent",
		Package:   "tradewind/ent",
		Templates: templates,
		Features: []gen.Feature{
			gen.FeatureVersionedMigration,
			gen.FeatureUpsert,
			gen.FeatureLock,
			gen.FeatureModifier,
			gen.FeatureExecQuery,
			gen.FeatureIntercept,
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}
