package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"tradewind/ent/syncevent"
	"tradewind/server/database"
	"tradewind/server/sandbox/webhooks"
)

// delivery is one signed webhook request, prepared before the clock runs.
type delivery struct {
	eventID, signature string
	body               []byte
}

// ingest measures how many signed webhooks Tradewind accepts durably per
// second: o.webhooks distinct events, each signed as the demo's sandbox
// signs (its key read from the sandbox's state file in --data-dir), plus
// o.duplicates of them sent a second time, POSTed open loop at o.rate to
// /webhooks/ironclad/{connection}. It then counts the inbound sync events
// in the database: exactly o.webhooks more, whatever the duplicates.
func ingest(ctx context.Context, client *http.Client, auth credentials, o options, out io.Writer) error {
	if o.dataDir == "" {
		return errors.New("--webhooks needs the server's --data-dir (the sandbox's signing key is in its state file)")
	}
	connID, err := connectSandbox(ctx, client, auth, o, out)
	if err != nil {
		return err
	}
	key, err := sandboxSigningKey(ctx, o.dataDir)
	if err != nil {
		return err
	}
	db, err := database.Open(o.databaseURL, o.dataDir)
	if err != nil {
		return err
	}
	defer db.Close()
	inbound := func() (int, error) {
		return db.Client.SyncEvent.Query().Where(syncevent.DirectionEQ(syncevent.DirectionINBOUND)).Count(ctx)
	}
	storedBefore, err := inbound()
	if err != nil {
		return err
	}

	fmt.Fprintf(out, "signing %d deliveries (+%d duplicates)\n", o.webhooks, o.duplicates)
	unique := make([]delivery, o.webhooks)
	var signErr atomic.Value
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < len(unique); i += 4 {
				d, err := signedDelivery(key, i)
				if err != nil {
					signErr.Store(err)
					return
				}
				unique[i] = d
			}
		})
	}
	wg.Wait()
	if err, _ := signErr.Load().(error); err != nil {
		return err
	}
	all := unique
	for i := range min(o.duplicates, len(unique)) { // sent again after all the distinct ones
		all = append(all, unique[i*len(unique)/max(1, o.duplicates)])
	}
	target := o.url + "/webhooks/ironclad/" + connID
	interval := time.Duration(float64(time.Second) / o.rate)
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      = map[string]int{}
		statuses  = map[int]int{}
	)
	fmt.Fprintf(out, "sending %d deliveries at %g/s (open loop) to %s\n", len(all), o.rate, target)
	cpuBefore, cpuErr := scrape(client, o.url, cpuSeconds)
	start := time.Now()
	for i, d := range all {
		due := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(due))
		wg.Go(func() {
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(d.body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Ironclad-Webhook-Event-Id", d.eventID)
			req.Header.Set("X-Ironclad-Webhook-Verification", d.signature)
			resp, err := client.Do(req)
			took := time.Since(due)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs[err.Error()]++
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			statuses[resp.StatusCode]++
			if resp.StatusCode/100 == 2 {
				latencies = append(latencies, took)
			} else {
				errs[resp.Status]++
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	report(out, latencies, errs, len(all), elapsed)
	fmt.Fprintf(out, "statuses %v\n", statuses)
	cpuAfter, err := scrape(client, o.url, cpuSeconds)
	if err = errors.Join(cpuErr, err); err == nil && len(latencies) > 0 {
		cpu := cpuAfter[cpuSeconds] - cpuBefore[cpuSeconds]
		fmt.Fprintf(out, "server CPU %.2fs = %.2fms per delivery (%.2f cores busy on average)\n", cpu, cpu*1000/float64(len(all)), cpu/elapsed.Seconds())
	}
	storedAfter, err := inbound()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "stored %d new inbound events for %d distinct deliveries (%d sent twice)\n", storedAfter-storedBefore, o.webhooks, len(all)-o.webhooks)
	if storedAfter-storedBefore != o.webhooks {
		return fmt.Errorf("stored %d events, want %d", storedAfter-storedBefore, o.webhooks)
	}
	return nil
}

// signedDelivery is a workflow_updated event, numbered i, signed with key.
func signedDelivery(key *rsa.PrivateKey, i int) (delivery, error) {
	id := make([]byte, 12)
	_, _ = rand.Read(id)
	body, _ := json.Marshal(map[string]any{
		"companyID": "loadgen",
		"webhookID": "loadgen",
		"timestamp": time.Now().UTC().Format(time.RFC3339Nano),
		"payload":   map[string]any{"event": "workflow_updated", "workflowID": fmt.Sprintf("loadgen-%d", i)},
	})
	d := delivery{eventID: hex.EncodeToString(id), body: body}
	var err error
	d.signature, err = webhooks.Sign(key, d.eventID, body)
	return d, err
}

// sandboxSigningKey reads the demo sandbox's signing key from its state
// file, waiting for the sandbox to write it after the connection.
func sandboxSigningKey(ctx context.Context, dataDir string) (*rsa.PrivateKey, error) {
	path := filepath.Join(dataDir, "ironclad-sandbox.json")
	deadline := time.Now().Add(30 * time.Second)
	for {
		raw, err := os.ReadFile(path) //nolint:gosec // the operator's --data-dir
		if err == nil {
			var state struct{ Webhooks json.RawMessage }
			if err = json.Unmarshal(raw, &state); err == nil {
				var key *rsa.PrivateKey
				if key, err = webhooks.SigningKey(state.Webhooks); err == nil {
					return key, nil
				}
			}
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("reading the sandbox's signing key from %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}
