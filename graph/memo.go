package graph

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"tradewind/server/catalog"
)

// Memo gives each GraphQL response a place for what its fields compute once
// for many objects (a list of synced workflows asks every row for its usage:
// one grouped query answers them all). Per response, not per operation, so
// each event of a subscription reads fresh figures.
type Memo struct{}

type memoKey struct{}

type memo struct {
	usageOnce sync.Once
	usage     *catalog.Usage
	usageErr  error
}

// ExtensionName implements graphql.HandlerExtension.
func (Memo) ExtensionName() string { return "Memo" }

// Validate implements graphql.HandlerExtension.
func (Memo) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse gives the response its memo.
func (Memo) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	return next(context.WithValue(ctx, memoKey{}, &memo{}))
}

// usage returns what uses every synced workflow, counted once per response.
func (r *Resolver) usage(ctx context.Context) (*catalog.Usage, error) {
	m, ok := ctx.Value(memoKey{}).(*memo)
	if !ok {
		return catalog.UsageOfAll(ctx, r.db(ctx))
	}
	m.usageOnce.Do(func() { m.usage, m.usageErr = catalog.UsageOfAll(ctx, r.db(ctx)) })
	return m.usage, m.usageErr
}
