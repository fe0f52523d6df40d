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
		if lw == nil || (lw.IroncladUpdatedAt != nil && !wf.LastUpdated.After(*lw.IroncladUpdatedAt)) {
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
