// Command loadgen puts load on a running Tradewind and reports latency.
//
//	loadgen --url http://127.0.0.1:8080 --email E --password P --rate 200 --duration 30s --query typical
//
// It signs in, then sends GraphQL POSTs at a fixed rate, open loop: request i
// is sent at start + i/rate whether or not earlier ones have answered, and its
// latency runs from that intended time to the end of its response, so a slow
// server cannot hide its stalls by slowing the generator (no coordinated
// omission). It prints the count, errors and p50/p90/p99/p99.9/max.
//
// --seed N first inserts N requests (each with --tasks tasks and --comments
// comments, requested by --email) straight into the server's database with
// ent: give the server's --data-dir or --database-url. There is no GraphQL
// mutation creating requests yet.
//
// --subscribe N instead opens N idle auditEntryAdded subscriptions over
// websockets (graphql-transport-ws, answering the server's pings), holds them
// for --duration and reports what the server's /metrics says they cost.
//
// --fanout N opens N syncEventAdded subscriptions (spread over
// --subscribe-urls), makes the demo's sandbox send a signed webhook --rounds
// times and reports how long each subscriber took to receive it.
//
// --webhooks N sends N signed webhook deliveries (and --duplicates of them
// again) at --rate and reports how fast they are accepted and stored.
//
// See docs/BENCHMARKS.md.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"tradewind/cmd/loadgen/workload"
	"tradewind/ent/user"
	"tradewind/server/database"
)

type options struct {
	url, email, password, token string
	rate                        float64
	duration, timeout, settle   time.Duration
	query                       string
	page, warmup, maxInFlight   int
	seed, tasks, comments       int
	dataDir, databaseURL        string
	subscribe                   int
	fanout, rounds              int
	webhooks, duplicates        int
	subscribeURLs               string
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	var o options
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.StringVar(&o.url, "url", "http://127.0.0.1:8080", "Tradewind's base URL")
	fs.StringVar(&o.email, "email", "admin@tradewind.example", "user to sign in as (and the requester of seeded requests)")
	fs.StringVar(&o.password, "password", os.Getenv("TRADEWIND_DEMO_PASSWORD"), "their password (default $TRADEWIND_DEMO_PASSWORD)")
	fs.StringVar(&o.token, "token", "", "an API token (twk_…) to use instead of signing in")
	fs.Float64Var(&o.rate, "rate", 200, "requests per second")
	fs.DurationVar(&o.duration, "duration", 30*time.Second, "how long to send (with --subscribe: how long to hold the subscriptions)")
	fs.StringVar(&o.query, "query", "typical", "typical (a page of requests with tasks and comments) or viewer ({ viewer { id } }, the baseline)")
	fs.IntVar(&o.page, "page", workload.PageSize, "page size of the typical query")
	fs.IntVar(&o.warmup, "warmup", 20, "requests sent one by one before measuring (not counted)")
	fs.IntVar(&o.maxInFlight, "max-in-flight", 2000, "requests outstanding at most; one due beyond it counts as an error")
	fs.DurationVar(&o.timeout, "timeout", 10*time.Second, "per-request timeout")
	fs.IntVar(&o.seed, "seed", 0, "insert this many requests into the database first (needs --data-dir or --database-url)")
	fs.IntVar(&o.tasks, "tasks", 3, "tasks per seeded request")
	fs.IntVar(&o.comments, "comments", 2, "comments per seeded request")
	fs.StringVar(&o.dataDir, "data-dir", "", "the server's --data-dir (SQLite), for --seed")
	fs.StringVar(&o.databaseURL, "database-url", "", "the server's --database-url (Postgres), for --seed")
	fs.IntVar(&o.subscribe, "subscribe", 0, "open this many idle websocket subscriptions and report their server-side memory instead of sending queries")
	fs.DurationVar(&o.settle, "settle", 5*time.Second, "with --subscribe: wait this long after opening before reading /metrics; with --fanout: after opening and between rounds")
	fs.IntVar(&o.fanout, "fanout", 0, "open this many syncEventAdded subscriptions, make the demo's sandbox send a webhook and report how long each subscriber took to hear of it")
	fs.IntVar(&o.rounds, "rounds", 3, "with --fanout: webhooks sent, one after the other")
	fs.IntVar(&o.webhooks, "webhooks", 0, "send this many distinct signed webhook deliveries at --rate (signed with the demo sandbox's key from --data-dir) and report how fast they are accepted")
	fs.IntVar(&o.duplicates, "duplicates", 0, "with --webhooks: send this many of them a second time (they must change nothing)")
	fs.StringVar(&o.subscribeURLs, "subscribe-urls", "", "with --fanout: comma-separated base URLs to spread the subscribers over (e.g. two replicas); default --url")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o.url = strings.TrimRight(o.url, "/")
	ctx := context.Background()
	if o.seed > 0 {
		if err := seed(ctx, o); err != nil {
			return err
		}
		fmt.Fprintf(out, "seeded %d requests × %d tasks, %d comments for %s\n", o.seed, o.tasks, o.comments, o.email)
	}
	client := &http.Client{Timeout: o.timeout, Transport: &http.Transport{MaxIdleConnsPerHost: o.maxInFlight}}
	auth, err := signIn(client, o)
	if err != nil {
		return err
	}
	if o.subscribe > 0 {
		return subscribeIdle(ctx, client, auth, o, out)
	}
	if o.fanout > 0 {
		return fanout(ctx, client, auth, o, out)
	}
	if o.webhooks > 0 {
		return ingest(ctx, client, auth, o, out)
	}
	return load(client, auth, o, out)
}

func seed(ctx context.Context, o options) error {
	if o.dataDir == "" && o.databaseURL == "" {
		return errors.New("--seed needs the server's --data-dir or --database-url")
	}
	db, err := database.Open(o.databaseURL, o.dataDir)
	if err != nil {
		return err
	}
	defer db.Close()
	if pending, err := db.Pending(ctx); err != nil || len(pending) > 0 {
		return fmt.Errorf("the database is not migrated (pending %v, %v): start the server first", pending, err)
	}
	requester, err := db.Client.User.Query().Where(user.Email(o.email)).Only(ctx)
	if err != nil {
		return fmt.Errorf("finding the requester %s: %w", o.email, err)
	}
	return workload.Seed(ctx, db.Client, requester, o.seed, o.tasks, o.comments)
}

// credentials are the headers that authenticate a request.
type credentials http.Header

func signIn(client *http.Client, o options) (credentials, error) {
	if o.token != "" {
		return credentials{"Authorization": {"Bearer " + o.token}}, nil
	}
	body, _ := json.Marshal(map[string]string{"email": o.email, "password": o.password})
	resp, err := client.Post(o.url+"/auth/login", "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("signing in as %s: %s %s", o.email, resp.Status, msg)
	}
	var cookies []string
	for _, c := range resp.Cookies() {
		cookies = append(cookies, c.Name+"="+c.Value)
	}
	return credentials{"Cookie": {strings.Join(cookies, "; ")}}, nil
}

// graphQL sends one prepared body, checks the answer has no errors and
// decodes its data into out (when not nil).
func graphQL(ctx context.Context, client *http.Client, auth credentials, url string, body []byte, out any) error {
	raw, err := postJSON(ctx, client, auth, url+"/graphql", body)
	if err != nil {
		return err
	}
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return err
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("GraphQL error: %s", r.Errors[0].Message)
	}
	if out != nil {
		return json.Unmarshal(r.Data, out)
	}
	return nil
}

// postJSON POSTs body as JSON with the credentials and returns the answer;
// a status other than 2xx is an error.
func postJSON(ctx context.Context, client *http.Client, auth credentials, url string, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header = http.Header(auth).Clone()
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("status %d: %.200s", resp.StatusCode, raw)
	}
	return raw, nil
}

func load(client *http.Client, auth credentials, o options, out io.Writer) error {
	query, ok := workload.Queries[o.query]
	if !ok {
		return fmt.Errorf("--query must be typical or viewer, got %q", o.query)
	}
	if o.rate <= 0 || o.duration <= 0 {
		return errors.New("--rate and --duration must be positive")
	}
	vars := map[string]any{}
	if o.query == "typical" {
		vars["n"] = o.page
	}
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	ctx := context.Background()
	for i := 0; i < o.warmup; i++ {
		if err := graphQL(ctx, client, auth, o.url, body, nil); err != nil {
			return fmt.Errorf("warm-up request: %w", err)
		}
	}

	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      = map[string]int{}
		inFlight  atomic.Int64
		wg        sync.WaitGroup
	)
	fail := func(err error) {
		msg := err.Error()
		if len(msg) > 120 {
			msg = msg[:120] + "…"
		}
		mu.Lock()
		errs[msg]++
		mu.Unlock()
	}
	interval := time.Duration(float64(time.Second) / o.rate)
	total := int(math.Round(o.duration.Seconds() * o.rate))
	fmt.Fprintf(out, "%s query at %g/s for %s (%d requests, open loop, latency from the intended send time)\n", o.query, o.rate, o.duration, total)
	cpuBefore, cpuErr := scrape(client, o.url, cpuSeconds)
	start := time.Now()
	for i := range total {
		due := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(due))
		if inFlight.Load() >= int64(o.maxInFlight) {
			fail(fmt.Errorf("more than %d requests in flight", o.maxInFlight))
			continue
		}
		inFlight.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer inFlight.Add(-1)
			err := graphQL(ctx, client, auth, o.url, body, nil)
			took := time.Since(due)
			if err != nil {
				fail(err)
				return
			}
			mu.Lock()
			latencies = append(latencies, took)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	report(out, latencies, errs, total, elapsed)
	// The server's own CPU per request holds whatever else the machine runs.
	cpuAfter, err := scrape(client, o.url, cpuSeconds)
	if err = errors.Join(cpuErr, err); err != nil {
		fmt.Fprintf(out, "server CPU unknown: %v\n", err)
	} else if len(latencies) > 0 {
		cpu := cpuAfter[cpuSeconds] - cpuBefore[cpuSeconds]
		fmt.Fprintf(out, "server CPU %.2fs = %.2fms per answered request (%.2f cores busy on average)\n", cpu, cpu*1000/float64(len(latencies)), cpu/elapsed.Seconds())
	}
	return nil
}

func report(out io.Writer, lat []time.Duration, errs map[string]int, total int, elapsed time.Duration) {
	slices.Sort(lat)
	nerr := 0
	for _, n := range errs {
		nerr += n
	}
	fmt.Fprintf(out, "requests %d  ok %d  errors %d  in %s (%.1f/s answered)\n", total, len(lat), nerr, elapsed.Round(time.Millisecond), float64(len(lat))/elapsed.Seconds())
	if len(lat) > 0 {
		var sum time.Duration
		for _, d := range lat {
			sum += d
		}
		fmt.Fprintf(out, "latency  mean %s  p50 %s  p90 %s  p99 %s  p99.9 %s  max %s\n",
			ms(sum/time.Duration(len(lat))), ms(percentile(lat, 50)), ms(percentile(lat, 90)), ms(percentile(lat, 99)), ms(percentile(lat, 99.9)), ms(lat[len(lat)-1]))
	}
	for msg, n := range errs {
		fmt.Fprintf(out, "error ×%d: %s\n", n, msg)
	}
}

// percentile is the nearest-rank percentile of sorted durations.
func percentile(sorted []time.Duration, p float64) time.Duration {
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond)) }
