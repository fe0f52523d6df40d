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
}

type faultInjector struct {
	mu sync.Mutex
	f  Faults
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
	fi.mu.Lock()
	fi.f = f
	fi.mu.Unlock()
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
)

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

// injectFaults applies configured latency, forced 429s and random 5xx; it
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
		WriteAPIError(w, &APIError{Status: http.StatusInternalServerError, Code: "SERVER_ERROR", Message: "internal server error (injected fault)"})
		return false
	}
	return true
}

func WriteTooMany(w http.ResponseWriter, wait time.Duration, message string) {
	w.Header().Set("Retry-After", strconv.Itoa(int(math.Max(1, math.Ceil(wait.Seconds())))))
	WriteAPIError(w, &APIError{Status: http.StatusTooManyRequests, Code: "TOO_MANY_REQUESTS", Message: message})
}
