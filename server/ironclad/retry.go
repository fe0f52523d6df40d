package ironclad

import (
	"context"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// RetryPolicy says how hard a call tries. Zero fields take the defaults of
// DefaultRetryPolicy, so tests can shrink only the delays.
type RetryPolicy struct {
	// MaxAttempts counts the first try; 1 disables retries.
	MaxAttempts int
	// BaseDelay is the first backoff; it doubles per attempt up to MaxDelay,
	// and each wait is drawn between half of it and all of it (jitter), so
	// clients that failed together do not come back together.
	BaseDelay time.Duration
	MaxDelay  time.Duration
	// AttemptTimeout bounds one HTTP exchange. A timed-out attempt is retried
	// only when the call is idempotent.
	AttemptTimeout time.Duration
	// MaxRetryAfter is the longest Retry-After a call waits in place. A longer
	// one returns the 429 (Error.RetryAfter set) so a background job can be
	// rescheduled instead of holding a goroutine.
	MaxRetryAfter time.Duration
}

// DefaultRetryPolicy suits calls made from background jobs and requests.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{
		MaxAttempts:    5,
		BaseDelay:      500 * time.Millisecond,
		MaxDelay:       20 * time.Second,
		AttemptTimeout: 60 * time.Second,
		MaxRetryAfter:  2 * time.Minute,
	}
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	d := DefaultRetryPolicy()
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = d.MaxAttempts
	}
	if p.BaseDelay <= 0 {
		p.BaseDelay = d.BaseDelay
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = d.MaxDelay
	}
	if p.AttemptTimeout <= 0 {
		p.AttemptTimeout = d.AttemptTimeout
	}
	if p.MaxRetryAfter <= 0 {
		p.MaxRetryAfter = d.MaxRetryAfter
	}
	return p
}

// backoff is the wait before attempt n+1 after n failed attempts.
func (p RetryPolicy) backoff(failed int) time.Duration {
	d := p.BaseDelay
	for i := 1; i < failed && d < p.MaxDelay; i++ {
		d *= 2
	}
	d = min(d, p.MaxDelay)
	half := d / 2
	return half + rand.N(d-half+1)
}

// parseRetryAfter reads delta-seconds or an HTTP date; anything else is
// ignored and the caller falls back to its own backoff.
func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if secs, err := strconv.Atoi(v); err == nil {
		return max(time.Duration(secs)*time.Second, 0)
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(at.Sub(now), 0)
	}
	return 0
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
