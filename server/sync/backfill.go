package sync

import (
	"context"
	"fmt"
	"time"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/syncevent"
	"tradewind/server/integration"
	"tradewind/server/ironclad"
)

// Backfill is the periodic job repairing missed webhooks (a disabled
// webhook, dropped deliveries): per connection, it lists the workflows
// Ironclad updated since the oldest state Tradewind applied among those it
// follows, applies each one newer than what Tradewind has, and says so in
// the ledger.
func (s *Service) Backfill(ctx context.Context) error {
	conns, err := s.db.Connection.Query().Where(connection.StatusEQ(connection.StatusCONNECTED)).All(ctx)
	if err != nil {
		return err
	}
	for _, conn := range conns {
		if err := s.backfill(ctx, conn); err != nil {
			s.log.WarnContext(ctx, "back-fill", "connection", conn.ID, "error", err)
		}
	}
	return nil
}

func (s *Service) backfill(ctx context.Context, conn *ent.Connection) error {
	open, err := s.db.LinkedWorkflow.Query().Where(followed, linkedworkflow.HasConnectionWith(connection.ID(conn.ID))).All(ctx)
	if err != nil || len(open) == 0 {
		return err
	}
	byID := map[string]*ent.LinkedWorkflow{}
	since := time.Now()
	for _, lw := range open {
		byID[lw.IroncladID] = lw
		if lw.IroncladUpdatedAt != nil && lw.IroncladUpdatedAt.Before(since) {
			since = *lw.IroncladUpdatedAt
		} else if lw.IroncladUpdatedAt == nil {
			since = lw.CreatedAt
		}
		if lw.CommentsSyncedAt != nil && lw.CommentsSyncedAt.Before(since) {
			since = *lw.CommentsSyncedAt
		}
	}
	c, err := s.conns.Client(ctx, conn)
	if err != nil {
		return err
	}
	p := ironclad.ListWorkflowsParams{LastUpdated: since.Add(-time.Minute),
		Statuses: []string{ironclad.StatusActive, ironclad.StatusPaused, ironclad.StatusCompleted, ironclad.StatusCancelled}}
	p.PageSize = 100
	for wf, err := range c.Workflows(ctx, p) {
		if err != nil {
			return s.record(ctx, conn, nil, "Back-fill could not list Ironclad's workflows", err)
		}
		lw := byID[wf.ID]
		if lw == nil {
			continue
		}
		if err := s.backfillComments(ctx, conn, lw, wf.LastUpdated.Time); err != nil {
			return err
		}
		if lw.IroncladUpdatedAt != nil && !wf.LastUpdated.After(*lw.IroncladUpdatedAt) {
			continue
		}
		applied, err := s.refresh(ctx, lw)
		switch {
		case err != nil:
			err = s.record(ctx, conn, nil, "Back-fill could not apply "+lw.ReadableID, err)
		case applied.Summary != "":
			err = s.record(ctx, conn, applied.Request, fmt.Sprintf("Back-fill: %s changed in Ironclad without a webhook reaching Tradewind (%s); applied.", lw.ReadableID, applied.Summary), nil)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// backfillComments reads lw's comments again when Ironclad changed it since
// they were last read (a comment webhook may have been dropped), and says so
// when that repaired anything.
func (s *Service) backfillComments(ctx context.Context, conn *ent.Connection, lw *ent.LinkedWorkflow, lastUpdated time.Time) error {
	if lw.CommentsSyncedAt != nil && !lastUpdated.After(*lw.CommentsSyncedAt) {
		return nil
	}
	reqID, err := lw.QueryRequest().OnlyID(ctx)
	if err != nil {
		return err
	}
	req := &ent.Request{ID: reqID}
	n, err := s.comments.Reconcile(ctx, lw.ID)
	switch {
	case err != nil:
		return s.record(ctx, conn, req, "Back-fill could not read the comments of "+lw.ReadableID, err)
	case n > 0:
		return s.record(ctx, conn, req, fmt.Sprintf("Back-fill: %d comment change(s) on %s reached Tradewind without a webhook; applied.", n, lw.ReadableID), nil)
	}
	return nil
}

// record writes one back-fill entry in the ledger (per request it repaired).
func (s *Service) record(ctx context.Context, conn *ent.Connection, req *ent.Request, summary string, failure error) error {
	e := integration.LedgerEntry{Direction: syncevent.DirectionINTERNAL, Kind: "backfill", Status: syncevent.StatusSUCCEEDED,
		Connection: conn, Request: req, Summary: summary}
	if failure != nil {
		e.Status, e.Error = syncevent.StatusFAILED, failure.Error()
	}
	_, err := s.conns.RecordLedger(ctx, s.db, e)
	return err
}
