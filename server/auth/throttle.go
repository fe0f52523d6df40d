package auth

import (
	"sync"
	"time"
)

// throttle counts failed sign-ins per key (an email, an IP) in a sliding
// window and refuses further attempts once the limit is reached.
type throttle struct {
	mu      sync.Mutex
	limit   int
	window  time.Duration
	now     func() time.Time
	entries map[string][]time.Time
}

func newThrottle(limit int, window time.Duration, now func() time.Time) *throttle {
	return &throttle{limit: limit, window: window, now: now, entries: map[string][]time.Time{}}
}

// reserve counts an attempt on key as a failure now, unless key is
// blocked: then it returns how long to wait. Checking and counting under one
// lock is what stops a burst of parallel attempts from all getting through.
func (t *throttle) reserve(key string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	recent := t.prune(key)
	if len(recent) >= t.limit {
		return recent[0].Add(t.window).Sub(t.now())
	}
	t.entries[key] = append(recent, t.now())
	return 0
}

// release takes back the latest reservation on key (the attempt succeeded,
// or failed on our side).
func (t *throttle) release(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if list := t.entries[key]; len(list) > 0 {
		t.entries[key] = list[:len(list)-1]
	}
	t.prune(key)
}

func (t *throttle) reset(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.entries, key)
}

func (t *throttle) prune(key string) []time.Time {
	cutoff := t.now().Add(-t.window)
	list := t.entries[key]
	i := 0
	for i < len(list) && !list[i].After(cutoff) {
		i++
	}
	list = list[i:]
	if len(list) == 0 {
		delete(t.entries, key)
	} else {
		t.entries[key] = list
	}
	return list
}
