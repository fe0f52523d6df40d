package core

import (
	"strings"
	"sync"
	"time"
)

// RateLimits are requests allowed per company and bucket in each Window
// (API.md §14). Zero fields take Ironclad's published limits.
type RateLimits struct {
	WorkflowReads  int           `json:"workflowReads"`  // GET /workflows*: 400
	WorkflowWrites int           `json:"workflowWrites"` // POST/PATCH/DELETE /workflows*: 40
	Webhooks       int           `json:"webhooks"`       // /webhooks*: 600
	Other          int           `json:"other"`          // everything else: 800
	Window         time.Duration `json:"-"`              // 1 minute
}

func (r RateLimits) withDefaults() RateLimits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&r.WorkflowReads, 400)
	def(&r.WorkflowWrites, 40)
	def(&r.Webhooks, 600)
	def(&r.Other, 800)
	if r.Window <= 0 {
		r.Window = time.Minute
	}
	return r
}

// Buckets as Ironclad names them.
const (
	bucketWorkflowRead  = "pub:workflows:read"
	bucketWorkflowWrite = "pub:workflows:write"
	bucketWebhooks      = "pub:webhooks"
	bucketOther         = "pub:other"
)

// BucketFor classifies an API path (relative to /public/api/v1).
func BucketFor(method, apiPath string) string {
	switch {
	case strings.HasPrefix(apiPath, "/workflows") && (method == "GET" || method == "HEAD"):
		return bucketWorkflowRead
	case strings.HasPrefix(apiPath, "/workflows"):
		return bucketWorkflowWrite
	case strings.HasPrefix(apiPath, "/webhooks"):
		return bucketWebhooks
	}
	return bucketOther
}

// rateLimiter counts requests in fixed windows per company and bucket.
type rateLimiter struct {
	mu      sync.Mutex
	limits  RateLimits
	windows map[string]*window
}

type window struct {
	start time.Time
	count int
}

func newRateLimiter(l RateLimits) *rateLimiter {
	return &rateLimiter{limits: l, windows: map[string]*window{}}
}

func (l *rateLimiter) limit(bucket string) int {
	switch bucket {
	case bucketWorkflowRead:
		return l.limits.WorkflowReads
	case bucketWorkflowWrite:
		return l.limits.WorkflowWrites
	case bucketWebhooks:
		return l.limits.Webhooks
	}
	return l.limits.Other
}

// Allow counts one request; when the bucket is full it reports how long
// until the window resets.
func (l *rateLimiter) Allow(companyID, bucket string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	key := companyID + "|" + bucket
	w := l.windows[key]
	if w == nil || now.Sub(w.start) >= l.limits.Window {
		w = &window{start: now}
		l.windows[key] = w
	}
	if w.count >= l.limit(bucket) {
		return false, w.start.Add(l.limits.Window).Sub(now)
	}
	w.count++
	return true, 0
}

func (l *rateLimiter) SetLimits(r RateLimits) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.limits = r.withDefaults()
	l.windows = map[string]*window{}
}

func (l *rateLimiter) Current() RateLimits {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.limits
}
