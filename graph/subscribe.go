package graph

import (
	"context"

	"tradewind/server/events"
)

// subscribe turns a broker topic into a typed channel for gqlgen. The channel
// closes when the client goes away or falls too far behind (the broker drops
// slow subscribers rather than wait for them).
func subscribe[T any](ctx context.Context, b *events.Broker, topic string) <-chan T {
	in := b.Subscribe(ctx, topic)
	out := make(chan T, 1)
	go func() {
		defer close(out)
		for ev := range in {
			v, ok := ev.Data.(T)
			if !ok {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}
