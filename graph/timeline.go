package graph

import (
	"context"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"tradewind/ent"
	"tradewind/ent/predicate"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/ent/task"
	"tradewind/graph/model"
	ironsync "tradewind/server/sync"
)

// A request's timeline: its submission and end, its tasks' changes, and
// the sync ledger's entries about it (launch, Ironclad's webhooks applied,
// back-fill repairs, cancellation).

// ledgerKinds: Tradewind's own ledger entries a timeline shows; the rest
// (imports, comments, checks) are in the ledger itself. Ironclad's webhooks
// are shown by what applying them changed (changeEntries), whichever
// delivery it was: deliveries are applied concurrently and the newest read
// lands, so the change is often recorded on another kind than its cause.
var ledgerKinds = map[string]model.TimelineKind{
	"launch":        model.TimelineKindLaunched,
	"launch_failed": model.TimelineKindFailed,
	"cancel":        model.TimelineKindCancelled,
	"backfill":      model.TimelineKindBackfilled,
}

// ironcladChanges: what a change applied from Ironclad says (requests'
// describeChange), as a timeline entry.
var ironcladChanges = []struct {
	part string
	kind model.TimelineKind
	text string // "" keeps the part's own words
}{
	{"Approvals in Ironclad", model.TimelineKindApprovalChanged, ""},
	{"signature packet sent", model.TimelineKindPacketSent, "Signature packet sent in Ironclad."},
	{"signature packet complete", model.TimelineKindSigned, "Fully signed in Ironclad."},
	{"status completed", model.TimelineKindCompleted, "Completed in Ironclad."},
	{"status cancelled", model.TimelineKindCancelled, "Cancelled in Ironclad."},
}

func requestEntries(r *ent.Request) []*model.TimelineEntry {
	at := r.CreatedAt
	if r.SubmittedAt != nil {
		at = *r.SubmittedAt
	}
	out := []*model.TimelineEntry{{At: at, Kind: model.TimelineKindSubmitted, Text: "Submitted “" + r.Title + "”."}}
	switch r.Status {
	case request.StatusWITHDRAWN:
		out = append(out, &model.TimelineEntry{At: r.UpdatedAt, Kind: model.TimelineKindWithdrawn, Text: "Withdrawn."})
	case request.StatusCOMPLETED:
		out = append(out, &model.TimelineEntry{At: r.UpdatedAt, Kind: model.TimelineKindCompleted, Text: "Request completed."})
	}
	return out
}

func taskEntries(t *ent.Task) []*model.TimelineEntry {
	switch {
	case t.Status == task.StatusCOMPLETED && t.CompletedAt != nil:
		text := "“" + t.Name + "” completed."
		if t.Type == task.TypeAPPROVAL {
			text = "“" + t.Name + "” approved."
		}
		return []*model.TimelineEntry{{At: *t.CompletedAt, Kind: model.TimelineKindTaskCompleted, Text: text, Task: t}}
	case t.Status == task.StatusFAILED:
		return []*model.TimelineEntry{{At: t.UpdatedAt, Kind: model.TimelineKindFailed, Text: "“" + t.Name + "” failed: " + t.Error, Task: t}}
	}
	return nil
}

func ledgerEntries(e *ent.SyncEvent) []*model.TimelineEntry {
	if change := changeEntries(e); len(change) > 0 || e.Direction == syncevent.DirectionINBOUND {
		return change
	}
	kind, ok := ledgerKinds[e.Kind]
	if !ok || e.Status == syncevent.StatusIGNORED {
		return nil
	}
	text := e.Summary
	if e.Error != "" {
		text += " " + e.Error
	}
	return []*model.TimelineEntry{{At: e.CreatedAt, Kind: kind, Text: text}}
}

// onTimeline: the ledger entries that may make timeline entries (a webhook
// that changed nothing makes none).
func onTimeline() predicate.SyncEvent {
	return syncevent.Or(syncevent.KindIn(mapKeys(ledgerKinds)...), syncevent.And(
		syncevent.Or(syncevent.DirectionEQ(syncevent.DirectionINBOUND), syncevent.KindEQ(ironsync.RefreshKind)),
		syncevent.StatusEQ(syncevent.StatusSUCCEEDED), syncevent.Not(syncevent.SummaryHasSuffix(": no change"))))
}

// changeEntries: an applied webhook's change, one entry per part a person
// follows (approvals, packet sent, signed, completed, cancelled).
func changeEntries(e *ent.SyncEvent) []*model.TimelineEntry {
	var out []*model.TimelineEntry
	for part := range strings.SplitSeq(ironsync.AppliedChange(e), "; ") {
		for _, c := range ironcladChanges {
			if !strings.HasPrefix(part, c.part) {
				continue
			}
			text := c.text
			if text == "" {
				text = part + "."
			}
			out = append(out, &model.TimelineEntry{At: e.UpdatedAt, Kind: c.kind, Text: text})
		}
	}
	return out
}

// timelines builds the timelines of the requests ids, in two statements
// (their tasks, their ledger entries) whatever their number.
func timelines(ctx context.Context, client *ent.Client, reqs []*ent.Request) (map[pulid.ID][]*model.TimelineEntry, error) {
	ids := each(reqs, func(r *ent.Request) pulid.ID { return r.ID })
	onlyID := func(q *ent.RequestQuery) { q.Select(request.FieldID) }
	tasks, err := client.Task.Query().Where(task.HasRequestWith(request.IDIn(ids...))).WithRequest(onlyID).All(ctx)
	if err != nil {
		return nil, err
	}
	ledger, err := client.SyncEvent.Query().Where(syncevent.HasRequestWith(request.IDIn(ids...)),
		onTimeline()).WithRequest(onlyID).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[pulid.ID][]*model.TimelineEntry, len(reqs))
	for _, r := range reqs {
		out[r.ID] = requestEntries(r)
	}
	for _, t := range tasks {
		out[t.Edges.Request.ID] = append(out[t.Edges.Request.ID], taskEntries(t)...)
	}
	for _, e := range ledger {
		out[e.Edges.Request.ID] = append(out[e.Edges.Request.ID], ledgerEntries(e)...)
	}
	for _, entries := range out {
		slices.SortStableFunc(entries, func(a, b *model.TimelineEntry) int { return a.At.Compare(b.At) })
	}
	return out, nil
}

func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// pageOf returns the requests of the list obj is resolved in (a page of
// requests, the dashboard's stuck requests), so their timelines load
// together; just obj when it stands alone.
func pageOf(ctx context.Context, obj *ent.Request) []*ent.Request {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		var page []*ent.Request
		switch v := fc.Result.(type) {
		case *ent.RequestConnection:
			for _, e := range v.Edges {
				page = append(page, e.Node)
			}
		case []*ent.Request:
			page = v
		default:
			continue
		}
		if slices.ContainsFunc(page, func(r *ent.Request) bool { return r.ID == obj.ID }) {
			return page
		}
	}
	return []*ent.Request{obj}
}
