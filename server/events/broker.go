// Package events is the in-process broker that feeds GraphQL subscriptions.
// Publishers never block: each subscriber has a buffered channel, and a
// subscriber whose buffer is full is dropped (its channel closed) rather than
// waited for, so one slow browser cannot stall the others.
package events

import (
	"context"
	"sync"
)

// Event is one message on a topic.
type Event struct {
	Topic string
	Data  any
	// ID is the global ID of the entity in Data. Events with an ID are
	// relayed to the other replicas (see PostgresRelay), which re-read it.
	ID string
}

// Broker fans events out to subscribers.
type Broker struct {
	mu      sync.Mutex
	subs    map[string]map[*subscriber]struct{}
	bufSize int
	relay   func(Event) // set on Postgres: tells the other replicas
	load    Loader      // re-reads an entity by global ID, outside any transaction
}

type subscriber struct {
	offer  func(Event) bool // non-blocking send; false when the buffer is full
	close  func()
	closed bool
}

// NewBroker returns a broker whose subscribers buffer bufSize events.
func NewBroker(bufSize int) *Broker {
	return &Broker{subs: map[string]map[*subscriber]struct{}{}, bufSize: bufSize}
}

// Subscribe returns a channel of the topic's events until ctx ends (or the
// subscriber falls behind), when the channel is closed.
func (b *Broker) Subscribe(ctx context.Context, topic string) <-chan Event {
	return Subscribe[Event](ctx, b, topic)
}

// Subscribe returns a channel of the topic's payloads of type T (events whose
// Data is not a T are skipped; T may be Event itself). It costs one buffered
// channel and no goroutine: the broker sends straight into it, and the
// subscription is removed when ctx ends, without a goroutine waiting for that.
// Under a Pull (see WithPull) it is a Stream that keeps every value.
func Subscribe[T any](ctx context.Context, b *Broker, topic string) <-chan T {
	if pullFrom(ctx) != nil {
		return Stream(ctx, b, topic, func(v T) (T, bool) { return v, true })
	}
	ch := make(chan T, b.bufSize)
	b.add(ctx, topic, &subscriber{
		offer: func(ev Event) bool {
			v, ok := payload[T](ev)
			if !ok {
				return true
			}
			select {
			case ch <- v:
				return true
			default:
				return false
			}
		},
		close: func() { close(ch) },
	})
	return ch
}

// payload is ev as a T: ev itself when T is Event, else its Data.
func payload[T any](ev Event) (T, bool) {
	if v, ok := any(ev).(T); ok {
		return v, true
	}
	v, ok := ev.Data.(T)
	return v, ok
}

// add registers s under topic until ctx ends.
func (b *Broker) add(ctx context.Context, topic string, s *subscriber) {
	b.mu.Lock()
	if b.subs[topic] == nil {
		b.subs[topic] = map[*subscriber]struct{}{}
	}
	b.subs[topic][s] = struct{}{}
	b.mu.Unlock()
	context.AfterFunc(ctx, func() { b.remove(topic, s) })
}

// Publish delivers ev to every subscriber of its topic without blocking, and
// relays it to the other replicas when it names an entity.
func (b *Broker) Publish(ev Event) {
	b.deliver(ev)
	b.mu.Lock()
	relay := b.relay
	b.mu.Unlock()
	if relay != nil && ev.ID != "" {
		relay(ev)
	}
}

// SetLoader installs the function that re-reads entities by global ID.
func (b *Broker) SetLoader(load Loader) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.load = load
}

// SetRelay installs the function that forwards events to other replicas.
func (b *Broker) SetRelay(relay func(Event)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.relay = relay
}

// deliver publishes to this replica's subscribers only.
func (b *Broker) deliver(ev Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs[ev.Topic] {
		if !s.offer(ev) {
			b.closeLocked(ev.Topic, s) // too slow: drop it, never wait
		}
	}
}

// Subscribers counts the topic's subscribers.
func (b *Broker) Subscribers(topic string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs[topic])
}

func (b *Broker) remove(topic string, s *subscriber) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closeLocked(topic, s)
}

func (b *Broker) closeLocked(topic string, s *subscriber) {
	if s.closed {
		return
	}
	s.closed = true
	s.close()
	delete(b.subs[topic], s)
	if len(b.subs[topic]) == 0 {
		delete(b.subs, topic)
	}
}
