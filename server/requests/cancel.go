package requests

import (
	"context"

	"tradewind/ent"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/server/integration"
	"tradewind/server/ironclad"
	"tradewind/server/jobs"
)

// CancelIronclad is the job cancelling a withdrawn (or rejected) request's
// workflow in Ironclad. A workflow already cancelled or completed there
// answers INVALID_STATE: nothing left to do. A launch still uncertain is
// cancelled once the launch job has found or given up on it.
func (s *Service) CancelIronclad(ctx context.Context, args jobs.CancelIroncladArgs) error {
	lw, err := s.cfg.DB.LinkedWorkflow.Query().Where(linkedIDIs(pulid.ID(args.LinkedWorkflowID))).WithRequest().
		WithIroncladWorkflow(func(q *ent.IroncladWorkflowQuery) { q.WithConnection() }).Only(ctx)
	if err != nil {
		return err
	}
	if lw.IroncladID == "" {
		if lw.LaunchAttemptedAt == nil {
			return nil
		}
		return &jobs.Wait{Delay: s.cfg.LaunchGrace, Reason: "the launch is not settled yet"}
	}
	icw := lw.Edges.IroncladWorkflow
	c, err := s.cfg.Integration.Client(ctx, icw.Edges.Connection)
	if err != nil {
		return err
	}
	why := args.Reason
	if why == "" {
		why = "Withdrawn in Tradewind"
	}
	err = c.Cancel(ctx, lw.IroncladID, ironclad.ActivityComment{Message: why})
	if ironclad.IsInvalidState(err) {
		err = nil
	}
	entry := integration.LedgerEntry{Direction: syncevent.DirectionOUTBOUND, Kind: "cancel", Status: syncevent.StatusSUCCEEDED,
		Summary: "Cancelled " + lw.ReadableID + " in Ironclad: " + why, Connection: icw.Edges.Connection, IroncladWorkflow: icw, Request: lw.Edges.Request}
	if err != nil {
		entry.Status, entry.Error = syncevent.StatusFAILED, err.Error()
	}
	if _, lerr := s.cfg.Integration.RecordLedger(ctx, s.cfg.DB, entry); lerr != nil {
		return lerr
	}
	if err == nil {
		err = s.cfg.DB.LinkedWorkflow.UpdateOne(lw).SetStatus(ironclad.StatusCancelled).Exec(ctx)
	}
	return err
}
