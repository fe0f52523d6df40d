package graph

import "context"

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
