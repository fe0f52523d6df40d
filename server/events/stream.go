package events

import (
	"context"
	"sync"
	"sync/atomic"
)

// Pull lets a consumer of many subscriptions (the websocket transport: one
// per browser tab) hold no goroutine per idle subscription. Instead of a
// goroutine waiting on each channel, the broker calls Ready, on a short-lived
// goroutine of its own and never twice at once for one subscription, each
// time the channel returned by Stream holds a value or has been closed; Ready
// receives it without waiting.
type Pull struct {
	Ready      func()
	subscribed atomic.Bool
}

// Subscribed reports whether a Stream was opened under p: until then nothing
// calls Ready, and a consumer must wait on the channel itself.
func (p *Pull) Subscribed() bool { return p.subscribed.Load() }

type pullKey struct{}

// WithPull makes the subscriptions opened with ctx pulled through p.
func WithPull(ctx context.Context, p *Pull) context.Context {
	return context.WithValue(ctx, pullKey{}, p)
}

func pullFrom(ctx context.Context) *Pull {
	p, _ := ctx.Value(pullKey{}).(*Pull)
	return p
}

// Stream subscribes to the topic's payloads of type T and returns them mapped
// by f; values f refuses (false) are skipped. f may take its time (read the
// database): it never runs on the publisher's goroutine, but on a goroutine
// that exists only while the subscription has events to hand over. Publishing
// stays non-blocking: a subscriber with bufSize events not yet mapped is
// dropped, its channel closed.
func Stream[T, U any](ctx context.Context, b *Broker, topic string, f func(T) (U, bool)) <-chan U {
	ch, _ := StreamFrom(ctx, b, topic, f, nil)
	return ch
}

// StreamFrom is Stream starting with what read returns, read once
// subscribed: the state now, then its changes (a change made in between comes
// twice, never not at all). read may be nil.
func StreamFrom[T, U any](ctx context.Context, b *Broker, topic string, f func(T) (U, bool), read func() ([]U, error)) (<-chan U, error) {
	pull := pullFrom(ctx)
	var first []U // handed over before anything from in
	in := make(chan T, b.bufSize)
	out := make(chan U, 1)
	// drain hands over what in holds, and reports whether in is closed.
	var p *pump
	drain := func() (closed bool) {
		p.mu.Lock()
		now := first
		first = nil
		p.mu.Unlock()
		for len(now) > 0 {
			u := now[0]
			now = now[1:]
			select {
			case out <- u:
			case <-ctx.Done():
				continue
			}
			if pull != nil {
				pull.Ready()
			}
		}
		for {
			select {
			case v, ok := <-in:
				if !ok {
					close(out)
					if pull != nil {
						pull.Ready()
					}
					return true
				}
				u, keep := f(v)
				if !keep {
					continue
				}
				select {
				case out <- u:
				case <-ctx.Done():
					continue // nobody will receive it; wait for in to close
				}
				if pull != nil {
					pull.Ready()
				}
			default:
				return false
			}
		}
	}
	p = &pump{drain: drain, held: read != nil}
	b.add(ctx, topic, &subscriber{
		offer: func(ev Event) bool {
			sent, room := offer(in, ev)
			if sent {
				p.kick()
			}
			return room
		},
		close: func() {
			close(in)
			p.kick()
		},
	})
	if read != nil {
		now, err := read()
		if err != nil {
			return nil, err
		}
		p.mu.Lock()
		first, p.held = now, false
		p.mu.Unlock()
		p.kick()
	}
	if pull != nil {
		pull.subscribed.Store(true)
	}
	return out, nil
}

// pump runs drain on a goroutine of its own while there is something to
// drain, one run at a time.
type pump struct {
	drain         func() (closed bool)
	mu            sync.Mutex
	running, more bool
	closed        bool
	held          bool // nothing is handed over before the state read first
}

func (p *pump) kick() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.running {
		p.more = true // the running drain may have looked before this value arrived
		return
	}
	if p.closed || p.held {
		return
	}
	p.running = true
	go p.run()
}

func (p *pump) run() {
	for {
		closed := p.drain()
		p.mu.Lock()
		if closed || !p.more {
			p.running, p.closed = false, closed
			p.mu.Unlock()
			return
		}
		p.more = false
		p.mu.Unlock()
	}
}
