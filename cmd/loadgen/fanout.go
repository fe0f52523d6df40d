package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"tradewind/server/sandbox/browser"
)

// fanout measures how long one Ironclad webhook takes to reach every
// subscribed browser: it opens o.fanout syncEventAdded subscriptions (spread
// over the URLs of --subscribe-urls, e.g. two replicas), then o.rounds times
// makes the demo's sandbox launch a workflow, whose workflow_launched webhook
// (signed by the sandbox, verified and stored by Tradewind) publishes one
// sync event; each subscriber's latency runs from the launch request to the
// event's arrival. It reports p50/p99/max per round and counts the
// subscribers that missed the event or were closed.
func fanout(ctx context.Context, client *http.Client, auth credentials, o options, out io.Writer) error {
	if _, err := connectSandbox(ctx, client, auth, o, out); err != nil {
		return err
	}
	urls := []string{o.url}
	if o.subscribeURLs != "" {
		urls = strings.Split(o.subscribeURLs, ",")
	}
	type subscriber struct {
		conn *websocket.Conn
		got  chan time.Time
	}
	var (
		mu     sync.Mutex
		subs   []*subscriber
		failed = map[string]int{}
		lost   atomic.Int64
		done   atomic.Bool
	)
	open := func(i int) error {
		c, err := openSubscription(ctx, strings.TrimRight(urls[i%len(urls)], "/"), auth, "subscription { syncEventAdded { id kind } }")
		if err != nil {
			return err
		}
		s := &subscriber{conn: c, got: make(chan time.Time, 64)}
		mu.Lock()
		subs = append(subs, s)
		mu.Unlock()
		go func() {
			for {
				var m struct{ Type string }
				if err := c.ReadJSON(&m); err != nil {
					if !done.Load() {
						lost.Add(1)
					}
					return
				}
				switch m.Type {
				case "ping":
					_ = c.WriteJSON(map[string]any{"type": "pong"})
				case "next":
					s.got <- time.Now()
				}
			}
		}()
		return nil
	}
	fmt.Fprintf(out, "opening %d syncEventAdded subscriptions over %s\n", o.fanout, strings.Join(urls, ", "))
	start := time.Now()
	work := make(chan int)
	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			for i := range work {
				if err := open(i); err != nil {
					mu.Lock()
					failed[err.Error()]++
					mu.Unlock()
				}
			}
		})
	}
	for i := range o.fanout {
		work <- i
	}
	close(work)
	wg.Wait()
	fmt.Fprintf(out, "opened %d in %s, %d failed\n", len(subs), time.Since(start).Round(time.Millisecond), o.fanout-len(subs))
	for msg, n := range failed {
		fmt.Fprintf(out, "failure ×%d: %s\n", n, msg)
	}
	defer func() {
		done.Store(true)
		for _, s := range subs {
			s.conn.Close()
		}
	}()
	time.Sleep(o.settle) // the server registers a subscription after answering nothing: give it time
	for round := 1; round <= o.rounds; round++ {
		for _, s := range subs { // events of the previous round arriving late
			for len(s.got) > 0 {
				<-s.got
			}
		}
		t0 := time.Now()
		if err := launchSandboxWorkflow(ctx, client, auth, o); err != nil {
			return err
		}
		lat := make([]time.Duration, 0, len(subs))
		missed := 0
		deadline := time.NewTimer(o.timeout)
		for _, s := range subs {
			select {
			case at := <-s.got:
				lat = append(lat, at.Sub(t0))
			case <-deadline.C:
				missed++
			}
		}
		deadline.Stop()
		fmt.Fprintf(out, "round %d: ", round)
		report(out, lat, map[string]int{}, len(subs), time.Since(t0))
		fmt.Fprintf(out, "round %d: missed %d (within %s), closed by the server so far %d\n", round, missed, o.timeout, lost.Load())
		time.Sleep(o.settle)
	}
	return nil
}

// launchSandboxWorkflow makes the demo's sandbox launch a workflow, as
// someone working in Ironclad would: Ironclad then sends workflow_launched.
func launchSandboxWorkflow(ctx context.Context, client *http.Client, auth credentials, o options) error {
	body, _ := json.Marshal(map[string]any{"template": "65a1e0f0c0ffee0000000103", "useDefaultValues": true,
		"attributes": map[string]any{"counterpartyName": "Loadgen", "role6d0e3a4b5c7f4e9a0b1c2d3e4f5a6b7c": "cp@loadgen.example",
			"role7e1f4b5c6d8a4f0b1c2d3e4f5a6b7c8d": "Pat Loadgen", "purchaseType": "One-time",
			"purchaseAmount": map[string]any{"amount": 1200, "currency": "USD"}}})
	if _, err := postJSON(ctx, client, auth, o.url+"/ironclad-sandbox/_control/workflows", body); err != nil {
		return fmt.Errorf("launching a sandbox workflow: %w", err)
	}
	return nil
}

// connectSandbox makes sure a connection to the demo's sandbox is
// connected: an existing one, or a new one through the consent page (as
// admin@ironclad.example, as the demo journey does).
func connectSandbox(ctx context.Context, client *http.Client, auth credentials, o options, out io.Writer) (id string, err error) {
	var list struct {
		Connections []struct{ ID, Status string }
	}
	if err := gql(ctx, client, auth, o.url, `{ connections { id status } }`, nil, &list); err != nil {
		return "", err
	}
	for _, c := range list.Connections {
		if c.Status == "CONNECTED" {
			return c.ID, nil
		}
	}
	var created struct{ CreateConnection struct{ ID string } }
	err = gql(ctx, client, auth, o.url, `mutation { createConnection(input: {name: "Loadgen sandbox", environment: SANDBOX}) { id } }`, nil, &created)
	if err != nil {
		return "", err
	}
	var started struct {
		ConnectIronclad struct{ AuthorizationURL string }
	}
	err = gql(ctx, client, auth, o.url, `mutation($id: ID!) { connectIronclad(id: $id) { authorizationURL } }`,
		map[string]any{"id": created.CreateConnection.ID}, &started)
	if err != nil {
		return "", err
	}
	// A browser: the sandbox's sign-in cookie, and Tradewind's session for
	// the OAuth callback.
	jar, _ := cookiejar.New(nil)
	base, _ := url.Parse(o.url)
	var cookies []*http.Cookie
	for _, kv := range strings.Split(http.Header(auth).Get("Cookie"), "; ") {
		if name, value, ok := strings.Cut(kv, "="); ok {
			cookies = append(cookies, &http.Cookie{Name: name, Value: value}) //nolint:gosec // a client's copy for its jar, not a cookie we set
		}
	}
	jar.SetCookies(base, cookies)
	b := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	page, err := b.Get(started.ConnectIronclad.AuthorizationURL) //nolint:bodyclose // browser.Submit reads and closes it
	if err != nil {
		return "", err
	}
	page, err = browser.Submit(b, page, "Sign in", map[string]string{"email": "admin@ironclad.example", "password": "sandbox"}) //nolint:bodyclose // the next Submit reads and closes it
	if err != nil {
		return "", err
	}
	if page, err = browser.Submit(b, page, "Allow Access", nil); err != nil {
		return "", err
	}
	page.Body.Close()
	if page.Request.URL.Query().Get("result") != "ok" {
		return "", fmt.Errorf("connecting the sandbox ended at %s", page.Request.URL)
	}
	fmt.Fprintf(out, "connected the sandbox (connection %s)\n", created.CreateConnection.ID)
	return created.CreateConnection.ID, nil
}

// gql sends one GraphQL operation and decodes its data into out.
func gql(ctx context.Context, client *http.Client, auth credentials, base, query string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return graphQL(ctx, client, auth, base, body, out)
}
