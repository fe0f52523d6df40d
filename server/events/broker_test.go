package events

import (
	"context"
	"testing"
)

func TestSlowSubscriberIsDroppedWithoutBlockingOthers(t *testing.T) {
	b := NewBroker(2)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	slow := b.Subscribe(ctx, "t")
	fast := b.Subscribe(ctx, "t")
	got := 0
	for i := 0; i < 10; i++ {
		b.Publish(Event{Topic: "t", Data: i}) // must never block
		if ev, ok := <-fast; ok && ev.Data == i {
			got++
		}
	}
	if got != 10 {
		t.Fatalf("fast subscriber got %d of 10 events", got)
	}
	n := 0
	for range slow {
		n++
	}
	if n != 2 {
		t.Fatalf("slow subscriber got %d buffered events before being dropped, want 2", n)
	}
	if b.Subscribers("t") != 1 {
		t.Fatalf("subscribers = %d, want 1 (the slow one dropped)", b.Subscribers("t"))
	}
}

func TestCancelledSubscriberIsRemoved(t *testing.T) {
	b := NewBroker(1)
	ctx, cancel := context.WithCancel(context.Background())
	ch := b.Subscribe(ctx, "t")
	cancel()
	if _, ok := <-ch; ok {
		t.Fatal("channel still open after cancel")
	}
	if b.Subscribers("t") != 0 {
		t.Fatal("subscriber not removed")
	}
	b.Publish(Event{Topic: "t"}) // no subscribers: no panic, no block
}
