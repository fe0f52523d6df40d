package graph

import (
	"context"
	"maps"
	"reflect"
	"slices"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"tradewind/ent"
	"tradewind/ent/schema/pulid"
	"tradewind/graph/model"
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

	mu        sync.Mutex
	sets      map[string]map[pulid.ID]bool // name → ids, e.g. the tasks the viewer may act on
	rows      map[string]map[pulid.ID]any  // name → row → a figure computed for many rows at once
	timelines map[pulid.ID][]*model.TimelineEntry
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

// idSet returns the set called name, computed by load once per response:
// a page of tasks asks each row whether the viewer may act on it, and one
// statement answers them all.
func idSet(ctx context.Context, name string, load func() (map[pulid.ID]bool, error)) (map[pulid.ID]bool, error) {
	m, ok := ctx.Value(memoKey{}).(*memo)
	if !ok {
		return load()
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if s, ok := m.sets[name]; ok {
		return s, nil
	}
	s, err := load()
	if err != nil {
		return nil, err
	}
	if m.sets == nil {
		m.sets = map[string]map[pulid.ID]bool{}
	}
	m.sets[name] = s
	return s, nil
}

// timeline returns a request's timeline, loading it with the rest of its
// page once per response.
func (r *Resolver) timeline(ctx context.Context, obj *ent.Request) ([]*model.TimelineEntry, error) {
	m, ok := ctx.Value(memoKey{}).(*memo)
	if !ok {
		t, err := timelines(ctx, r.db(ctx), []*ent.Request{obj})
		return t[obj.ID], err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if t, ok := m.timelines[obj.ID]; ok {
		return t, nil
	}
	t, err := timelines(ctx, r.db(ctx), pageOf(ctx, obj))
	if err != nil {
		return nil, err
	}
	if m.timelines == nil {
		m.timelines = map[pulid.ID][]*model.TimelineEntry{}
	}
	maps.Copy(m.timelines, t)
	return t[obj.ID], nil
}

// perRow returns the value called name for the row id, loading it with load
// once per response: load computes it for every row it can see (usually
// rowsAround the object), and a later row missing from its answer loads again.
func perRow[V any](ctx context.Context, name string, id pulid.ID, load func() (map[pulid.ID]V, error)) (V, error) {
	m, ok := ctx.Value(memoKey{}).(*memo)
	if !ok {
		all, err := load()
		return all[id], err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.rows[name][id]; ok {
		return v.(V), nil
	}
	all, err := load()
	if err != nil {
		var zero V
		return zero, err
	}
	if m.rows == nil {
		m.rows = map[string]map[pulid.ID]any{}
	}
	if m.rows[name] == nil {
		m.rows[name] = map[pulid.ID]any{}
	}
	for k, v := range all {
		m.rows[name][k] = v
	}
	if _, ok := all[id]; !ok {
		m.rows[name][id] = all[id] // the zero value: load found nothing for it
	}
	return all[id], nil
}

// rootRows returns the rows of the root field obj was resolved under: its
// list, or its Relay connection's nodes (obj included), so a figure that each
// row of a top-level list asks for is loaded once for the page.
func rootRows[T comparable](ctx context.Context, obj T) []T {
	var root any
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Result != nil {
			root = fc.Result
		}
	}
	rows, ok := root.([]T)
	if !ok { // a connection: *XConnection{Edges: []*XEdge{{Node: T}}}
		if v := reflect.Indirect(reflect.ValueOf(root)); v.Kind() == reflect.Struct {
			if edges := v.FieldByName("Edges"); edges.Kind() == reflect.Slice {
				for i := range edges.Len() {
					if e := reflect.Indirect(edges.Index(i)); e.Kind() == reflect.Struct {
						if n := e.FieldByName("Node"); n.IsValid() && n.CanInterface() {
							if n, ok := n.Interface().(T); ok {
								rows = append(rows, n)
							}
						}
					}
				}
			}
		}
	}
	if !slices.Contains(rows, obj) {
		rows = append(rows, obj)
	}
	return rows
}
