package integration

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"tradewind/ent"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/server/database"
	"tradewind/server/ironclad"
	"tradewind/server/jobs"
)

// WebhookEvents are the events Tradewind follows: workflow progress,
// approvals, signatures and comments.
func WebhookEvents() []ironclad.EventType {
	return []ironclad.EventType{
		ironclad.EventWorkflowLaunched, ironclad.EventWorkflowUpdated, ironclad.EventWorkflowCancelled,
		ironclad.EventWorkflowCompleted, ironclad.EventWorkflowPaused, ironclad.EventWorkflowResumed,
		ironclad.EventWorkflowStepUpdated, ironclad.EventWorkflowAttributeUpdated, ironclad.EventApprovalStatusChanged,
		ironclad.EventCommentAdded, ironclad.EventCommentUpdated, ironclad.EventCommentRemoved,
		ironclad.EventSignaturePacketSent, ironclad.EventSignaturePacketCancelled, ironclad.EventSignaturePacketFullySigned,
		ironclad.EventSignaturesCollected, ironclad.EventSignerAdded, ironclad.EventSignerRemoved, ironclad.EventSignerReassigned,
	}
}

// ensureWebhook makes sure an enabled registration for targetURL exists:
// the known one (knownID), else one already registered for the URL (Ironclad
// allows one per URL, so a previous connect's is re-used), else a new one.
// A disabled registration is enabled again.
func (s *Service) ensureWebhook(ctx context.Context, c *ironclad.Client, targetURL, knownID string) (*ironclad.Webhook, error) {
	var wh *ironclad.Webhook
	if knownID != "" {
		got, err := c.GetWebhook(ctx, knownID)
		switch {
		case err == nil && got.TargetURL == targetURL:
			wh = got
		case err != nil && !ironclad.IsNotFound(err):
			return nil, err
		}
	}
	if wh == nil {
		found, err := findWebhook(ctx, c, targetURL)
		if err != nil {
			return nil, err
		}
		wh = found
	}
	if wh == nil {
		return c.CreateWebhook(ctx, ironclad.WebhookCreate{Events: WebhookEvents(), TargetURL: targetURL})
	}
	if wh.Status != ironclad.WebhookEnabled {
		return c.UpdateWebhook(ctx, wh.ID, ironclad.WebhookUpdate{Status: ironclad.WebhookEnabled, Events: WebhookEvents()})
	}
	return wh, nil
}

// findWebhook pages through the registrations (no count: a full page means
// there may be more).
func findWebhook(ctx context.Context, c *ironclad.Client, targetURL string) (*ironclad.Webhook, error) {
	const pageSize = 100
	for page := 0; page < 50; page++ {
		p, err := c.ListWebhooks(ctx, ironclad.PageParams{Page: page, PageSize: pageSize})
		if err != nil {
			return nil, err
		}
		for i := range p.List {
			if p.List[i].TargetURL == targetURL {
				return &p.List[i], nil
			}
		}
		if len(p.List) < pageSize {
			return nil, nil
		}
	}
	return nil, nil
}

// maxWebhookBody bounds a delivery; Ironclad's are a few hundred bytes.
const maxWebhookBody = 1 << 20

// WebhookHandler serves POST /webhooks/ironclad/{connectionId}: verify the
// signature with the connection's key, store the event durably as a sync
// event (a duplicate changes nothing), answer 2xx at once.
func (s *Service) WebhookHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "use POST", http.StatusMethodNotAllowed)
			return
		}
		status := s.receive(r.Context(), pulid.ID(r.PathValue("connectionId")), r)
		w.WriteHeader(status)
	})
}

func (s *Service) receive(ctx context.Context, id pulid.ID, r *http.Request) int {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxWebhookBody))
	if err != nil {
		return http.StatusBadRequest
	}
	c, err := s.cfg.Client.Connection.Get(ctx, id)
	if err != nil {
		return http.StatusNotFound
	}
	l, err := s.liveFor(ctx, c)
	if err != nil {
		return http.StatusNotFound
	}
	ev, err := l.verifier.Verify(ctx, r.Header, body)
	switch {
	case errors.Is(err, ironclad.ErrReplayedEvent):
		return http.StatusOK
	case errors.Is(err, ironclad.ErrStaleEvent):
		return http.StatusBadRequest
	case err != nil:
		s.cfg.Logger.WarnContext(ctx, "webhook refused", "connection", id, "error", err)
		return http.StatusUnauthorized
	}
	stored, err := s.storeEvent(ctx, c, ev)
	if ent.IsConstraintError(err) {
		return http.StatusOK // a duplicate delivery: already stored
	}
	if err != nil {
		s.cfg.Logger.ErrorContext(ctx, "storing a webhook", "connection", id, "error", err)
		return http.StatusInternalServerError
	}
	s.publishSyncEvent(ctx, stored)
	return http.StatusOK
}

func (s *Service) storeEvent(ctx context.Context, c *ent.Connection, ev *ironclad.WebhookEvent) (*ent.SyncEvent, error) {
	var payload map[string]any
	_ = json.Unmarshal(ev.Raw, &payload)
	summary := string(ev.Type())
	if ev.Payload.WorkflowID != "" {
		summary += " on workflow " + ev.Payload.WorkflowID
	}
	// The job applying it is inserted in the same transaction: a stored
	// event is always applied, and a duplicate (refused by the unique
	// event id) enqueues nothing.
	ctx = database.WithSQLTxSlot(ctx)
	tx, err := s.cfg.Client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	stored, err := tx.SyncEvent.Create().SetDirection(syncevent.DirectionINBOUND).SetKind(string(ev.Type())).
		SetStatus(syncevent.StatusPENDING).SetSummary(summary).SetAttempts(1).SetIroncladEventID(ev.ID).
		SetPayload(payload).SetConnection(c).Save(ctx)
	if err == nil && s.cfg.Queue != nil {
		err = s.cfg.Queue.InsertTx(ctx, jobs.ApplyWebhookArgs{SyncEventID: string(stored.ID)}, nil)
	}
	if err != nil {
		_ = tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return stored.Unwrap(), nil
}
