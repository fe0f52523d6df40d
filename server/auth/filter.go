package auth

import (
	"context"
	"reflect"

	"tradewind/server/apperr"
)

// ConstrainFilter makes a where filter that follows an edge into entity obey
// the read policy. Such a filter becomes a SQL subquery that no query
// interceptor sees, so unconstrained it would answer questions about rows
// the viewer may not read (an oracle). It is refused where the viewer may
// read no row of entity; where the viewer may read some, each where input of
// a has…With filter is narrowed to them, and a bare has… (Boolean) filter,
// which cannot be narrowed, is refused.
//
// filter is the filter's value as gqlgen decoded it: a *bool, or a slice of
// pointers to ent where inputs (whose Predicates field takes the rule).
func ConstrainFilter(ctx context.Context, entity string, filter any) error {
	where, err := readable(ctx, entity)
	if err != nil || where == nil {
		return err
	}
	list := reflect.ValueOf(filter)
	if list.Kind() != reflect.Slice {
		return apperr.Forbidden("You can read only some of these; filter with has…With, which looks at those only.")
	}
	for i := range list.Len() {
		preds := list.Index(i).Elem().FieldByName("Predicates")
		preds.Set(reflect.Append(preds, reflect.ValueOf(where).Convert(preds.Type().Elem())))
	}
	return nil
}
