package webhooks

import (
	"bytes"
	"crypto/rsa"
	"io"
	"net/http"
	"slices"
	"time"
)

// DeliveryState is where one delivery (an event for one registration) is.
type DeliveryState string

const (
	DeliveryDelayed   DeliveryState = "delayed"   // waiting out Faults.Delay
	DeliveryHeld      DeliveryState = "held"      // held back by Faults.Reorder
	DeliveryPending   DeliveryState = "pending"   // queued, in flight or waiting for a retry
	DeliveryDelivered DeliveryState = "delivered" // a 2xx answer arrived
	DeliveryFailed    DeliveryState = "failed"    // retries exhausted, or 410
	DeliveryDropped   DeliveryState = "dropped"   // lost on purpose by Faults
	DeliveryAbandoned DeliveryState = "abandoned" // registration deleted or no longer enabled
)

func (s DeliveryState) terminal() bool {
	switch s {
	case DeliveryDelivered, DeliveryFailed, DeliveryDropped, DeliveryAbandoned:
		return true
	}
	return false
}

// maxDeliveryHistory bounds the finished deliveries kept for Deliveries(),
// so a long-running sandbox does not grow without limit.
const maxDeliveryHistory = 10000

// Attempt is one HTTP request of a delivery.
type Attempt struct {
	At     time.Time
	Status int    // HTTP status; 0 when no answer arrived
	Error  string // transport error, if any
}

// Delivery is one event sent to one registration, with its attempts.
type Delivery struct {
	EventID        string
	RegistrationID string
	Type           string
	TargetURL      string // of the latest attempt
	Body           []byte // exact bytes sent (and signed)
	PublishedAt    time.Time
	State          DeliveryState
	Attempts       []Attempt
	LastStatus     int
	Delivered      bool
	Duplicate      bool // the extra copy made by Faults.Duplicate
}

func (d *Delivery) clone() Delivery {
	c := *d
	c.Body = slices.Clone(d.Body)
	c.Attempts = slices.Clone(d.Attempts)
	return c
}

// Deliveries returns copies of the recorded deliveries, oldest first.
func (h *Hub) Deliveries() []Delivery {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]Delivery, 0, len(h.deliveries))
	for _, d := range h.deliveries {
		out = append(out, d.clone())
	}
	return out
}

func (h *Hub) recordLocked(d *Delivery) {
	h.deliveries = append(h.deliveries, d)
	excess := len(h.deliveries) - maxDeliveryHistory
	if excess <= 0 {
		return
	}
	kept := make([]*Delivery, 0, maxDeliveryHistory)
	for _, old := range h.deliveries {
		if excess > 0 && old.State.terminal() {
			excess--
			continue
		}
		kept = append(kept, old)
	}
	h.deliveries = kept
}

// regQueue holds one registration's deliveries that are ready to be sent.
// One goroutine drains it at a time, so a registration receives its
// deliveries one after another in queue order; that keeps the default
// order faithful to publish order and makes Faults.Reorder deterministic.
type regQueue struct {
	ready   []*Delivery
	running bool
}

func (h *Hub) enqueueLocked(d *Delivery) {
	if h.closed {
		return
	}
	d.State = DeliveryPending
	q := h.queues[d.RegistrationID]
	if q == nil {
		q = &regQueue{}
		h.queues[d.RegistrationID] = q
	}
	q.ready = append(q.ready, d)
	if !q.running {
		q.running = true
		h.wg.Add(1)
		go h.drain(d.RegistrationID, q)
	}
}

// drain sends queued deliveries until the queue is empty or the hub closes;
// the next enqueue starts a new drain goroutine.
func (h *Hub) drain(regID string, q *regQueue) {
	defer h.wg.Done()
	for {
		h.mu.Lock()
		if h.closed || len(q.ready) == 0 {
			q.running = false
			if len(q.ready) == 0 && h.queues[regID] == q {
				delete(h.queues, regID)
			}
			h.mu.Unlock()
			return
		}
		d := q.ready[0]
		q.ready = q.ready[1:]
		target, key, ok := h.startAttemptLocked(d)
		h.mu.Unlock()
		if !ok {
			continue
		}
		status, err := h.send(target, key, d)
		h.mu.Lock()
		h.finishAttemptLocked(d, status, err)
		h.mu.Unlock()
	}
}

// startAttemptLocked abandons deliveries whose registration was deleted or
// is no longer enabled; a disabled webhook "will not be triggered". Retries
// go to the registration's current targetURL.
func (h *Hub) startAttemptLocked(d *Delivery) (string, *rsa.PrivateKey, bool) {
	reg, ok := h.regs[d.RegistrationID]
	if !ok || reg.Status != StatusEnabled {
		d.State = DeliveryAbandoned
		return "", nil, false
	}
	d.TargetURL = reg.TargetURL
	return reg.TargetURL, h.key, true
}

// send makes one signed POST. d.EventID and d.Body never change after the
// delivery is created, so they are read without the lock.
func (h *Hub) send(target string, key *rsa.PrivateKey, d *Delivery) (int, error) {
	header, err := signDelivery(key, d.EventID, d.Body, newNonce())
	if err != nil {
		return 0, err
	}
	req, err := http.NewRequestWithContext(h.ctx, http.MethodPost, target, bytes.NewReader(d.Body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Ironclad-Webhooks (Tradewind sandbox)")
	req.Header.Set("X-Ironclad-Webhook-Event-Id", d.EventID)
	req.Header.Set("X-Ironclad-Webhook-Verification", header)
	resp, err := h.client.Do(req)
	if err != nil {
		return 0, err
	}
	// Drain a bounded amount so the connection can be reused.
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	_ = resp.Body.Close()
	return resp.StatusCode, nil
}

// finishAttemptLocked applies §13.5: 2xx resets the failure streak; 410
// disables the registration at once; any other answer or a transport error
// counts as a failure and is retried per the schedule.
func (h *Hub) finishAttemptLocked(d *Delivery, status int, err error) {
	if h.closed {
		// Close aborted the request; it says nothing about the receiver.
		return
	}
	now := h.now()
	at := Attempt{At: now, Status: status}
	if err != nil {
		at.Error = err.Error()
	}
	d.Attempts = append(d.Attempts, at)
	d.LastStatus = status
	reg := h.regs[d.RegistrationID]
	log := h.log.With("eventID", d.EventID, "webhookID", d.RegistrationID, "type", d.Type, "attempt", len(d.Attempts), "status", status)

	switch {
	case err == nil && status >= 200 && status < 300:
		d.State = DeliveryDelivered
		d.Delivered = true
		if reg != nil {
			reg.ConsecutiveFailureCount = 0
			reg.FirstConsecutiveFailure = time.Time{}
		}
		log.Debug("webhook delivered")
		return
	case err == nil && status == http.StatusGone:
		d.State = DeliveryFailed
		if reg != nil {
			reg.setStatus(StatusDisabledBySystem, updatedBySystem, now)
		}
		log.Info("webhook answered 410, registration disabled by system")
		return
	}

	log.Warn("webhook delivery failed", "err", err)
	if reg != nil {
		h.countFailureLocked(reg, now)
		if reg.Status != StatusEnabled {
			d.State = DeliveryFailed
			return
		}
	}
	retry := len(d.Attempts) - 1
	if retry >= len(h.retry) {
		d.State = DeliveryFailed
		return
	}
	h.afterLocked(h.retry[retry], func() { h.enqueueLocked(d) })
}

// countFailureLocked extends the failure streak and disables the
// registration once it has at least 100 failures over at least 7 days.
func (h *Hub) countFailureLocked(reg *Registration, now time.Time) {
	reg.ConsecutiveFailureCount++
	if reg.FirstConsecutiveFailure.IsZero() {
		reg.FirstConsecutiveFailure = now
	}
	if reg.ConsecutiveFailureCount >= disableAfterFailures && now.Sub(reg.FirstConsecutiveFailure) >= disableAfterSpan {
		reg.setStatus(StatusDisabledBySystem, updatedBySystem, now)
		h.log.Info("webhook disabled by system after consecutive failures",
			"webhookID", reg.ID, "failures", reg.ConsecutiveFailureCount, "since", reg.FirstConsecutiveFailure)
	}
}
