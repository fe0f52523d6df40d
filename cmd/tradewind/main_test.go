package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestVersionAndUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"version"}, env(nil), nil, &out, &errOut); code != 0 || !strings.HasPrefix(out.String(), "tradewind ") {
		t.Fatalf("version: code %d, out %q", code, out.String())
	}
	if code := run(context.Background(), []string{"frobnicate"}, env(nil), nil, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "unknown command") {
		t.Fatalf("unknown command: code %d, stderr %q", code, errOut.String())
	}
}

func TestUserCreateReadsThePasswordFromStdin(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	args := []string{"user", "create", "--email", "Lee@Example.com", "--name", "Lee", "--role", "viewer", "--data-dir", dir}
	code := run(context.Background(), args, env(nil), strings.NewReader("a long enough password\n"), &out, &errOut)
	if code != 0 || !strings.Contains(out.String(), "Created viewer Lee <lee@example.com>") {
		t.Fatalf("code %d, out %q, err %q", code, out.String(), errOut.String())
	}
	errOut.Reset()
	code = run(context.Background(), args, env(nil), strings.NewReader("a long enough password\n"), &out, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "already exists") || !strings.Contains(errOut.String(), "--email") {
		t.Fatalf("duplicate: code %d, err %q", code, errOut.String())
	}
	errOut.Reset()
	args[3] = "new@example.com"
	code = run(context.Background(), args, env(nil), strings.NewReader("short\n"), &out, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "at least 12 characters") {
		t.Fatalf("short password: code %d, err %q", code, errOut.String())
	}
}

// serve reads its flags from TRADEWIND_* variables, serves, and shuts down
// cleanly when its context ends (as on SIGTERM), letting a request in flight finish.
func TestServeFromEnvironmentAndGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut bytes.Buffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--demo"}, env(map[string]string{
			"TRADEWIND_ADDR": addr, "TRADEWIND_DATA_DIR": t.TempDir(), "TRADEWIND_DEMO_PASSWORD": "demo-password-123",
		}), nil, &syncWriter{w: &out}, &syncWriter{w: &errOut})
	}()
	base := "http://" + addr
	waitReady(t, base+"/readyz")
	resp, err := http.Post(base+"/auth/login", "application/json", strings.NewReader(`{"email":"admin@tradewind.example","password":"demo-password-123"}`))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("demo admin login: %v %v", err, resp)
	}
	resp.Body.Close()
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exited %d: %s", code, errOut.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}
	if resp, err := http.Get(base + "/healthz"); err == nil {
		resp.Body.Close()
		t.Fatal("still serving after shutdown")
	}
}

func waitReady(t *testing.T, url string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(url)
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body) // drained so the connection is reused; its content does not matter
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s never became ready", url)
}

// syncWriter lets the server's goroutines write while the test reads.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// The standalone sandbox takes fault-injection flags.
func TestSandboxCommandInjectsFaultsFromFlags(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var out, errOut bytes.Buffer
	go func() {
		done <- run(ctx, []string{"sandbox", "--addr", addr, "--fault-429", "1", "--webhook-retry", "10ms,20ms"}, env(nil), nil,
			&syncWriter{w: &out}, &syncWriter{w: &errOut})
	}()
	base := "http://" + addr
	waitListening(t, addr)
	statuses := []int{}
	for range 2 {
		resp, err := http.Get(base + "/public/api/v1/workflow-schemas")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		statuses = append(statuses, resp.StatusCode)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("sandbox exited %d: %s", code, errOut.String())
	}
	if statuses[0] != http.StatusTooManyRequests || statuses[1] == http.StatusTooManyRequests {
		t.Fatalf("statuses %v, want the first API call refused with 429 and the second not", statuses)
	}
}

func waitListening(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("nothing listens on %s", addr)
}

// On Postgres every replica must decrypt what the others stored: serve
// refuses to start with a key file of its own.
func TestServeOnPostgresNeedsAnExplicitSecretKey(t *testing.T) {
	var out, errOut bytes.Buffer
	args := []string{"serve", "--addr", "127.0.0.1:0", "--database-url", "postgres://nobody@127.0.0.1:1/none"}
	code := run(context.Background(), args, env(nil), nil, &out, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "--secret-key") {
		t.Fatalf("code %d, stderr %q", code, errOut.String())
	}
}
