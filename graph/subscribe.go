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
