package server_test

// Benchmarks behind docs/BENCHMARKS.md. They run only with -bench:
//
//	go test -run '^$' -bench . -benchmem ./server/
//
// Each measured operation has a baseline beside it over the same stack, and
// the interesting ones report their ratio to it (the x-… metrics), so the
// figures mean something on any machine. Nothing here asserts a duration.

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"tradewind/cmd/loadgen/workload"
	"tradewind/ent/user"
	"tradewind/server"
	"tradewind/server/audit"
	"tradewind/server/auth"
	"tradewind/server/servertest"
	"tradewind/server/users"
)

// benchServer is servertest.Start for benchmarks (servertest takes a
// *testing.T): a real server on a fresh database, its admin signed in.
type benchServer struct {
	*server.Server
	url    string
	cookie string // "tradewind_session=…" of the admin
	http   *http.Client
}

const benchAdmin = "admin@bench.example"

func startBenchServer(b *testing.B, dialect string) *benchServer {
	b.Helper()
	cfg := server.DefaultConfig()
	cfg.DataDir = b.TempDir()
	if dialect == servertest.Postgres {
		cfg.DatabaseURL = benchPostgresDatabase(b)
	}
	hs := httptest.NewUnstartedServer(nil)
	cfg.Addr = hs.Listener.Addr().String()
	s, err := server.New(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	hs.Config.Handler = s.Handler()
	hs.Start()
	b.Cleanup(func() {
		hs.Close()
		_ = s.Close()
	})
	_, err = s.Users.Create(context.Background(), s.DB.Client, users.NewUser{Email: benchAdmin, Name: "Bench Admin", Role: user.RoleADMIN, Password: servertest.Password})
	if err != nil {
		b.Fatal(err)
	}
	bs := &benchServer{Server: s, url: hs.URL, http: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}}
	resp := bs.post(b, "/auth/login", map[string]string{"email": benchAdmin, "password": servertest.Password}, "")
	for _, c := range resp.Cookies() {
		if c.Name == server.SessionCookie {
			bs.cookie = c.Name + "=" + c.Value
		}
	}
	if bs.cookie == "" {
		b.Fatalf("login: status %d, no session cookie", resp.StatusCode)
	}
	return bs
}

// benchPostgresDatabase is servertest.NewPostgresDatabase for benchmarks.
func benchPostgresDatabase(b *testing.B) string {
	b.Helper()
	admin, err := sql.Open("pgx", servertest.PostgresAdminURL())
	if err == nil {
		err = admin.PingContext(context.Background())
	}
	if err != nil {
		b.Skipf("Postgres unreachable (%v); set TRADEWIND_TEST_POSTGRES_URL", err)
	}
	suffix := make([]byte, 6)
	_, _ = rand.Read(suffix)
	name := "tradewind_bench_" + hex.EncodeToString(suffix)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		_, _ = admin.Exec("DROP DATABASE " + name + " WITH (FORCE)")
		admin.Close()
	})
	u := servertest.PostgresAdminURL()
	i := strings.LastIndex(u, "/")
	rest := ""
	if q := strings.Index(u[i:], "?"); q >= 0 {
		rest = u[i+q:]
	}
	return u[:i] + "/" + name + rest
}

// post sends a JSON body (a value, or already-encoded []byte) with cookie.
func (s *benchServer) post(b *testing.B, path string, body any, cookie string) *http.Response {
	raw, ok := body.([]byte)
	if !ok {
		raw, _ = json.Marshal(body)
	}
	req, _ := http.NewRequest(http.MethodPost, s.url+path, bytes.NewReader(raw))
	req.Header.Set("Content-Type", "application/json")
	if cookie != "" {
		req.Header.Set("Cookie", cookie)
	}
	resp, err := s.http.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	return resp
}

// do runs one request and drains its body; it fails on a status other than 200.
func (s *benchServer) do(b *testing.B, method, path string, body []byte) {
	var resp *http.Response
	if method == http.MethodGet {
		r, err := s.http.Get(s.url + path)
		if err != nil {
			b.Fatal(err)
		}
		resp = r
	} else {
		resp = s.post(b, path, body, s.cookie)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b.Fatalf("%s %s: status %d", method, path, resp.StatusCode)
	}
}

// graphQLBody encodes an operation and checks once that it answers without errors.
func (s *benchServer) graphQLBody(b *testing.B, query string, vars map[string]any) []byte {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp := s.post(b, "/graphql", body, s.cookie)
	defer resp.Body.Close()
	var out servertest.Response
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Errors) > 0 {
		b.Fatalf("%s: %v %s", query, err, out.String())
	}
	return body
}

func nsPerOp(b *testing.B) float64 { return float64(b.Elapsed().Nanoseconds()) / float64(b.N) }

// cpuTime is the CPU this process has used, user and system: on a shared
// machine it moves less than wall time does with the other load.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loopWithCPU runs op in b.Loop and reports cpu-us/op: the CPU of both ends
// of the loopback HTTP exchange (client and server share this process).
// It returns that figure.
func loopWithCPU(b *testing.B, op func()) float64 {
	start := cpuTime()
	for b.Loop() {
		op()
	}
	perOp := float64((cpuTime() - start).Microseconds()) / float64(b.N)
	b.ReportMetric(perOp, "cpu-us/op")
	return perOp
}

// BenchmarkGraphQL measures the typical admin query (a page of 50 requests
// with requester, 3 tasks and 2 comments each: workload.Typical) through the
// real HTTP handler, beside two baselines over the same loopback HTTP stack:
// /healthz (no auth, no GraphQL) and { viewer { id } } (session check and
// GraphQL, no list). Each reports cpu-us/op, the process's CPU per op (both
// ends), which other load on a shared machine disturbs less than ns/op.
// typical reports x-viewer and x-viewer-cpu (its time and CPU over viewer's) and sql/op (statements
// per query: constant, see sqlcount_test.go); typical-parallel runs 4
// clients per core and gives the throughput ceiling (req/s).
func BenchmarkGraphQL(b *testing.B) {
	for _, dialect := range []string{servertest.SQLite, servertest.Postgres} {
		b.Run(dialect, func(b *testing.B) {
			s := startBenchServer(b, dialect)
			ctx := context.Background()
			admin := s.DB.Client.User.Query().Where(user.Email(benchAdmin)).OnlyX(ctx)
			if err := workload.Seed(ctx, s.DB.Client, admin, workload.PageSize, 3, 2); err != nil {
				b.Fatal(err)
			}
			viewer := s.graphQLBody(b, workload.Viewer, nil)
			typical := s.graphQLBody(b, workload.Typical, map[string]any{"n": workload.PageSize})

			b.Run("healthz", func(b *testing.B) {
				loopWithCPU(b, func() { s.do(b, http.MethodGet, "/healthz", nil) })
			})
			var viewerNs, viewerCPU float64
			b.Run("viewer", func(b *testing.B) {
				viewerCPU = loopWithCPU(b, func() { s.do(b, http.MethodPost, "/graphql", viewer) })
				viewerNs = nsPerOp(b)
			})
			floor := httptest.NewServer(floorHandler(s.DB.SQL, dialect, workload.PageSize))
			defer floor.Close()
			var floorNs, floorCPU float64
			b.Run("floor", func(b *testing.B) {
				floorCPU = loopWithCPU(b, func() {
					resp, err := s.http.Post(floor.URL, "application/json", bytes.NewReader(typical))
					if err != nil {
						b.Fatal(err)
					}
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != http.StatusOK {
						b.Fatalf("floor: status %d", resp.StatusCode)
					}
				})
				floorNs = nsPerOp(b)
			})
			b.Run("typical", func(b *testing.B) {
				before := s.DB.Statements()
				cpu := loopWithCPU(b, func() { s.do(b, http.MethodPost, "/graphql", typical) })
				b.ReportMetric(float64(s.DB.Statements()-before)/float64(b.N), "sql/op")
				if viewerNs > 0 && viewerCPU > 0 {
					b.ReportMetric(nsPerOp(b)/viewerNs, "x-viewer")
					b.ReportMetric(cpu/viewerCPU, "x-viewer-cpu")
				}
				if floorNs > 0 && floorCPU > 0 {
					b.ReportMetric(nsPerOp(b)/floorNs, "x-floor")
					b.ReportMetric(cpu/floorCPU, "x-floor-cpu")
				}
			})
			b.Run("typical-parallel", func(b *testing.B) {
				b.SetParallelism(4)
				start := cpuTime()
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						s.do(b, http.MethodPost, "/graphql", typical)
					}
				})
				b.ReportMetric(float64((cpuTime()-start).Microseconds())/float64(b.N), "cpu-us/op")
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
			})
		})
	}
}

// BenchmarkLogin is what a sign-in costs: argon2id (64 MiB, 1 pass, 4 lanes)
// checking a password, beside SHA-256 of the same password and salt as the
// baseline hash, and the whole POST /auth/login on SQLite (argon2id, the
// user lookup and the session insert) beside POST of { viewer { id } }.
func BenchmarkLogin(b *testing.B) {
	hash, err := auth.HashPassword(servertest.Password)
	if err != nil {
		b.Fatal(err)
	}
	salt := make([]byte, 16)
	_, _ = rand.Read(salt)
	var shaNs float64
	b.Run("sha256", func(b *testing.B) {
		loopWithCPU(b, func() { sha256.Sum256(append([]byte(servertest.Password), salt...)) })
		shaNs = nsPerOp(b)
	})
	b.Run("argon2id", func(b *testing.B) {
		loopWithCPU(b, func() {
			if !auth.CheckPassword(hash, servertest.Password) {
				b.Fatal("password rejected")
			}
		})
		if shaNs > 0 {
			b.ReportMetric(nsPerOp(b)/shaNs, "x-sha256")
		}
	})
	b.Run("http", func(b *testing.B) {
		s := startBenchServer(b, servertest.SQLite)
		viewer := s.graphQLBody(b, workload.Viewer, nil)
		login, _ := json.Marshal(map[string]string{"email": benchAdmin, "password": servertest.Password})
		var viewerNs float64
		b.Run("viewer", func(b *testing.B) {
			loopWithCPU(b, func() { s.do(b, http.MethodPost, "/graphql", viewer) })
			viewerNs = nsPerOp(b)
		})
		b.Run("login", func(b *testing.B) {
			loopWithCPU(b, func() {
				resp := s.post(b, "/auth/login", login, "")
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Fatalf("login: status %d", resp.StatusCode)
				}
			})
			if viewerNs > 0 {
				b.ReportMetric(nsPerOp(b)/viewerNs, "x-viewer")
			}
		})
	})
}

// BenchmarkWebsocketIdleSubscription opens b.N idle auditEntryAdded
// subscriptions over real websockets (graphql-transport-ws, the browsers'
// protocol) and reports what each one holds once all are registered with
// the broker, after a GC: B/sub (heap in use plus goroutine stacks) and
// goroutines/sub. The clients live in the same process, so B/sub is an upper
// bound of the server's share: each client is kept small (no goroutine,
// 256-byte buffers). cmd/loadgen --subscribe measures the server alone.
// One op is one subscription opened; fix the count with -benchtime 5000x
// (both ends' sockets count against this process's file limit).
func BenchmarkWebsocketIdleSubscription(b *testing.B) {
	s := startBenchServer(b, servertest.SQLite)
	wsURL := "ws" + strings.TrimPrefix(s.url, "http") + "/graphql"
	header := http.Header{"Cookie": {s.cookie}, "Origin": {s.url}}
	dialer := websocket.Dialer{Subprotocols: []string{"graphql-transport-ws"}, ReadBufferSize: 256, WriteBufferSize: 256, HandshakeTimeout: 10 * time.Second}
	subscribe := []byte(`{"id":"1","type":"subscribe","payload":{"query":"subscription { auditEntryAdded { action } }"}}`)

	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil && uint64(2*b.N+256) > lim.Cur {
		b.Fatalf("%d subscriptions need %d file descriptors, the limit is %d: use a smaller -benchtime Nx", b.N, 2*b.N+256, lim.Cur)
	}
	b.StopTimer()
	before := memInUse()
	conns := make([]*websocket.Conn, 0, b.N)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
		waitBrokerSubscribers(b, s, 0)
	}()
	b.StartTimer()
	for range b.N {
		c, _, err := dialer.Dial(wsURL, header)
		if err != nil {
			b.Fatal(err)
		}
		conns = append(conns, c)
		if err := c.WriteMessage(websocket.TextMessage, []byte(`{"type":"connection_init"}`)); err != nil {
			b.Fatal(err)
		}
		var ack struct{ Type string }
		if err := c.ReadJSON(&ack); err != nil || ack.Type != "connection_ack" {
			b.Fatalf("connection_init: %v %+v", err, ack)
		}
		if err := c.WriteMessage(websocket.TextMessage, subscribe); err != nil {
			b.Fatal(err)
		}
	}
	waitBrokerSubscribers(b, s, len(conns))
	b.StopTimer()
	after := memInUse()
	b.ReportMetric(float64(int64(after.bytes)-int64(before.bytes))/float64(len(conns)), "B/sub")
	b.ReportMetric(float64(after.goroutines-before.goroutines)/float64(len(conns)), "goroutines/sub")
}

type memSample struct {
	bytes      uint64 // heap in use + goroutine stacks, after a GC
	goroutines int
}

func memInUse() memSample {
	runtime.GC()
	runtime.GC() // the second cycle frees what the first one's finalizers released
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return memSample{bytes: m.HeapInuse + m.StackInuse, goroutines: runtime.NumGoroutine()}
}

func waitBrokerSubscribers(b *testing.B, s *benchServer, want int) {
	deadline := time.Now().Add(30 * time.Second)
	for s.Broker.Subscribers(audit.Topic) != want {
		if time.Now().After(deadline) {
			b.Fatalf("%d subscribers, want %d", s.Broker.Subscribers(audit.Topic), want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// floorHandler answers what workload.Typical asks for (a page of n requests,
// newest first, with requester, the first 10 tasks and comments of each and
// their counts) the plainest way: database/sql, one statement per table,
// nested Go structs, encoding/json. It is the floor the GraphQL stack is
// measured against (x-floor-cpu): no session, no policy, no GraphQL.
func floorHandler(db *sql.DB, dialect string, n int) http.Handler {
	type task struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		Type   string `json:"type"`
		Status string `json:"status"`
	}
	type comment struct {
		ID         string    `json:"id"`
		Body       string    `json:"body"`
		AuthorName string    `json:"authorName"`
		CreatedAt  time.Time `json:"createdAt"`
	}
	type edge[T any] struct {
		Node T `json:"node"`
	}
	type list[T any] struct {
		TotalCount int       `json:"totalCount"`
		Edges      []edge[T] `json:"edges"`
	}
	type user struct{ ID, Email, Name string }
	type req struct {
		ID        string        `json:"id"`
		Title     string        `json:"title"`
		Status    string        `json:"status"`
		CreatedAt time.Time     `json:"createdAt"`
		Requester *user         `json:"requester"`
		Tasks     list[task]    `json:"tasks"`
		Comments  list[comment] `json:"comments"`
		requester string
	}
	in := func(ids []string) (string, []any) {
		var b strings.Builder
		args := make([]any, len(ids))
		for i, id := range ids {
			if i > 0 {
				b.WriteString(",")
			}
			if dialect == servertest.Postgres {
				b.WriteString("$" + strconv.Itoa(i+1))
			} else {
				b.WriteString("?")
			}
			args[i] = id
		}
		return b.String(), args
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		fail := func(err error) { http.Error(w, err.Error(), http.StatusInternalServerError) }
		var total int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM requests`).Scan(&total); err != nil {
			fail(err)
			return
		}
		rows, err := db.QueryContext(ctx, `SELECT id, title, status, created_at, user_requests FROM requests ORDER BY created_at DESC, id LIMIT `+strconv.Itoa(n+1))
		if err != nil {
			fail(err)
			return
		}
		var page []*req
		byID := map[string]*req{}
		for rows.Next() {
			q := &req{Tasks: list[task]{Edges: []edge[task]{}}, Comments: list[comment]{Edges: []edge[comment]{}}}
			if err := rows.Scan(&q.ID, &q.Title, &q.Status, &q.CreatedAt, &q.requester); err != nil {
				fail(err)
				return
			}
			page = append(page, q)
			byID[q.ID] = q
		}
		rows.Close()
		hasNext := len(page) > n
		page = page[:min(len(page), n)]
		ids := make([]string, len(page))
		users := make([]string, len(page))
		for i, q := range page {
			ids[i], users[i] = q.ID, q.requester
		}
		placeholders, args := in(users)
		rows, err = db.QueryContext(ctx, `SELECT id, email, name FROM users WHERE id IN (`+placeholders+`)`, args...)
		if err != nil {
			fail(err)
			return
		}
		requesters := map[string]*user{}
		for rows.Next() {
			u := &user{}
			if err := rows.Scan(&u.ID, &u.Email, &u.Name); err != nil {
				fail(err)
				return
			}
			requesters[u.ID] = u
		}
		rows.Close()
		placeholders, args = in(ids)
		rows, err = db.QueryContext(ctx, `SELECT request_tasks, id, name, type, status FROM tasks WHERE request_tasks IN (`+placeholders+`) ORDER BY id`, args...)
		if err != nil {
			fail(err)
			return
		}
		for rows.Next() {
			var rid string
			var t task
			if err := rows.Scan(&rid, &t.ID, &t.Name, &t.Type, &t.Status); err != nil {
				fail(err)
				return
			}
			q := byID[rid]
			if q.Tasks.TotalCount++; len(q.Tasks.Edges) < 10 {
				q.Tasks.Edges = append(q.Tasks.Edges, edge[task]{t})
			}
		}
		rows.Close()
		rows, err = db.QueryContext(ctx, `SELECT request_comments, id, body, author_name, created_at FROM comments WHERE deleted_at IS NULL AND request_comments IN (`+placeholders+`) ORDER BY id`, args...)
		if err != nil {
			fail(err)
			return
		}
		for rows.Next() {
			var rid string
			var c comment
			if err := rows.Scan(&rid, &c.ID, &c.Body, &c.AuthorName, &c.CreatedAt); err != nil {
				fail(err)
				return
			}
			q := byID[rid]
			if q.Comments.TotalCount++; len(q.Comments.Edges) < 10 {
				q.Comments.Edges = append(q.Comments.Edges, edge[comment]{c})
			}
		}
		rows.Close()
		edges := make([]edge[*req], len(page))
		for i, q := range page {
			q.Requester = requesters[q.requester]
			edges[i] = edge[*req]{q}
		}
		end := ""
		if len(page) > 0 {
			end = page[len(page)-1].ID
		}
		var out struct {
			Data struct {
				Requests struct {
					TotalCount int `json:"totalCount"`
					PageInfo   struct {
						HasNextPage bool   `json:"hasNextPage"`
						EndCursor   string `json:"endCursor"`
					} `json:"pageInfo"`
					Edges []edge[*req] `json:"edges"`
				} `json:"requests"`
			} `json:"data"`
		}
		out.Data.Requests.TotalCount, out.Data.Requests.Edges = total, edges
		out.Data.Requests.PageInfo.HasNextPage, out.Data.Requests.PageInfo.EndCursor = hasNext, end
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(out)
	})
}
