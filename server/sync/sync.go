// Package sync applies what happens in Ironclad to Tradewind: stored
// webhooks are turned into the linked workflow's current state (read from
// Ironclad, so duplicated, delayed and reordered deliveries change nothing
// stale), and a periodic back-fill repairs missed webhooks. Every call and
// webhook is in the sync ledger with its outcome and attempts.
package sync

import (
	"context"
	"log/slog"

	"tradewind/ent"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/schema/progress"
	"tradewind/server/comments"
	"tradewind/server/integration"
	"tradewind/server/ironclad"
	"tradewind/server/jobs"
	"tradewind/server/requests"
)

// Service applies Ironclad's state.
type Service struct {
	db       *ent.Client
	conns    *integration.Service
	requests *requests.Service
	comments *comments.Service
	queue    *jobs.Queue // a webhook retried from the ledger
	log      *slog.Logger
}

// New returns the service.
func New(db *ent.Client, conns *integration.Service, reqs *requests.Service, cmts *comments.Service, queue *jobs.Queue, logger *slog.Logger) *Service {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Service{db: db, conns: conns, requests: reqs, comments: cmts, queue: queue, log: logger}
}

// read gets a linked workflow's current state: the workflow, its approvals,
// and its signers once it has reached Sign (Ironclad refuses them before).
func read(ctx context.Context, c *ironclad.Client, id string) (requests.IroncladState, error) {
	wf, err := c.GetWorkflow(ctx, id)
	if err != nil {
		return requests.IroncladState{}, err
	}
	st := requests.IroncladState{Workflow: wf, Approvals: []progress.Approval{}}
	ap, err := c.ListApprovals(ctx, wf.ID)
	if err != nil && !ironclad.IsInvalidState(err) {
		return st, err
	}
	if ap != nil {
		for _, g := range ap.ApprovalGroups {
			for _, r := range g.Reviewers {
				st.Approvals = append(st.Approvals, progress.Approval{Role: r.Role, Name: r.DisplayName, Group: g.Order, Status: r.Status})
			}
		}
	}
	switch {
	case wf.Step == ironclad.StepSign && wf.Status != ironclad.StatusCancelled:
		ss, err := c.GetSignStatus(ctx, wf.ID)
		if ironclad.IsInvalidState(err) {
			return st, nil // moved on meanwhile: the next read sees where
		}
		if err != nil {
			return st, err
		}
		st.PacketStatus, st.Signers = ss.Status, []progress.Signer{}
		for _, sg := range ss.Signers {
			st.Signers = append(st.Signers, progress.Signer{Role: sg.RoleName, Name: sg.Name, Email: sg.Email, Status: sg.Status})
		}
	case wf.Step == ironclad.StepArchive || wf.Step == ironclad.StepComplete || wf.Status == ironclad.StatusCompleted:
		sigs, err := c.ListSignatures(ctx, wf.ID)
		if err != nil && !ironclad.IsInvalidState(err) {
			return st, err
		}
		st.PacketStatus, st.Signers = ironclad.PacketComplete, []progress.Signer{}
		if sigs != nil {
			for _, sg := range sigs.Signers {
				st.Signers = append(st.Signers, progress.Signer{Role: sg.RoleName, Name: sg.Name, Email: sg.Email, Status: sg.SignatureStatus.Status})
			}
		}
	}
	return st, nil
}

// refresh reads lw's state from Ironclad and applies it.
func (s *Service) refresh(ctx context.Context, lw *ent.LinkedWorkflow) (*requests.Applied, error) {
	conn, err := lw.QueryConnection().Only(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.conns.Client(ctx, conn)
	if err != nil {
		return nil, err
	}
	st, err := read(ctx, c, lw.IroncladID)
	if err != nil {
		return nil, err
	}
	return s.requests.ApplyIroncladState(ctx, lw.ID, st)
}

// followed are the launched workflows Tradewind still follows.
var followed = linkedworkflow.And(linkedworkflow.IroncladIDNEQ(""),
	linkedworkflow.StatusIn(ironclad.StatusActive, ironclad.StatusPaused))
