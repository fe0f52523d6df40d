package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"tradewind/ent/user"
	"tradewind/server/auth"
)

// Directives implements the access directives of graph/schema/access.graphql.
// @outsideTransaction has no runtime part (gqlgen.yml skips it): it is read
// from the schema by OutsideTransaction.
func Directives() DirectiveRoot {
	return DirectiveRoot{HasRole: hasRole, FilterPolicy: filterPolicy}
}

// hasRole lets the field run for the roles it names; on Mutation it also
// needs credentials that may write.
func hasRole(ctx context.Context, _ any, next graphql.Resolver, roles []user.Role) (any, error) {
	write := graphql.GetFieldContext(ctx).Object == "Mutation"
	if _, err := auth.Allow(ctx, roles, write); err != nil {
		return nil, err
	}
	return next(ctx)
}

// filterPolicy narrows or refuses a where filter that follows an edge, as
// it is decoded: both for a field's own where argument and for the where
// arguments entgql's field collection decodes for eager loading.
func filterPolicy(ctx context.Context, _ any, next graphql.Resolver, entity string) (any, error) {
	v, err := next(ctx)
	if err != nil {
		return nil, err
	}
	return v, auth.ConstrainFilter(ctx, entity, v)
}

// OutsideTransaction is entgql.Transactioner's SkipTxFunc: an operation made
// only of mutations marked @outsideTransaction in the schema runs without the
// request transaction.
func OutsideTransaction(op *ast.OperationDefinition) bool {
	if len(op.SelectionSet) == 0 {
		return false
	}
	for _, sel := range op.SelectionSet {
		f, ok := sel.(*ast.Field)
		if !ok || f.Definition == nil || f.Definition.Directives.ForName("outsideTransaction") == nil {
			return false
		}
	}
	return true
}
