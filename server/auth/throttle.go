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

// blocked returns how long key must wait, or 0.
func (t *throttle) blocked(key string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	recent := t.prune(key)
	if len(recent) < t.limit {
		return 0
	}
	return recent[0].Add(t.window).Sub(t.now())
}

func (t *throttle) fail(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.entries[key] = append(t.prune(key), t.now())
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
