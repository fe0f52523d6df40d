package graph

import (
	"context"
	"slices"
	"strings"
	"time"

	"tradewind/ent"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/request"
	"tradewind/ent/syncevent"
	"tradewind/ent/task"
	"tradewind/graph/model"
)

// The dashboard counts through the viewer's client, so the read policy
// narrows every figure to what the viewer may read (a requester's own
// requests): one statement per figure, whatever the number of rows.

const dashboardListSize = 20

type statusRow struct {
	Key   string `json:"status"`
	Count int    `json:"count"`
}

type typeRow struct {
	Key   string `json:"type"`
	Count int    `json:"count"`
}

type stepRow struct {
	Key   string `json:"step"`
	Count int    `json:"count"`
}

func statusCounts[R statusRow | typeRow | stepRow](rows []R) []*model.StatusCount {
	out := each(rows, func(r R) *model.StatusCount {
		switch v := any(r).(type) {
		case statusRow:
			return &model.StatusCount{Key: v.Key, Count: v.Count}
		case typeRow:
			return &model.StatusCount{Key: v.Key, Count: v.Count}
		default:
			s := v.(stepRow)
			return &model.StatusCount{Key: s.Key, Count: s.Count}
		}
	})
	slices.SortFunc(out, func(a, b *model.StatusCount) int { return strings.Compare(a.Key, b.Key) })
	return out
}

func dashboard(ctx context.Context, client *ent.Client, stuckAfter time.Duration) (*model.Dashboard, error) {
	var byStatus, tasksByStatus []statusRow
	var tasksByType []typeRow
	var bySteps []stepRow
	steps := func() error {
		return client.LinkedWorkflow.Query().Where(linkedworkflow.IroncladIDNEQ("")).
			GroupBy(linkedworkflow.FieldStep).Aggregate(ent.Count()).Scan(ctx, &bySteps)
	}
	for _, scan := range []func() error{
		func() error {
			return client.Request.Query().GroupBy(request.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &byStatus)
		},
		func() error {
			return client.Task.Query().GroupBy(task.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &tasksByStatus)
		},
		func() error {
			return client.Task.Query().GroupBy(task.FieldType).Aggregate(ent.Count()).Scan(ctx, &tasksByType)
		},
		steps,
	} {
		if err := scan(); err != nil {
			return nil, err
		}
	}
	cutoff := time.Now().Add(-stuckAfter)
	stuck, err := client.Request.Query().Where(request.StatusIn(request.StatusSUBMITTED, request.StatusIN_PROGRESS),
		request.UpdatedAtLT(cutoff), request.Not(request.HasTasksWith(task.UpdatedAtGTE(cutoff)))).
		Order(ent.Asc(request.FieldUpdatedAt)).Limit(dashboardListSize).WithRequester().All(ctx)
	if err != nil {
		return nil, err
	}
	failed, err := client.Task.Query().Where(task.StatusEQ(task.StatusFAILED)).
		Order(ent.Desc(task.FieldUpdatedAt)).Limit(dashboardListSize).WithRequest().All(ctx)
	if err != nil {
		return nil, err
	}
	recent, err := recentActivity(ctx, client)
	if err != nil {
		return nil, err
	}
	return &model.Dashboard{RequestsByStatus: statusCounts(byStatus), TasksByStatus: statusCounts(tasksByStatus),
		TasksByType: statusCounts(tasksByType), IroncladWorkflowsByStep: statusCounts(bySteps),
		StuckRequests: stuck, FailedTasks: failed, RecentActivity: recent}, nil
}

// recentActivity: the newest timeline entries of every request the viewer
// may read, newest first.
func recentActivity(ctx context.Context, client *ent.Client) ([]*model.TimelineEntry, error) {
	reqs, err := client.Request.Query().Order(ent.Desc(request.FieldUpdatedAt)).Limit(dashboardListSize).All(ctx)
	if err != nil {
		return nil, err
	}
	tasks, err := client.Task.Query().Where(task.StatusIn(task.StatusCOMPLETED, task.StatusFAILED)).
		Order(ent.Desc(task.FieldUpdatedAt)).Limit(dashboardListSize).WithRequest().All(ctx)
	if err != nil {
		return nil, err
	}
	ledger, err := client.SyncEvent.Query().Where(syncevent.HasRequest(), syncevent.KindIn(mapKeys(ledgerKinds)...)).
		Order(ent.Desc(syncevent.FieldCreatedAt)).Limit(dashboardListSize).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []*model.TimelineEntry
	for _, r := range reqs {
		out = append(out, requestEntries(r)...)
	}
	for _, t := range tasks {
		out = append(out, taskEntries(t)...)
	}
	for _, e := range ledger {
		out = append(out, ledgerEntries(e)...)
	}
	slices.SortStableFunc(out, func(a, b *model.TimelineEntry) int { return b.At.Compare(a.At) })
	return out[:min(len(out), dashboardListSize)], nil
}
