// Package events is the in-process broker that feeds GraphQL subscriptions.
// Publishers never block: each subscriber has a buffered channel, and a
// subscriber whose buffer is full is dropped (its channel closed) rather than
// waited for, so one slow browser cannot stall the others.
package events

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// Event is one message on a topic.
type Event struct {
	Topic string
	Data  any
	// ID is the global ID of the entity in Data. Events with an ID are
	// relayed to the other replicas (see PostgresRelay), which re-read it.
	ID string
	// Payload, for data that is no entity (e.g. an import's progress), is
	// Data encoded for the other replicas, which decode it with the Decoder
	// registered for the topic (Broker.SetDecoder). Keep it small: a
	// Postgres notification carries at most 8000 bytes.
	Payload json.RawMessage
}

// Decoder turns a relayed Payload back into an event's Data; load re-reads
// entities it names.
type Decoder func(ctx context.Context, payload json.RawMessage, load Loader) (any, error)

// Broker fans events out to subscribers.
type Broker struct {
	mu       sync.Mutex
	subs     map[string]map[*subscriber]struct{}
	bufSize  int
	relay    func(Event) // set on Postgres: tells the other replicas
	load     Loader      // re-reads an entity by global ID, outside any transaction
	decoders map[string]Decoder
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
			_, room := offer(ch, ev)
			return room
		},
		close: func() { close(ch) },
	})
	return ch
}

// offer sends ev's payload into ch if it is a T, without waiting: room is
// false when ch is full.
func offer[T any](ch chan<- T, ev Event) (sent, room bool) {
	v, ok := payload[T](ev)
	if !ok {
		return false, true
	}
	select {
	case ch <- v:
		return true, true
	default:
		return false, false
	}
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
	if relay != nil && (ev.ID != "" || ev.Payload != nil) {
		relay(ev)
	}
}

// SetLoader installs the function that re-reads entities by global ID.
func (b *Broker) SetLoader(load Loader) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.load = load
}

// SetDecoder installs the decoder of relayed payloads on the topics that
// start with prefix.
func (b *Broker) SetDecoder(prefix string, d Decoder) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.decoders == nil {
		b.decoders = map[string]Decoder{}
	}
	b.decoders[prefix] = d
}

// decode turns a relayed payload on topic back into Data.
func (b *Broker) decode(ctx context.Context, topic string, payload json.RawMessage) (any, error) {
	b.mu.Lock()
	var d Decoder
	for prefix, dec := range b.decoders {
		if strings.HasPrefix(topic, prefix) {
			d = dec
		}
	}
	load := b.load
	b.mu.Unlock()
	if d == nil {
		return nil, fmt.Errorf("no decoder for relayed events on %s", topic)
	}
	return d(ctx, payload, load)
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
