package events

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// A pulled stream holds no goroutine while idle, maps and filters off the
// publisher's goroutine, and calls Ready once per value, then once at the end.
func TestPulledStreamHoldsNoGoroutineWhileIdle(t *testing.T) {
	b := NewBroker(8)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	before := runtime.NumGoroutine()
	ready := make(chan struct{}, 16)
	pull := &Pull{Ready: func() { ready <- struct{}{} }}
	var streams []<-chan string
	for range 100 {
		streams = append(streams, Stream(WithPull(ctx, pull), b, "t", func(n int) (string, bool) {
			return "even", n%2 == 0
		}))
	}
	if !pull.Subscribed() {
		t.Fatal("Subscribed() = false after Stream")
	}
	if n := runtime.NumGoroutine() - before; n > 1 { // a context.AfterFunc may not have parked yet
		t.Fatalf("100 idle streams hold %d goroutines", n)
	}
	b.Publish(Event{Topic: "t", Data: 1}) // filtered out
	b.Publish(Event{Topic: "t", Data: 2})
	for i := range streams {
		select {
		case <-ready:
		case <-time.After(10 * time.Second):
			t.Fatalf("stream %d: Ready not called", i)
		}
	}
	got := 0
	for _, s := range streams {
		select {
		case v := <-s:
			if v != "even" {
				t.Fatalf("got %q", v)
			}
			got++
		default:
		}
	}
	if got != 100 {
		t.Fatalf("%d of 100 streams held the value when Ready was called", got)
	}
	select {
	case <-ready:
		t.Fatal("Ready called for a value the filter refused")
	default:
	}
	cancel()
	for range streams {
		select {
		case <-ready:
		case <-time.After(10 * time.Second):
			t.Fatal("Ready not called when the stream ended")
		}
	}
	for _, s := range streams {
		if _, ok := <-s; ok {
			t.Fatal("stream still open after its context ended")
		}
	}
}
