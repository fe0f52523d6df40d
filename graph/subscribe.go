package graph

import (
	"context"

	"tradewind/server/events"
)

// subscribe turns a broker topic into a typed channel for gqlgen. The channel
// closes when the client goes away or falls too far behind (the broker drops
// slow subscribers rather than wait for them).
func subscribe[T any](ctx context.Context, b *events.Broker, topic string) <-chan T {
	return events.Subscribe[T](ctx, b, topic)
}

// subscribeWhere is subscribe passing on only the values keep accepts. keep
// may read the database; an idle subscription holds no goroutine for it.
func subscribeWhere[T any](ctx context.Context, b *events.Broker, topic string, keep func(T) bool) <-chan T {
	return events.Stream(ctx, b, topic, func(v T) (T, bool) { return v, keep(v) })
}

// subscribeWhereFrom is subscribeWhere starting with what read returns (when
// read is not nil), read once subscribed: the state now, then its changes.
func subscribeWhereFrom[T any](ctx context.Context, b *events.Broker, topic string, keep func(T) bool, read func() ([]T, error)) (<-chan T, error) {
	return events.StreamFrom(ctx, b, topic, func(v T) (T, bool) { return v, keep(v) }, read)
}

// subscribeMapped is subscribe passing on f's result for each value, or
// nothing when f refuses it (false).
func subscribeMapped[T, U any](ctx context.Context, b *events.Broker, topic string, f func(T) (U, bool)) <-chan U {
	return events.Stream(ctx, b, topic, f)
}
