package server

import (
	"context"
	"encoding/json"
	"fmt"
	"math"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"tradewind/server/apperr"
	"tradewind/server/auth"
)

// What one operation may ask for, checked before any resolver runs.
const (
	maxComplexity = 5000
	maxDepth      = 12
	// Anonymous callers only need to learn that they must sign in
	// (`{ viewer { id email name role } }`): cost 5, depth 2.
	anonymousMaxComplexity = 10
	anonymousMaxDepth      = 2
	// maxPageSize caps first/last of every connection (Relay: refuse above
	// the cap rather than silently return less).
	maxPageSize = 1000
	// maxMutationFields caps the root fields (aliases included) one mutation runs.
	maxMutationFields = 10
)

// passwordHashCost is the cost of a field that hashes a password (64 MiB of
// argon2 each): more than half the budget. Such a mutation also runs alone
// (checkMutationFields).
const passwordHashCost = maxComplexity/2 + 1

var expensiveFields = map[string]int{
	"Mutation.changePassword": passwordHashCost,
	"Mutation.createUser":     passwordHashCost,
	"Mutation.updateUser":     passwordHashCost,
}

// operationCost refuses operations that are too deep, too costly, page too
// far or run too many mutations. Fragments are measured once each, so the
// work is linear in the document even when fragments spread each other
// many times (a "fragment bomb").
type operationCost struct{ es graphql.ExecutableSchema }

func (operationCost) ExtensionName() string                   { return "OperationCost" }
func (operationCost) Validate(graphql.ExecutableSchema) error { return nil }

func (c operationCost) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	limitCost, limitDepth := maxComplexity, maxDepth
	if auth.FromContext(ctx) == nil {
		limitCost, limitDepth = anonymousMaxComplexity, anonymousMaxDepth
	}
	if err := checkMutationFields(oc.Operation); err != nil {
		return err
	}
	w := &costWalker{ctx: ctx, es: c.es, vars: oc.Variables, fragments: map[string]measure{}, signedIn: auth.FromContext(ctx) != nil}
	m := w.selectionSet(oc.Operation.SelectionSet)
	if w.err != nil {
		return w.err
	}
	if m.depth > limitDepth {
		return costError("QUERY_TOO_DEEP", "The query is nested %d levels deep; the limit is %d.", m.depth, limitDepth)
	}
	if m.cost > limitCost {
		return costError("QUERY_TOO_COMPLEX", "The operation has complexity %d, over the limit of %d: ask for fewer items or fields.", m.cost, limitCost)
	}
	return nil
}

// checkMutationFields caps the mutations of one operation, and runs a field
// that hashes a password only alone: then no earlier field of the same
// transaction holds the database's write lock while the hash runs.
func checkMutationFields(op *ast.OperationDefinition) *gqlerror.Error {
	if op.Operation != ast.Mutation {
		return nil
	}
	if n := len(op.SelectionSet); n > maxMutationFields {
		return costError("TOO_MANY_MUTATIONS", "The operation runs %d mutations; send at most %d per operation.", n, maxMutationFields)
	}
	if len(op.SelectionSet) < 2 {
		return nil
	}
	for _, sel := range op.SelectionSet {
		if f, ok := sel.(*ast.Field); ok && f.ObjectDefinition != nil {
			if _, hashes := expensiveFields[f.ObjectDefinition.Name+"."+f.Name]; hashes {
				return costError("TOO_MANY_MUTATIONS", "%s checks a password: send it alone in its operation.", f.Name)
			}
		}
	}
	return nil
}

func costError(code, format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": code}}
}

type measure struct{ cost, depth int }

type costWalker struct {
	ctx       context.Context
	es        graphql.ExecutableSchema
	vars      map[string]any
	fragments map[string]measure // memo: each fragment is measured once
	err       *gqlerror.Error    // the first page-size refusal
	// signedIn: only then do password fields hash (signed out, they are
	// refused before any work, with UNAUTHENTICATED).
	signedIn bool
}

func (w *costWalker) selectionSet(set ast.SelectionSet) measure {
	var m measure
	for _, sel := range set {
		var sub measure
		switch s := sel.(type) {
		case *ast.Field:
			sub = w.field(s)
		case *ast.InlineFragment:
			sub = w.selectionSet(s.SelectionSet)
		case *ast.FragmentSpread:
			sub = w.fragment(s)
		}
		m.cost = saturatingAdd(m.cost, sub.cost)
		m.depth = max(m.depth, sub.depth)
	}
	return m
}

func (w *costWalker) fragment(s *ast.FragmentSpread) measure {
	if m, ok := w.fragments[s.Name]; ok {
		return m
	}
	if s.Definition == nil {
		return measure{}
	}
	w.fragments[s.Name] = measure{} // validation refuses cycles; this only guards the walk
	m := w.selectionSet(s.Definition.SelectionSet)
	w.fragments[s.Name] = m
	return m
}

func (w *costWalker) field(f *ast.Field) measure {
	child := w.selectionSet(f.SelectionSet)
	m := measure{cost: saturatingAdd(1, child.cost), depth: child.depth + 1}
	if f.Name == "__schema" || f.Name == "__type" {
		// The standard introspection query (GraphiQL's, code generators')
		// nests ofType about 15 deep over data in memory. What could blow up,
		// members listed inside members, gqlparser's validation already
		// refuses (MaxIntrospectionDepth), so depth does not count here.
		m.depth = 1
		return m
	}
	if f.ObjectDefinition == nil || f.Definition == nil {
		return m
	}
	key := f.ObjectDefinition.Name + "." + f.Name
	if cost, ok := expensiveFields[key]; ok && w.signedIn {
		m.cost = saturatingAdd(cost, child.cost)
		return m
	}
	args := f.ArgumentMap(w.vars)
	w.checkPageSize(key, args)
	types := []*ast.Definition{f.ObjectDefinition}
	if f.ObjectDefinition.Kind == ast.Interface {
		types = w.es.Schema().GetPossibleTypes(f.ObjectDefinition) // the costliest implementation counts
	}
	for _, t := range types {
		// Bound the child cost so generated multiplications cannot overflow.
		if c, ok := w.es.Complexity(w.ctx, t.Name, f.Name, min(child.cost, math.MaxInt32), args); ok && c > m.cost {
			m.cost = c
		}
	}
	return m
}

func (w *costWalker) checkPageSize(field string, args map[string]any) {
	for _, name := range []string{"first", "last"} {
		n, ok := asInt(args[name])
		if !ok || w.err != nil {
			continue
		}
		if n > maxPageSize || n < 0 {
			w.err = &gqlerror.Error{
				Message: fmt.Sprintf("%s: %s must be between 0 and %d; page through larger results with after/before.",
					field, name, maxPageSize),
				Extensions: map[string]any{"code": apperr.CodeBadUserInput, "field": name},
			}
		}
	}
}

// asInt reads an Int argument: a literal parses as int64, a variable as
// whatever its JSON decoder made of it.
func asInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int:
		return int64(n), true
	case int64:
		return n, true
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	case float64:
		return int64(n), true
	}
	return 0, false
}

func saturatingAdd(a, b int) int {
	if a > math.MaxInt/2 || b > math.MaxInt/2 {
		return math.MaxInt / 2
	}
	return a + b
}
