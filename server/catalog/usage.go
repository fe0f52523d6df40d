package catalog

import (
	"context"

	entsql "entgo.io/ent/dialect/sql"

	"tradewind/ent"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/mapping"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
)

// Usage is what uses each synced workflow: its current mappings and its
// requests still running. Remove refuses while either is above zero.
type Usage struct {
	Mappings       map[pulid.ID]int
	ActiveRequests map[pulid.ID]int
}

// UsageOfAll counts, in two grouped queries, what uses every synced
// workflow, so a list shows each row's usage without a query per row.
func UsageOfAll(ctx context.Context, client *ent.Client) (*Usage, error) {
	var mappings, active []struct {
		ID    pulid.ID `json:"id"`
		Count int      `json:"count"`
	}
	err := client.Mapping.Query().Where(mapping.Current(true), mapping.HasIroncladWorkflow()).
		Modify(func(s *entsql.Selector) {
			col := s.C(mapping.IroncladWorkflowColumn)
			s.Select(entsql.As(col, "id"), entsql.As(entsql.Count("*"), "count")).GroupBy(col)
		}).Scan(ctx, &mappings)
	if err != nil {
		return nil, err
	}
	err = client.LinkedWorkflow.Query().
		Where(linkedworkflow.HasIroncladWorkflow(), linkedworkflow.HasRequestWith(request.StatusIn(activeStatuses...))).
		Modify(func(s *entsql.Selector) {
			col := s.C(linkedworkflow.IroncladWorkflowColumn)
			s.Select(entsql.As(col, "id"), entsql.As(entsql.Count(entsql.Distinct(s.C(linkedworkflow.RequestColumn))), "count")).GroupBy(col)
		}).Scan(ctx, &active)
	if err != nil {
		return nil, err
	}
	u := &Usage{Mappings: map[pulid.ID]int{}, ActiveRequests: map[pulid.ID]int{}}
	for _, r := range mappings {
		u.Mappings[r.ID] = r.Count
	}
	for _, r := range active {
		u.ActiveRequests[r.ID] = r.Count
	}
	return u, nil
}
