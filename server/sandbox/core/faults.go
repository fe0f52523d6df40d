package core

import (
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Faults disturb API and token responses so Tradewind can be tested against
// an unreliable Ironclad. Webhook delivery faults live in package webhooks.
type Faults struct {
	Latency   time.Duration `json:"-"`
	LatencyMS int64         `json:"latencyMs"`
	// ErrorRate is the probability (0..1) of answering 500 instead.
	ErrorRate float64 `json:"errorRate"`
	// Force429 answers the next N requests with 429.
	Force429 int `json:"force429"`
	// DropAfterCreate lets the next N workflow creations (POST /workflows
	// and POST /workflows/async) happen in full, then closes the connection
	// without an answer: the client cannot tell whether it launched.
	DropAfterCreate int `json:"dropAfterCreate"`
	// ErrorAfterCreate lets the next N workflow creations happen in full,
	// then answers them 500 with Ironclad's error body.
	ErrorAfterCreate int `json:"errorAfterCreate"`
	// HoldCommentAnswers makes comment creations (POST
	// /workflows/{id}/comments) happen in full, webhooks included, and
	// answer only once it is switched off: the webhook of a comment then
	// reaches the client before the answer to its own create call.
	HoldCommentAnswers bool `json:"holdCommentAnswers"`
	// CommentDeleteOff answers DELETE /workflows/{id}/comments/{commentId}
	// as an absent route, as real Ironclad does, where Config.CommentDelete
	// offers it: switches the endpoint off at run time.
	CommentDeleteOff bool `json:"commentDeleteOff"`
}

type faultInjector struct {
	mu sync.Mutex
	f  Faults
	// released is closed when HoldCommentAnswers is switched off.
	released chan struct{}
}

func newFaultInjector(f Faults) *faultInjector {
	fi := &faultInjector{}
	fi.Set(f)
	return fi
}

func (fi *faultInjector) Set(f Faults) {
	if f.Latency == 0 {
		f.Latency = time.Duration(f.LatencyMS) * time.Millisecond
	}
	f.LatencyMS = f.Latency.Milliseconds()
	f.ErrorRate = min(max(f.ErrorRate, 0), 1)
	f.DropAfterCreate, f.ErrorAfterCreate = max(f.DropAfterCreate, 0), max(f.ErrorAfterCreate, 0)
	fi.mu.Lock()
	fi.f = f
	switch {
	case f.HoldCommentAnswers && fi.released == nil:
		fi.released = make(chan struct{})
	case !f.HoldCommentAnswers && fi.released != nil:
		close(fi.released)
		fi.released = nil
	}
	fi.mu.Unlock()
}

// HoldCommentAnswer waits while HoldCommentAnswers is on (or until the
// client gives up); it reports whether to answer.
func (s *Sim) HoldCommentAnswer(r *http.Request) bool {
	s.Faults.mu.Lock()
	held := s.Faults.released
	s.Faults.mu.Unlock()
	if held == nil {
		return true
	}
	select {
	case <-held:
		return true
	case <-r.Context().Done():
		return false
	}
}

func (fi *faultInjector) Get() Faults {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	return fi.f
}

// fault is what to do with one request.
type fault int

const (
	faultNone fault = iota
	fault429
	fault500
	faultDrop
)

// errInjected is the answer of an injected server error.
var errInjected = &APIError{Status: http.StatusInternalServerError, Code: "SERVER_ERROR", Message: "internal server error (injected fault)"}

// next decides the fault for one request and returns the latency to add.
func (fi *faultInjector) next() (fault, time.Duration) {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	switch {
	case fi.f.Force429 > 0:
		fi.f.Force429--
		return fault429, fi.f.Latency
	case fi.f.ErrorRate > 0 && rand.Float64() < fi.f.ErrorRate:
		return fault500, fi.f.Latency
	}
	return faultNone, fi.f.Latency
}

// InjectFaults applies configured latency, forced 429s and random 5xx; it
// reports whether the request should go on.
func (s *Sim) InjectFaults(w http.ResponseWriter, r *http.Request) bool {
	f, latency := s.Faults.next()
	if latency > 0 {
		select {
		case <-time.After(latency):
		case <-r.Context().Done():
			return false
		}
	}
	switch f {
	case fault429:
		WriteTooMany(w, time.Second, "rate limit exceeded (injected fault)")
		return false
	case fault500:
		WriteAPIError(w, errInjected)
		return false
	}
	return true
}

// createFaultPending reports whether the next workflow creation will be
// failed after the fact.
func (fi *faultInjector) createFaultPending() bool {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	return fi.f.DropAfterCreate > 0 || fi.f.ErrorAfterCreate > 0
}

// afterCreate takes the fault for a workflow creation that has happened.
func (fi *faultInjector) afterCreate() fault {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	switch {
	case fi.f.DropAfterCreate > 0:
		fi.f.DropAfterCreate--
		return faultDrop
	case fi.f.ErrorAfterCreate > 0:
		fi.f.ErrorAfterCreate--
		return fault500
	}
	return faultNone
}

// FailCreated applies DropAfterCreate or ErrorAfterCreate to the answer
// of a workflow creation that has happened; it reports whether it took
// over the answer.
func (s *Sim) FailCreated(w http.ResponseWriter) bool {
	switch s.Faults.afterCreate() {
	case faultDrop:
		dropConnection(w)
		return true
	case fault500:
		WriteAPIError(w, errInjected)
		return true
	}
	return false
}

// dropConnection closes the client's connection without an answer. Where
// the connection cannot be taken over (HTTP/2, a writer that does not
// unwrap), the handler aborts, which net/http also ends without an answer.
func dropConnection(w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close()
}

func WriteTooMany(w http.ResponseWriter, wait time.Duration, message string) {
	w.Header().Set("Retry-After", strconv.Itoa(int(math.Max(1, math.Ceil(wait.Seconds())))))
	WriteAPIError(w, &APIError{Status: http.StatusTooManyRequests, Code: "TOO_MANY_REQUESTS", Message: message})
}
