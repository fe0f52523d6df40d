package graph

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
)

// Every path in inputPaths must exist in the schema: a renamed argument or
// input field would otherwise send clients a path that names nothing.
func TestInputPathsNameSchemaArguments(t *testing.T) {
	schema := NewExecutableSchema(Config{}).Schema()
	for mutation, paths := range inputPaths {
		field := schema.Mutation.Fields.ForName(mutation)
		if field == nil {
			t.Errorf("inputPaths names %s, which is not a mutation", mutation)
			continue
		}
		for name, path := range paths {
			parts := strings.Split(path, ".")
			arg := field.Arguments.ForName(parts[0])
			if arg == nil {
				t.Errorf("%s: %s maps to %s, but the mutation has no argument %s", mutation, name, path, parts[0])
				continue
			}
			if len(parts) > 1 && inputField(schema, arg.Type, parts[1]) == nil {
				t.Errorf("%s: %s maps to %s, but %s has no field %s", mutation, name, path, arg.Type.Name(), parts[1])
			}
		}
	}
}

func inputField(schema *ast.Schema, t *ast.Type, name string) *ast.FieldDefinition {
	return schema.Types[t.Name()].Fields.ForName(name)
}
