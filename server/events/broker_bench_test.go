package events_test

// Benchmarks behind docs/BENCHMARKS.md; run with
//
//	go test -run '^$' -bench . -benchmem ./server/events/

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"tradewind/server/events"
)

const bufSize = 64 // what server.New gives the broker

// BenchmarkPublish is one event reaching every subscriber of its topic: an op
// is Publish plus the wait until each subscriber's goroutine has received it
// (as graph.subscribe's goroutines do), so nobody falls behind and is dropped.
// The baseline, chan, is the same round trip over a plain buffered channel to
// one goroutine; chan-send is a buffered send alone (the receiver draining).
// Fan-out ops report ns/delivery (ns/op over subscribers), x-chan
// (ns/delivery over chan's ns/op) and publish-ns/op (time inside Publish,
// holding the broker's lock).
func BenchmarkPublish(b *testing.B) {
	ev := events.Event{Topic: "t", Data: 1}
	b.Run("chan-send", func(b *testing.B) {
		ch := make(chan events.Event, bufSize)
		done := make(chan struct{})
		go func() {
			for range ch {
			}
			close(done)
		}()
		for b.Loop() {
			ch <- ev
		}
		close(ch)
		<-done
	})
	var chanNs float64
	b.Run("chan", func(b *testing.B) {
		ch := make(chan events.Event, bufSize)
		var wg sync.WaitGroup
		go func() {
			for range ch {
				wg.Done()
			}
		}()
		defer close(ch)
		for b.Loop() {
			wg.Add(1)
			ch <- ev
			wg.Wait()
		}
		chanNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	for _, n := range []int{1, 100, 10_000} {
		b.Run(fmt.Sprintf("subscribers=%d", n), func(b *testing.B) {
			br := events.NewBroker(bufSize)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var wg sync.WaitGroup
			for range n {
				ch := br.Subscribe(ctx, ev.Topic)
				go func() {
					for range ch {
						wg.Done()
					}
				}()
			}
			var inPublish time.Duration
			for b.Loop() {
				wg.Add(n)
				start := time.Now()
				br.Publish(ev)
				inPublish += time.Since(start)
				wg.Wait()
			}
			if got := br.Subscribers(ev.Topic); got != n {
				b.Fatalf("%d of %d subscribers left: the broker dropped some", got, n)
			}
			perDelivery := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(n)
			b.ReportMetric(perDelivery, "ns/delivery")
			if chanNs > 0 {
				b.ReportMetric(perDelivery/chanNs, "x-chan")
			}
			b.ReportMetric(float64(inPublish.Nanoseconds())/float64(b.N), "publish-ns/op")
		})
	}
}

// BenchmarkIdleSubscribers is what an idle subscriber holds in the broker: an
// op subscribes 10,000 to a topic, measures heap in use plus goroutine
// stacks after a GC, and cancels them. It reports B/sub and goroutines/sub.
// A websocket subscription holds more (gqlgen's connection, graph.subscribe's
// goroutine): see BenchmarkWebsocketIdleSubscription in package server.
func BenchmarkIdleSubscribers(b *testing.B) {
	const n = 10_000
	br := events.NewBroker(bufSize)
	var bytes, goroutines float64
	for b.Loop() {
		before, beforeG := memInUse()
		ctx, cancel := context.WithCancel(context.Background())
		chans := make([]<-chan events.Event, n)
		for i := range chans {
			chans[i] = br.Subscribe(ctx, "t")
		}
		after, afterG := memInUse()
		bytes += float64(int64(after) - int64(before))
		goroutines += float64(afterG - beforeG)
		cancel()
		for _, ch := range chans {
			for range ch { // closed once the subscriber is removed
			}
		}
	}
	b.ReportMetric(bytes/float64(b.N*n), "B/sub")
	b.ReportMetric(goroutines/float64(b.N*n), "goroutines/sub")
}

// memInUse is heap in use plus goroutine stacks after a GC, and the goroutine count.
func memInUse() (uint64, int) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse + m.StackInuse, runtime.NumGoroutine()
}
