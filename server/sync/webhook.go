package sync

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/server/comments"
	"tradewind/server/integration"
	"tradewind/server/jobs"
	"tradewind/server/requests"
)

// ApplyWebhook is the job for one stored webhook (a PENDING sync event). The
// event only says which workflow changed: its current state is read from
// Ironclad and applied, so a duplicate re-applies the same state and a
// delayed or reordered one cannot roll it back. The event records the
// outcome; a failure is retried by River and counted in its attempts.
func (s *Service) ApplyWebhook(ctx context.Context, args jobs.ApplyWebhookArgs) error {
	ev, err := s.db.SyncEvent.Query().Where(syncevent.ID(pulid.ID(args.SyncEventID))).WithConnection().Only(ctx)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if ev.Status != syncevent.StatusPENDING && ev.Status != syncevent.StatusRETRYING {
		return nil
	}
	workflowID := payloadWorkflowID(ev.Payload)
	if strings.HasPrefix(ev.Kind, "workflow_comment_reaction_") || workflowID == "" || ev.Edges.Connection == nil {
		return s.settle(ctx, ev, syncevent.StatusIGNORED, nil, "", nil)
	}
	lw, err := s.db.LinkedWorkflow.Query().Where(linkedworkflow.IroncladID(workflowID),
		linkedworkflow.HasConnectionWith(connection.ID(ev.Edges.Connection.ID))).WithRequest().Only(ctx)
	if ent.IsNotFound(err) {
		return s.settle(ctx, ev, syncevent.StatusIGNORED, nil, "not a workflow launched from a Tradewind request", nil)
	}
	if err != nil {
		return err
	}
	if strings.HasPrefix(ev.Kind, "workflow_comment_") {
		return s.applyComment(ctx, ev, lw)
	}
	applied, err := s.refresh(ctx, lw)
	if err != nil {
		// On the request's ledger while it retries, where an admin can retry it now.
		_ = s.settle(ctx, ev, syncevent.StatusRETRYING, &requests.Applied{Request: lw.Edges.Request}, "", err)
		return err
	}
	return s.settle(ctx, ev, syncevent.StatusSUCCEEDED, applied, "", nil)
}

// applyComment applies a comment event (added, updated, removed) to the
// request's thread, when comment sync is on for the workflow.
func (s *Service) applyComment(ctx context.Context, ev *ent.SyncEvent, lw *ent.LinkedWorkflow) error {
	reqID, err := lw.QueryRequest().OnlyID(ctx)
	if err != nil {
		return err
	}
	outcome := func(summary string) *requests.Applied {
		return &requests.Applied{Request: &ent.Request{ID: reqID}, Summary: summary}
	}
	commentID := payloadString(ev.Payload, "commentID")
	if commentID == "" {
		return s.settle(ctx, ev, syncevent.StatusIGNORED, outcome("no comment id in the event"), "", nil)
	}
	did, err := s.comments.ApplyIroncladComment(ctx, lw.ID, commentID)
	switch {
	case errors.Is(err, comments.ErrSyncOff):
		return s.settle(ctx, ev, syncevent.StatusIGNORED, outcome(err.Error()), "", nil)
	case err != nil:
		_ = s.settle(ctx, ev, syncevent.StatusRETRYING, outcome(""), "", err)
		return err
	}
	return s.settle(ctx, ev, syncevent.StatusSUCCEEDED, outcome(did), "", nil)
}

// settle records a webhook's outcome on its sync event.
func (s *Service) settle(ctx context.Context, ev *ent.SyncEvent, status syncevent.Status, applied *requests.Applied, note string, failure error) error {
	upd := s.db.SyncEvent.UpdateOne(ev).SetStatus(status).AddAttempts(boolInt(ev.Status == syncevent.StatusRETRYING || failure != nil))
	summary := ev.Summary
	switch {
	case failure != nil:
	case applied != nil && applied.Stale:
		summary += ": " + stale
	case applied != nil && applied.Summary != "":
		summary += ": " + applied.Summary
	case applied != nil:
		summary += ": " + noChange
	case note != "":
		summary += ": " + note
	}
	upd.SetSummary(summary)
	if applied != nil && applied.Request != nil {
		upd.SetRequestID(applied.Request.ID)
	}
	if failure != nil {
		upd.SetError(failure.Error())
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return err
	}
	s.conns.PublishSyncEvent(ctx, saved)
	return nil
}

// Nothing new: what settle appends when a delivery changed nothing.
const (
	noChange = "no change"
	stale    = "older than the state already applied"
)

// AppliedChange is what applying an inbound webhook (or the read after a
// launch) changed, in words, as settle (or RefreshLinkedWorkflow) recorded it ("step Sign; Approvals in Ironclad: Legal: approved");
// "" when it changed nothing, was stale, or is not an applied webhook.
func AppliedChange(ev *ent.SyncEvent) string {
	if (ev.Direction != syncevent.DirectionINBOUND && ev.Kind != RefreshKind) || ev.Status != syncevent.StatusSUCCEEDED {
		return ""
	}
	_, change, _ := strings.Cut(ev.Summary, ": ") // after "kind on workflow ID"
	if change == noChange || change == stale {
		return ""
	}
	return change
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// payloadWorkflowID reads the workflow id of a stored delivery.
func payloadWorkflowID(p map[string]any) string { return payloadString(p, "workflowID") }

// payloadString reads a field of a stored delivery (the whole envelope, or
// only its payload).
func payloadString(p map[string]any, key string) string {
	if inner, ok := p["payload"].(map[string]any); ok {
		p = inner
	}
	v, _ := p[key].(string)
	return v
}

// RefreshLinkedWorkflow is the job after a launch: read and apply the
// linked workflow's state (approvals and signers arrive from here on).
func (s *Service) RefreshLinkedWorkflow(ctx context.Context, args jobs.RefreshLinkedWorkflowArgs) error {
	lw, err := s.db.LinkedWorkflow.Get(ctx, pulid.ID(args.LinkedWorkflowID))
	if err != nil {
		return err
	}
	if lw.IroncladID == "" {
		return fmt.Errorf("linked workflow %s has no Ironclad id", lw.ID)
	}
	applied, err := s.refresh(ctx, lw)
	if err != nil || applied.Summary == "" {
		return err
	}
	// Approvals given before this first read are applied here, not by a
	// webhook: the ledger (and so the timeline) says what changed.
	conn, err := lw.QueryConnection().Only(ctx)
	if err != nil {
		return err
	}
	_, err = s.conns.RecordLedger(ctx, s.db, integration.LedgerEntry{Direction: syncevent.DirectionINTERNAL, Kind: RefreshKind,
		Status: syncevent.StatusSUCCEEDED, Connection: conn, Request: applied.Request,
		Summary: "read of workflow " + lw.IroncladID + ": " + applied.Summary})
	return err
}

// RefreshKind is the ledger kind of a change applied by RefreshLinkedWorkflow.
const RefreshKind = "refresh"
