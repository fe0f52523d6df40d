package graph

import (
	"context"

	"tradewind/graph/model"
	"tradewind/server/catalog"
)

func (r *Resolver) importProgress(ctx context.Context, p catalog.Progress) (*model.ImportProgress, error) {
	c, err := r.Client.Connection.Get(ctx, p.ConnectionID)
	if err != nil {
		return nil, err
	}
	out := &model.ImportProgress{ImportID: p.ImportID, Connection: c, TemplateID: p.TemplateID, Name: p.Name,
		State: model.ImportState(p.State), IroncladWorkflow: p.Workflow, Interrupted: p.Interrupted}
	if p.Error != "" {
		out.Error = &p.Error
	}
	return out, nil
}

func (r *Resolver) importProgressList(ctx context.Context, items []catalog.Progress) ([]*model.ImportProgress, error) {
	out := make([]*model.ImportProgress, 0, len(items))
	for _, p := range items {
		mp, err := r.importProgress(ctx, p)
		if err != nil {
			return nil, err
		}
		out = append(out, mp)
	}
	return out, nil
}

func diffModel(d *catalog.Diff) *model.IroncladWorkflowDiff {
	out := &model.IroncladWorkflowDiff{IroncladWorkflow: d.Workflow, DiffID: d.ID, TemplateID: d.TemplateID, Name: d.Name,
		Republished: d.Republished, MatchScore: d.MatchScore, Missing: d.Missing, AffectedMappingCount: d.Mappings,
		Unchanged: d.Unchanged(), Changes: []*model.FieldChange{}}
	for _, ch := range d.Changes {
		fc := &model.FieldChange{Kind: model.FieldChangeKind(ch.Kind), Key: ch.Key, Label: ch.Label, AffectedMappingCount: ch.Mappings}
		if ch.Before != "" {
			fc.Before = &ch.Before
		}
		if ch.After != "" {
			fc.After = &ch.After
		}
		out.Changes = append(out.Changes, fc)
	}
	return out
}

// filtered passes on first, then the values of in that keep accepts, until
// ctx ends.
func filtered[T any](ctx context.Context, in <-chan T, keep func(T) bool, first ...T) <-chan T {
	out := make(chan T, 1)
	go func() {
		defer close(out)
		for _, v := range first {
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
		for v := range in {
			if !keep(v) {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
