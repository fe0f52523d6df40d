package requests

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"tradewind/ent"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/predicate"
	"tradewind/ent/request"
	"tradewind/ent/schema/progress"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/task"
	"tradewind/server/ironclad"
)

// IroncladState is a linked workflow as Ironclad shows it now (read by
// server/sync: the workflow, then its approvals and signers).
type IroncladState struct {
	Workflow     *ironclad.Workflow
	Approvals    []progress.Approval
	Signers      []progress.Signer // nil: not read (only readable in Sign)
	PacketStatus string
}

// Applied says what applying a state did, for the sync ledger.
type Applied struct {
	Request *ent.Request
	Stale   bool   // older than what was applied before: ignored
	Summary string // what changed, in words; "" for nothing
}

// ApplyIroncladState records Ironclad's current state of a linked workflow
// and moves its request: monitor tasks complete, a workflow cancelled in
// Ironclad ends the request as withdrawn. Ironclad's lastUpdated orders the
// reads: a state older than the one applied is ignored, so a delayed or
// reordered delivery never rolls a workflow back.
func (s *Service) ApplyIroncladState(ctx context.Context, linkedID pulid.ID, st IroncladState) (*Applied, error) {
	out := &Applied{}
	err := s.withTx(ctx, s.cfg.DB, func(ctx context.Context, tx *ent.Client) error {
		lw, err := tx.LinkedWorkflow.Query().Where(linkedIDIs(linkedID)).WithRequest().Only(ctx)
		if err != nil {
			return err
		}
		out.Request = lw.Edges.Request
		wf := st.Workflow
		if lw.IroncladUpdatedAt != nil && wf.LastUpdated.Before(*lw.IroncladUpdatedAt) {
			out.Stale = true
			return nil
		}
		out.Summary = describeChange(lw, st)
		// A compare-and-set on lastUpdated: of two concurrent applies, the
		// older read never lands over the newer (no row lock needed).
		upd := tx.LinkedWorkflow.Update().Where(linkedworkflow.ID(linkedID), linkedworkflow.Or(linkedworkflow.IroncladUpdatedAtIsNil(),
			linkedworkflow.IroncladUpdatedAtLTE(wf.LastUpdated.Time))).SetStep(wf.Step).SetStatus(wf.Status).SetTitle(wf.Title).
			SetIroncladUpdatedAt(wf.LastUpdated.Time).SetApprovals(keepTimes(lw.Approvals, st.Approvals, s.now()))
		if wf.IroncladID != "" {
			upd.SetReadableID(wf.IroncladID)
		}
		if st.Signers != nil {
			upd.SetSigners(keepSignerTimes(lw.Signers, st.Signers, s.now())).SetPacketStatus(st.PacketStatus)
		}
		if out.Summary != "" {
			upd.SetLastEventAt(s.now())
		}
		n, err := upd.Save(ctx)
		if err != nil || n == 0 {
			out.Stale = n == 0
			return err
		}
		if err := s.describeMonitors(ctx, tx, linkedID, st, out.Summary != ""); err != nil {
			return err
		}
		req := lw.Edges.Request
		if wf.Status == ironclad.StatusCancelled && activeRequest(req.Status) {
			return s.end(ctx, tx, req, request.StatusWITHDRAWN, "")
		}
		return s.advance(ctx, tx, req.ID)
	})
	return out, err
}

// describeMonitors keeps the waiting monitor tasks' detail current (who has
// approved, who has signed), so watchers see progress before completion.
// When the linked workflow changed (changed), every task tied to it is
// published: each carries the workflow's step, approvals and signers, and a
// subscriber holding the launch task's copy must not keep an old step.
func (s *Service) describeMonitors(ctx context.Context, tx *ent.Client, linkedID pulid.ID, st IroncladState, changed bool) error {
	ts, err := tx.Task.Query().Where(task.HasLinkedWorkflowWith(linkedIDIs(linkedID))).All(ctx)
	if err != nil {
		return err
	}
	for _, t := range ts {
		detail := t.Detail
		if t.Status == task.StatusIN_PROGRESS && t.Action == task.ActionMONITOR_APPROVALS {
			detail = approvalsDetail(st.Approvals)
		}
		if t.Status == task.StatusIN_PROGRESS && t.Action == task.ActionMONITOR_SIGNATURES {
			detail = signersDetail(st)
		}
		if detail != t.Detail {
			if t, err = tx.Task.UpdateOne(t).SetDetail(detail).Save(ctx); err != nil {
				return err
			}
		} else if !changed {
			continue
		}
		s.publishTask(ctx, t)
	}
	return nil
}

func approvalsDetail(as []progress.Approval) string {
	if len(as) == 0 {
		return "Waiting for the approvals in Ironclad."
	}
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = a.Name + ": " + a.Status
	}
	return "Approvals in Ironclad: " + strings.Join(parts, ", ") + "."
}

func signersDetail(st IroncladState) string {
	if len(st.Signers) == 0 {
		return "Waiting for the signature packet to be sent in Ironclad."
	}
	parts := make([]string, len(st.Signers))
	for i, sg := range st.Signers {
		parts[i] = sg.Name + ": " + sg.Status
	}
	return "Signatures in Ironclad: " + strings.Join(parts, ", ") + "."
}

// describeChange says what is new in st compared with lw, or "".
func describeChange(lw *ent.LinkedWorkflow, st IroncladState) string {
	var parts []string
	if lw.Step != st.Workflow.Step {
		parts = append(parts, fmt.Sprintf("step %s", st.Workflow.Step))
	}
	if lw.Status != st.Workflow.Status {
		parts = append(parts, fmt.Sprintf("status %s", st.Workflow.Status))
	}
	if d := approvalsDetail(st.Approvals); len(st.Approvals) > 0 && d != approvalsDetail(lw.Approvals) {
		parts = append(parts, strings.TrimSuffix(d, "."))
	}
	if st.Signers != nil && lw.PacketStatus != st.PacketStatus {
		parts = append(parts, "signature packet "+st.PacketStatus)
	}
	return strings.Join(parts, "; ")
}

// keepTimes keeps when each approval reached its status; a changed or new
// one gets now (Ironclad's approval list carries no time).
func keepTimes(old, fresh []progress.Approval, now time.Time) []progress.Approval {
	return stamp(old, fresh, func(a *progress.Approval) (string, string, **time.Time) { return a.Role, a.Status, &a.ChangedAt }, now)
}

func keepSignerTimes(old, fresh []progress.Signer, now time.Time) []progress.Signer {
	return stamp(old, fresh, func(s *progress.Signer) (string, string, **time.Time) { return s.Role, s.Status, &s.ChangedAt }, now)
}

// stamp copies ChangedAt from old entries with the same key and status.
func stamp[T any](old, fresh []T, parts func(*T) (key, status string, at **time.Time), now time.Time) []T {
	before := map[string]*T{}
	for i := range old {
		k, _, _ := parts(&old[i])
		before[k] = &old[i]
	}
	out := slices.Clone(fresh)
	for i := range out {
		k, st, at := parts(&out[i])
		if prev, ok := before[k]; ok {
			if _, pst, pat := parts(prev); pst == st && *pat != nil {
				*at = *pat
				continue
			}
		}
		t := now
		*at = &t
	}
	return out
}

func linkedIDIs(id pulid.ID) predicate.LinkedWorkflow { return linkedworkflow.ID(id) }
