//go:build ignore

// entc.go generates the ent code and graph/schema/ent.graphql.
// Run through `make generate` (go run ./ent/entc.go from the repository root).
package main

import (
	"log"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/schema/ent.graphql"),
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithWhereInputs(true),
		entgql.WithRelaySpec(true),
		entgql.WithNodeDescriptor(false),
		entgql.WithSchemaHook(accessRules),
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

// accessRules declares in ent.graphql who may use what entgql generates
// besides the Query fields (annotated in ent/schema): node and nodes are open
// to every role, rows being narrowed by the read policy; and every where
// filter that follows an edge (has…, has…With) carries @filterPolicy, so the
// rows it looks at obey the read policy too (a filter is a SQL subquery no
// query interceptor sees).
func accessRules(_ *gen.Graph, s *ast.Schema) error {
	everyone := &ast.Value{Kind: ast.ListValue}
	for _, r := range []string{"ADMIN", "VIEWER", "REQUESTER"} {
		everyone.Children = append(everyone.Children, &ast.ChildValue{Value: &ast.Value{Kind: ast.EnumValue, Raw: r}})
	}
	for _, name := range []string{"node", "nodes"} {
		f := s.Types["Query"].Fields.ForName(name)
		f.Directives = append(f.Directives, &ast.Directive{Name: "hasRole", Arguments: ast.ArgumentList{{Name: "roles", Value: everyone}}})
	}
	for _, t := range s.Types {
		if t.Kind != ast.InputObject || !strings.HasSuffix(t.Name, "WhereInput") {
			continue
		}
		for _, f := range t.Fields {
			if !strings.HasPrefix(f.Name, "has") {
				continue
			}
			with := t.Fields.ForName(strings.TrimSuffix(f.Name, "With") + "With")
			entity := strings.TrimSuffix(with.Type.Name(), "WhereInput")
			f.Directives = append(f.Directives, &ast.Directive{Name: "filterPolicy", Arguments: ast.ArgumentList{
				{Name: "entity", Value: &ast.Value{Kind: ast.StringValue, Raw: entity}}}})
		}
	}
	return nil
}
