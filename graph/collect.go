package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// collectedQuery is an ent query that entgql can shape to the operation.
type collectedQuery[Q any, T any] interface {
	CollectFields(ctx context.Context, satisfies ...string) (Q, error)
	All(ctx context.Context) ([]T, error)
}

// allCollected runs a list query with entgql's field collection: each edge
// the operation selects under the list loads in one statement for all rows
// (without it, each row loads its edges on its own: an N+1).
func allCollected[T any, Q collectedQuery[Q, T]](ctx context.Context, q Q) ([]T, error) {
	q, err := q.CollectFields(ctx)
	if err != nil {
		return nil, err
	}
	return q.All(ctx)
}

// collectedAt reloads one entity shaped by entgql's field collection to the
// selection of the field called name under the current one: for an entity
// inside a payload type (mappingEditor { requestForm { pages { questions } } }),
// whose edges a service loaded with ent's WithX, which the GraphQL edge
// resolvers do not read (they read the edges field collection names).
// Without that field in the selection it returns nil and loads nothing.
func collectedAt[T any, Q interface {
	collectedQuery[Q, T]
	Only(ctx context.Context) (T, error)
}](ctx context.Context, name string, q Q) (T, error) {
	var zero T
	fc := graphql.GetFieldContext(ctx)
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		if f.Name != name {
			continue
		}
		q, err := q.CollectFields(graphql.WithFieldContext(ctx, &graphql.FieldContext{Parent: fc, Field: f}))
		if err != nil {
			return zero, err
		}
		return q.Only(ctx)
	}
	return zero, nil
}
