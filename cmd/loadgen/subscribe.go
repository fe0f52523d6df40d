package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Prometheus names read from the server's /metrics.
const (
	heapInuse  = "go_memstats_heap_inuse_bytes"
	stackInuse = "go_memstats_stack_inuse_bytes"
	rss        = "process_resident_memory_bytes"
	goroutines = "go_goroutines"
	cpuSeconds = "process_cpu_seconds_total"
)

// scrape reads the named unlabelled metrics from url's /metrics.
func scrape(client *http.Client, url string, names ...string) (map[string]float64, error) {
	resp, err := client.Get(url + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("/metrics: %s", resp.Status)
	}
	got := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), " ")
		if ok && slices.Contains(names, name) {
			if got[name], err = strconv.ParseFloat(value, 64); err != nil {
				return nil, fmt.Errorf("/metrics %s: %w", name, err)
			}
		}
	}
	if len(got) != len(names) {
		return nil, fmt.Errorf("/metrics lacks some of %v", names)
	}
	return got, sc.Err()
}

var memoryMetrics = []string{heapInuse, stackInuse, rss, goroutines}

// subscribeIdle opens o.subscribe idle subscriptions, reports the server's
// memory growth per subscription, holds them for o.duration and closes them.
func subscribeIdle(ctx context.Context, client *http.Client, auth credentials, o options, out io.Writer) error {
	before, err := scrape(client, o.url, memoryMetrics...)
	if err != nil {
		return err
	}
	var (
		mu       sync.Mutex
		conns    []*websocket.Conn
		failures = map[string]int{}
		lost     atomic.Int64 // closed by the server while held
		readers  sync.WaitGroup
		closing  atomic.Bool
	)
	open := func() error {
		c, err := openSubscription(ctx, o.url, auth, "subscription { auditEntryAdded { action } }")
		if err != nil {
			return err
		}
		mu.Lock()
		conns = append(conns, c)
		mu.Unlock()
		readers.Add(1)
		go func() { // answer pings; anything else on an idle subscription is news
			defer readers.Done()
			for {
				var m struct{ Type string }
				if err := c.ReadJSON(&m); err != nil {
					if !closing.Load() {
						lost.Add(1)
					}
					return
				}
				if m.Type == "ping" {
					_ = c.WriteJSON(map[string]any{"type": "pong"})
				}
			}
		}()
		return nil
	}

	fmt.Fprintf(out, "opening %d idle subscriptions (graphql-transport-ws, auditEntryAdded)\n", o.subscribe)
	start := time.Now()
	work := make(chan struct{})
	var dialers sync.WaitGroup
	for range 32 {
		dialers.Add(1)
		go func() {
			defer dialers.Done()
			for range work {
				if err := open(); err != nil {
					mu.Lock()
					failures[err.Error()]++
					mu.Unlock()
				}
			}
		}()
	}
	for range o.subscribe {
		work <- struct{}{}
	}
	close(work)
	dialers.Wait()
	fmt.Fprintf(out, "opened %d in %s, %d failed\n", len(conns), time.Since(start).Round(time.Millisecond), o.subscribe-len(conns))
	for msg, n := range failures {
		fmt.Fprintf(out, "failure ×%d: %s\n", n, msg)
	}
	if len(conns) == 0 {
		return fmt.Errorf("no subscription opened")
	}
	time.Sleep(o.settle)
	afterOpen, err := scrape(client, o.url, memoryMetrics...)
	if err != nil {
		return err
	}
	printMemory(out, fmt.Sprintf("after %s", o.settle), before, afterOpen, len(conns))
	if hold := o.duration - o.settle; hold > 0 {
		time.Sleep(hold)
		held, err := scrape(client, o.url, memoryMetrics...)
		if err != nil {
			return err
		}
		printMemory(out, fmt.Sprintf("after %s", o.duration), before, held, len(conns))
	}
	closing.Store(true)
	for _, c := range conns {
		c.Close()
	}
	readers.Wait()
	fmt.Fprintf(out, "closed by the server while held: %d\n", lost.Load())
	return nil
}

func printMemory(out io.Writer, when string, before, after map[string]float64, n int) {
	per := func(names ...string) string {
		d := 0.0
		for _, name := range names {
			d += after[name] - before[name]
		}
		return fmt.Sprintf("%.1f KB", d/float64(n)/1024)
	}
	fmt.Fprintf(out, "server, %s, per subscription: heap in use %s + stacks %s = %s; RSS %s; goroutines %.2f\n", when,
		per(heapInuse), per(stackInuse), per(heapInuse, stackInuse), per(rss),
		(after[goroutines]-before[goroutines])/float64(n))
}

// openSubscription opens a websocket to base's /graphql (graphql-transport-ws,
// as browsers do), initialises it and subscribes with query (id "1").
func openSubscription(ctx context.Context, base string, auth credentials, query string) (*websocket.Conn, error) {
	header := http.Header(auth).Clone()
	header.Set("Origin", base)
	d := websocket.Dialer{Subprotocols: []string{"graphql-transport-ws"}, HandshakeTimeout: 30 * time.Second}
	c, _, err := d.DialContext(ctx, "ws"+strings.TrimPrefix(base, "http")+"/graphql", header) //nolint:bodyclose // gorilla: the handshake response "does not need to be closed"
	if err != nil {
		return nil, err
	}
	if err := c.WriteJSON(map[string]any{"type": "connection_init"}); err != nil {
		c.Close()
		return nil, err
	}
	var ack struct{ Type string }
	if err := c.ReadJSON(&ack); err != nil || ack.Type != "connection_ack" {
		c.Close()
		return nil, fmt.Errorf("connection_init: %v %v", ack.Type, err)
	}
	if err := c.WriteJSON(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": query}}); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}
