package server_test

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tradewind/ent/user"
	"tradewind/server/requests"
	"tradewind/server/servertest"
)

// TestExamplesRunAgainstARealServer runs docs/examples/ (the worked examples
// of docs/api.md) as a reader would, against a real server, with API tokens:
// curl submits a request, the Node script watches its task change live, the
// Go program lists and approves it, the Python script pages through every
// request. They exercise the HTTP and websocket surface, which does not
// depend on the database, so they run on SQLite only.
func TestExamplesRunAgainstARealServer(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	formID := laptopForm(t, admin)
	write, read := tokenClient(t, s, admin, "WRITE"), tokenClient(t, s, admin, "READ")
	env := func(token string, more ...string) []string {
		return append(os.Environ(), append([]string{"TRADEWIND_URL=" + s.URL, "TRADEWIND_TOKEN=" + token}, more...)...)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a guard, not a measurement
	defer cancel()
	run := func(t *testing.T, wantOK bool, cmdEnv []string, name string, args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(ctx, name, args...)
		cmd.Dir, cmd.Env = root, cmdEnv
		out, err := cmd.CombinedOutput()
		if (err == nil) != wantOK {
			t.Fatalf("%s %s: %v (want success: %v)\n%s", name, strings.Join(args, " "), err, wantOK, out)
		}
		return string(out)
	}

	// The dashboard case first, so it sees everything that follows.
	watcher := startWatcher(t, ctx, root, env(read.Token))
	watcher.expect(t, "connected, watching tasks")
	waitTopicSubscribers(t, s, requests.TopicTask, 1)

	out := run(t, true, env(write.Token, "FORM_ID="+formID), "sh", "docs/examples/curl.sh")
	for _, want := range []string{`"viewer":{"email":"admin@example.com","role":"ADMIN"}`, `"name":"Laptop"`, `"title":"Laptop from curl","status":"IN_PROGRESS"`} {
		if !strings.Contains(out, want) {
			t.Fatalf("curl.sh printed no %s:\n%s", want, out)
		}
	}
	watcher.expect(t, "Laptop from curl: Manager approval is IN_PROGRESS (Waiting for approval.)")

	tasksBin := filepath.Join(t.TempDir(), "tasks") // go test puts its own go first on PATH
	run(t, true, os.Environ(), "go", "build", "-o", tasksBin, "./docs/examples/go")
	if out := run(t, true, env(read.Token), tasksBin); !strings.Contains(out, "1 tasks waiting for you") || !strings.Contains(out, "IN_PROGRESS\tLaptop from curl: Manager approval") {
		t.Fatalf("the Go example lists:\n%s", out)
	}
	if out := run(t, false, env(read.Token), tasksBin, "-approve"); !strings.Contains(out, "Refused:") {
		t.Fatalf("the Go example approving with a read-only token:\n%s", out)
	}
	if out := run(t, true, env(write.Token), tasksBin, "-approve"); !strings.Contains(out, "approved, now COMPLETED") {
		t.Fatalf("the Go example approving:\n%s", out)
	}
	watcher.expect(t, "Laptop from curl: Manager approval is COMPLETED")

	t.Run("python", func(t *testing.T) {
		if _, err := exec.LookPath("python3"); err != nil {
			t.Skip("python3 is not installed: the Python example is not run")
		}
		if out, err := exec.Command("python3", "-c", "import requests").CombinedOutput(); err != nil {
			t.Fatalf("the Python example needs the requests package (.ci/prepare installs python3-requests): %s", out)
		}
		for _, title := range []string{"Second", "Third", "Fourth", "Fifth"} {
			admin.MustGraphQL(submit, map[string]any{"f": formID, "t": title, "a": []any{map[string]any{"questionKey": "model", "value": "X1"}}}, &struct{}{})
		}
		out := run(t, true, env(read.Token, "PAGE_SIZE=2"), "python3", "docs/examples/list_requests.py")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 6 || lines[5] != "5 of 5 requests" || !strings.HasSuffix(lines[0], "admin@example.com\tLaptop from curl") || !strings.HasSuffix(lines[4], "\tFifth") {
			t.Fatalf("requests.py, 3 pages of 2:\n%s", out)
		}
	})
}

// watcher runs docs/examples/watch-tasks.mjs and reads its lines.
type watcher struct{ lines chan string }

func startWatcher(t *testing.T, ctx context.Context, root string, env []string) *watcher {
	t.Helper()
	if _, err := os.Stat(filepath.Join(root, "node_modules", "graphql-ws")); err != nil {
		t.Fatal("the Node example needs the npm packages: run npm ci (make test does)")
	}
	cmd := exec.CommandContext(ctx, "node", "docs/examples/watch-tasks.mjs")
	cmd.Dir, cmd.Env, cmd.Stderr = root, env, os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting the Node example: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	w := &watcher{lines: make(chan string, 100)}
	go func() {
		defer close(w.lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			w.lines <- sc.Text()
		}
	}()
	return w
}

// expect waits for the next line that contains want; lines before it are
// other task changes (the approval's own).
func (w *watcher) expect(t *testing.T, want string) {
	t.Helper()
	deadline := time.After(time.Minute) // a guard against a hang, not a measurement
	var seen []string
	for {
		select {
		case line, ok := <-w.lines:
			if !ok {
				t.Fatalf("the Node example ended before printing %q; it printed %q", want, seen)
			}
			if strings.Contains(line, want) {
				return
			}
			seen = append(seen, line)
		case <-deadline:
			t.Fatalf("the Node example did not print %q; it printed %q", want, seen)
		}
	}
}
