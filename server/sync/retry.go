package sync

import (
	"context"

	"tradewind/ent"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/ent/user"
	"tradewind/server/apperr"
	"tradewind/server/jobs"
)

// CanRetry is the rule for a ledger entry's Retry: a webhook whose apply
// failed or is still being retried (River backs off for hours) may be
// applied again now. Applying reads Ironclad's current state, so a retry
// beside River's own next attempt changes nothing twice. A failed call to
// Ironclad is retried from its task instead (retryTask). Admins only, as
// retrySyncEvent in the schema.
func CanRetry(viewer *ent.User, ev *ent.SyncEvent) bool {
	return viewer != nil && viewer.Role == user.RoleADMIN && ev.Direction == syncevent.DirectionINBOUND &&
		(ev.Status == syncevent.StatusFAILED || ev.Status == syncevent.StatusRETRYING)
}

// RetryWebhook applies a stored webhook again now: the entry goes back to
// RETRYING and its job is inserted in client's transaction. Admins only:
// retrySyncEvent's @hasRole checks the caller.
func (s *Service) RetryWebhook(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.SyncEvent, error) {
	ev, err := client.SyncEvent.Query().Where(syncevent.ID(id)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("ledger entry")
	}
	if err != nil {
		return nil, err
	}
	if !CanRetry(&ent.User{Role: user.RoleADMIN}, ev) {
		return nil, apperr.Conflict("Only a webhook whose apply failed or is being retried can be retried; this entry is %s.", ev.Status)
	}
	saved, err := client.SyncEvent.UpdateOne(ev).SetStatus(syncevent.StatusRETRYING).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.queue.InsertTx(ctx, jobs.ApplyWebhookArgs{SyncEventID: string(id)}, nil); err != nil {
		return nil, err
	}
	s.conns.PublishSyncEvent(ctx, saved)
	return saved, nil
}
