package integration

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/riverqueue/river"

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
	// The live connection, when cached, is current: any change to the
	// connection drops it on every replica (Watch).
	l := s.cached(id)
	if l == nil {
		c, err := s.cfg.Client.Connection.Get(ctx, id)
		if err != nil {
			return http.StatusNotFound
		}
		if l, err = s.liveFor(ctx, c); err != nil {
			return http.StatusNotFound
		}
	}
	c := l.conn
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
	stored, duplicate, err := s.storeEvent(ctx, c, ev)
	if duplicate || ent.IsConstraintError(err) {
		return http.StatusOK // a duplicate delivery: already stored
	}
	if err != nil {
		s.cfg.Logger.ErrorContext(ctx, "storing a webhook", "connection", id, "error", err)
		return http.StatusInternalServerError
	}
	s.publishSyncEvent(ctx, stored)
	return http.StatusOK
}

// storeEvent stores a verified event with the job applying it, unless an
// event with its id is stored already (duplicate is then true). Deliveries
// arriving together are stored together, in one transaction (group commit):
// on SQLite each transaction takes the one write lock, so storing them one by
// one would queue every delivery behind every other's commit.
func (s *Service) storeEvent(ctx context.Context, c *ent.Connection, ev *ironclad.WebhookEvent) (stored *ent.SyncEvent, duplicate bool, err error) {
	p := &pendingEvent{conn: c, ev: ev, done: make(chan struct{})}
	s.inbox.mu.Lock()
	s.inbox.queue = append(s.inbox.queue, p)
	lead := !s.inbox.storing
	s.inbox.storing = true
	s.inbox.mu.Unlock()
	if lead {
		go s.storeQueued() //nolint:gosec // stores the others' deliveries too: it must outlive this request
	}
	select {
	case <-p.done:
		return p.stored, p.duplicate, p.err
	case <-ctx.Done():
		return nil, false, ctx.Err() // it may still be stored: Ironclad's retry is then a duplicate
	}
}

// inbox is the queue of verified events waiting to be stored.
type inbox struct {
	mu      sync.Mutex
	queue   []*pendingEvent
	storing bool // a storeQueued goroutine is running
}

type pendingEvent struct {
	conn      *ent.Connection
	ev        *ironclad.WebhookEvent
	done      chan struct{}
	stored    *ent.SyncEvent
	duplicate bool
	err       error
}

// maxWebhookBatch bounds one transaction.
const maxWebhookBatch = 500

// storeQueued stores the queued events, a batch per transaction, until the
// queue is empty.
func (s *Service) storeQueued() {
	for {
		s.inbox.mu.Lock()
		batch := s.inbox.queue[:min(len(s.inbox.queue), maxWebhookBatch)]
		s.inbox.queue = s.inbox.queue[len(batch):]
		if len(batch) == 0 {
			s.inbox.storing = false
			s.inbox.queue = nil
			s.inbox.mu.Unlock()
			return
		}
		s.inbox.mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		if err := s.storeBatch(ctx, batch); err != nil {
			// One of them failed (another replica stored the same event
			// meanwhile, say): store each alone.
			for _, p := range batch {
				p.stored, p.duplicate = nil, false
				p.err = s.storeBatch(ctx, []*pendingEvent{p})
			}
		}
		cancel()
		for _, p := range batch {
			close(p.done)
		}
	}
}

// storeBatch stores the batch's new events and their jobs in one
// transaction. An event already stored, or twice in the batch, is a
// duplicate: stored once, applied once.
func (s *Service) storeBatch(ctx context.Context, batch []*pendingEvent) error {
	ctx = database.WithSQLTxSlot(ctx)
	tx, err := s.cfg.Client.Tx(ctx)
	if err != nil {
		return err
	}
	ids := make([]string, len(batch))
	for i, p := range batch {
		ids[i] = p.ev.ID
	}
	existing, err := tx.SyncEvent.Query().Where(syncevent.IroncladEventIDIn(ids...)).Select(syncevent.FieldIroncladEventID).Strings(ctx)
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	seen := map[string]bool{}
	for _, id := range existing {
		seen[id] = true
	}
	var fresh []*pendingEvent
	var creates []*ent.SyncEventCreate
	for _, p := range batch {
		if seen[p.ev.ID] {
			p.duplicate = true
			continue
		}
		seen[p.ev.ID] = true
		fresh = append(fresh, p)
		var payload map[string]any
		_ = json.Unmarshal(p.ev.Raw, &payload)
		summary := string(p.ev.Type())
		if p.ev.Payload.WorkflowID != "" {
			summary += " on workflow " + p.ev.Payload.WorkflowID
		}
		creates = append(creates, tx.SyncEvent.Create().SetDirection(syncevent.DirectionINBOUND).SetKind(string(p.ev.Type())).
			SetStatus(syncevent.StatusPENDING).SetSummary(summary).SetAttempts(1).SetIroncladEventID(p.ev.ID).
			SetPayload(payload).SetConnection(p.conn))
	}
	if len(creates) > 0 {
		// The jobs applying them are inserted in the same transaction: a
		// stored event is always applied.
		stored, err := tx.SyncEvent.CreateBulk(creates...).Save(ctx)
		if err == nil && s.cfg.Queue != nil {
			args := make([]river.JobArgs, len(stored))
			for i, e := range stored {
				args[i] = jobs.ApplyWebhookArgs{SyncEventID: string(e.ID)}
			}
			err = s.cfg.Queue.InsertManyTx(ctx, args)
		}
		if err != nil {
			_ = tx.Rollback()
			return err
		}
		for i, e := range stored {
			fresh[i].stored = e.Unwrap()
		}
	}
	return tx.Commit()
}
