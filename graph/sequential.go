package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSliceSequentially replaces graphql.MarshalSliceConcurrently in
// generated.go (see gqlgen.go): the same contract, element by element on the
// caller's goroutine instead of one goroutine per element. workerLimit has
// nothing to limit.
func marshalSliceSequentially(
	ctx context.Context,
	length int,
	_ int64,
	omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		ret[i] = marshalRecovering(childCtx, i, omitPanicHandler, marshalElement)
	}
	return ret
}

// marshalRecovering marshals element i; a panic makes it null and an error, as
// in gqlgen.
func marshalRecovering(ctx context.Context, i int, omitPanicHandler bool, marshal func(ctx context.Context, i int) graphql.Marshaler) (ret graphql.Marshaler) {
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(ctx, graphql.Recover(ctx, r))
				ret = graphql.Null
			}
		}()
	}
	return marshal(ctx, i)
}
