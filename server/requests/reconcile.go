package requests

import (
	"context"
	"encoding/json"
	"time"

	"tradewind/ent"
	"tradewind/ent/linkedworkflow"
	"tradewind/server/ironclad"
)

// clockSkew widens the search window: Ironclad's clock is not ours.
const clockSkew = 5 * time.Minute

// findLaunched looks in Ironclad for the workflow an earlier, uncertain
// launch of lw created. Ironclad has no idempotency key, and an attribute
// only exists if the template has it, so the launch is recognised by what
// it sent: same template, updated since the attempt, every text attribute
// equal to what was sent, and not already linked to another request.
// Returns "" when there is none.
func (s *Service) findLaunched(ctx context.Context, c *ironclad.Client, icw *ent.IroncladWorkflow, lw *ent.LinkedWorkflow) (string, error) {
	p := ironclad.ListWorkflowsParams{Template: icw.TemplateID, LastUpdated: lw.LaunchAttemptedAt.Add(-clockSkew),
		Statuses: []string{ironclad.StatusActive, ironclad.StatusPaused, ironclad.StatusCompleted, ironclad.StatusCancelled}}
	p.PageSize = 100
	for wf, err := range c.Workflows(ctx, p) {
		if err != nil {
			return "", err
		}
		if wf.Created.Before(lw.LaunchAttemptedAt.Add(-clockSkew)) || !sameText(lw.LaunchAttributes, wf.Attributes) {
			continue
		}
		taken, err := s.cfg.DB.LinkedWorkflow.Query().Where(linkedworkflow.IroncladID(wf.ID), linkedworkflow.IDNEQ(lw.ID)).Exist(ctx)
		if err != nil {
			return "", err
		}
		if !taken {
			return wf.ID, nil
		}
	}
	return "", nil
}

// sameText: every string attribute sent is there, unchanged (Ironclad
// reformats dates, money and the like, but keeps text as given).
func sameText(sent map[string]any, got ironclad.Attributes) bool {
	compared := 0
	for k, v := range sent {
		want, ok := v.(string)
		if !ok {
			continue
		}
		var have string
		if raw, present := got[k]; !present || json.Unmarshal(raw, &have) != nil || have != want {
			return false
		}
		compared++
	}
	return compared > 0
}
