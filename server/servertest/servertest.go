// Package servertest starts real Tradewind servers for tests: a fresh
// database per test (SQLite in a temp dir, or a new Postgres database),
// the real HTTP stack on a loopback port, and helpers to sign in and query.
package servertest

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"tradewind/ent/user"
	"tradewind/server"
	"tradewind/server/users"
)

// Dialects the tests run on.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// Password is every test user's password.
const Password = "correct horse battery"

// EachDatabase runs fn on SQLite and, when Postgres is reachable, on Postgres.
// Set TRADEWIND_TEST_REQUIRE_POSTGRES=1 (CI does) to fail instead of skip.
func EachDatabase(t *testing.T, fn func(t *testing.T, dialect string)) {
	t.Helper()
	for _, d := range []string{SQLite, Postgres} {
		t.Run(d, func(t *testing.T) { fn(t, d) })
	}
}

// PostgresAdminURL is where test databases are created.
func PostgresAdminURL() string {
	if u := os.Getenv("TRADEWIND_TEST_POSTGRES_URL"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
}

// NewPostgresDatabase creates an empty database for this test and drops it
// afterwards; it returns its URL. Skips when Postgres is unreachable (unless required).
func NewPostgresDatabase(t *testing.T) string {
	t.Helper()
	admin, err := sql.Open("pgx", PostgresAdminURL())
	if err == nil {
		err = admin.PingContext(context.Background())
	}
	if err != nil {
		if os.Getenv("TRADEWIND_TEST_REQUIRE_POSTGRES") == "1" {
			t.Fatalf("Postgres is required but unreachable at %s: %v", PostgresAdminURL(), err)
		}
		t.Skipf("Postgres unreachable (%v); set TRADEWIND_TEST_POSTGRES_URL", err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "tradewind_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = admin.Exec("DROP DATABASE " + name + " WITH (FORCE)")
		admin.Close()
	})
	u := PostgresAdminURL()
	i := strings.LastIndex(u, "/")
	rest := ""
	if q := strings.Index(u[i:], "?"); q >= 0 {
		rest = u[i+q:]
	}
	return u[:i] + "/" + name + rest
}

// Server is a running Tradewind under test.
type Server struct {
	*server.Server
	URL  string
	HTTP *httptest.Server
}

// Options tune Start.
type Options struct {
	Demo bool
	// DemoPublic runs the demo as --demo-public does (control API for admins only).
	DemoPublic bool
	// IroncladPublicOnly keeps custom Ironclad base URLs to https and public
	// addresses, as in production; by default tests reach local sandboxes.
	IroncladPublicOnly bool
	// Jobs starts River's workers (imports, periodic checks), stopped at cleanup.
	Jobs bool
	// DatabaseURL shares an existing Postgres database (two replicas); empty
	// creates a fresh one.
	DatabaseURL string
	// SecretKey is --secret-key; replicas sharing a database need the same.
	SecretKey string
}

// Start starts a server on a fresh database of the dialect.
func Start(t *testing.T, dialect string, opts ...Options) *Server {
	t.Helper()
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	cfg := server.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Demo = o.Demo
	cfg.DemoPublic = o.DemoPublic
	cfg.IroncladAllowLocal = !o.IroncladPublicOnly
	cfg.DemoPassword = Password
	cfg.SecretKey = o.SecretKey
	if dialect == Postgres {
		cfg.DatabaseURL = o.DatabaseURL
		if cfg.DatabaseURL == "" {
			cfg.DatabaseURL = NewPostgresDatabase(t)
		}
	}
	hs := httptest.NewUnstartedServer(nil)
	cfg.Addr = hs.Listener.Addr().String()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if os.Getenv("TRADEWIND_TEST_LOG") == "1" {
		logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	s, err := server.New(context.Background(), cfg, logger, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	hs.Config.Handler = s.Handler()
	hs.Start()
	if o.Jobs {
		if err := s.Jobs.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		hs.Close()
		if o.Jobs {
			_ = s.Jobs.Stop(context.Background())
		}
		_ = s.Close()
	})
	return &Server{Server: s, URL: hs.URL, HTTP: hs}
}

// CreateUser adds a user with Password directly through the service.
func (s *Server) CreateUser(t *testing.T, email string, role user.Role) {
	t.Helper()
	_, err := s.Users.Create(context.Background(), s.DB.Client, users.NewUser{Email: email, Name: strings.Split(email, "@")[0], Role: role, Password: Password})
	if err != nil {
		t.Fatal(err)
	}
}

// Client is an HTTP client with its own cookie jar, optionally a bearer token.
type Client struct {
	t     *testing.T
	base  string
	HTTP  *http.Client
	Token string
}

// NewClient returns an anonymous client.
func (s *Server) NewClient(t *testing.T) *Client {
	jar, _ := cookiejar.New(nil)
	return &Client{t: t, base: s.URL, HTTP: &http.Client{Jar: jar}}
}

// Login signs in (failing the test on error) and returns the client.
func (s *Server) Login(t *testing.T, email string) *Client {
	t.Helper()
	c := s.NewClient(t)
	resp := c.PostJSON("/auth/login", map[string]string{"email": email, "password": Password})
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("login %s: status %d", email, resp.StatusCode)
	}
	return c
}

// PostJSON posts v as JSON.
func (c *Client) PostJSON(path string, v any) *http.Response {
	c.t.Helper()
	body, _ := json.Marshal(v)
	req, _ := http.NewRequest(http.MethodPost, c.base+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// Response is a GraphQL response.
type Response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// Code is the first error's extensions.code, or "".
func (r *Response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code
}

// Decode unmarshals data into v, failing on GraphQL errors.
func (r *Response) Decode(t *testing.T, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("GraphQL errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatal(err)
	}
}

// GraphQL posts a query with variables.
func (c *Client) GraphQL(query string, vars map[string]any) *Response {
	c.t.Helper()
	resp := c.PostJSON("/graphql", map[string]any{"query": query, "variables": vars})
	defer resp.Body.Close()
	var out Response
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		c.t.Fatalf("status %d, body %s: %v", resp.StatusCode, raw, err)
	}
	return &out
}

// MustGraphQL posts a query and decodes its data into v, failing on errors.
func (c *Client) MustGraphQL(query string, vars map[string]any, v any) {
	c.t.Helper()
	c.GraphQL(query, vars).Decode(c.t, v)
}

// String formats for failure messages.
func (r *Response) String() string {
	b, _ := json.Marshal(r)
	return string(b)
}
