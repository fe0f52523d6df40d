package ironclad

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// bucket is one of Ironclad's rate-limit buckets (API.md §14). Limits are per
// company, so every client of one connection must draw from the same buckets.
type bucket int

const (
	bucketWorkflowReads  bucket = iota // GET /workflows*
	bucketWorkflowWrites               // POST/PUT/PATCH/DELETE /workflows*
	bucketWebhooks                     // /webhooks*
	bucketOther                        // everything else, schemas and OAuth helpers included
	bucketCount
)

// bucketFor classifies a call the way Ironclad does: by method and by the
// path below the API root. /workflow-schemas is not under /workflows.
func bucketFor(method, path string) bucket {
	switch {
	case path == "/workflows" || strings.HasPrefix(path, "/workflows/"):
		if method == http.MethodGet || method == http.MethodHead {
			return bucketWorkflowReads
		}
		return bucketWorkflowWrites
	case path == "/webhooks" || strings.HasPrefix(path, "/webhooks/"):
		return bucketWebhooks
	default:
		return bucketOther
	}
}

// Limits are Ironclad's allowances per Window for one company.
type Limits struct {
	WorkflowReads  int
	WorkflowWrites int
	Webhooks       int
	Other          int
	// Window is the period the counts apply to; a minute for Ironclad.
	// Tests shrink it.
	Window time.Duration
}

// DefaultLimits are Ironclad's production limits. Demo and test-mode
// companies have lower, undocumented ones: configure those per connection.
func DefaultLimits() Limits {
	return Limits{WorkflowReads: 400, WorkflowWrites: 40, Webhooks: 600, Other: 800, Window: time.Minute}
}

// The limiter aims at headroom of Ironclad's allowance and gives a backlog
// at least minShare of it.
const (
	headroom = 0.95
	minShare = 0.90
)

// Limiter paces the calls of one Ironclad connection. Create one per
// connection and pass it to every Client of that connection.
type Limiter struct {
	buckets [bucketCount]*rate.Limiter

	mu          sync.Mutex
	pausedUntil [bucketCount]time.Time
}

// NewLimiter builds a limiter; zero fields of limits take the defaults.
//
// A token bucket with burst b refilled at r lets at most b + r·W calls through
// in any window W, and r·W per window to a backlog. So the burst is 5% of n
// (at least 1) and the refill rate is what is left of 95% of n, but never
// under 90%: a backlog gets at least 90% of the allowance, and the 5%
// headroom absorbs network jitter (calls sent evenly can arrive bunched, and
// Ironclad counts arrivals). Below 20 calls per window the headroom is less
// than a call; counts are whole, so 1 + 0.9·n still never exceeds n.
func NewLimiter(limits Limits) *Limiter {
	d := DefaultLimits()
	if limits.Window <= 0 {
		limits.Window = d.Window
	}
	counts := [bucketCount]int{limits.WorkflowReads, limits.WorkflowWrites, limits.Webhooks, limits.Other}
	defaults := [bucketCount]int{d.WorkflowReads, d.WorkflowWrites, d.Webhooks, d.Other}
	l := &Limiter{}
	for i := range counts {
		n := counts[i]
		if n <= 0 {
			n = defaults[i]
		}
		burst := max(1, n/20)
		perWindow := max(float64(n)*headroom-float64(burst), float64(n)*minShare)
		l.buckets[i] = rate.NewLimiter(rate.Limit(perWindow/limits.Window.Seconds()), burst)
	}
	return l
}

// wait blocks until a call in bucket b may go, honouring a pause set by a
// 429 first so that every client of the connection backs off together.
func (l *Limiter) wait(ctx context.Context, b bucket) error {
	for {
		l.mu.Lock()
		until := l.pausedUntil[b]
		l.mu.Unlock()
		d := time.Until(until)
		if d <= 0 {
			break
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
	return l.buckets[b].Wait(ctx)
}

// pause stops bucket b for d, as Ironclad asked with a 429.
func (l *Limiter) pause(b bucket, d time.Duration) {
	until := time.Now().Add(d)
	l.mu.Lock()
	defer l.mu.Unlock()
	if until.After(l.pausedUntil[b]) {
		l.pausedUntil[b] = until
	}
}
