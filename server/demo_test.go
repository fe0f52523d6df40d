package server_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"testing"

	"tradewind/server"
	"tradewind/server/auth"
	"tradewind/server/servertest"
)

func TestDemoRunsOnlyOnLoopbackUnlessForced(t *testing.T) {
	cases := []struct {
		name       string
		edit       func(*server.Config)
		wantRefuse bool
	}{
		{"loopback", func(*server.Config) {}, false},
		{"localhost URL", func(c *server.Config) { c.PublicURL = "http://localhost:8080" }, false},
		{"all interfaces", func(c *server.Config) { c.Addr = "0.0.0.0:8080" }, true},
		{"public URL", func(c *server.Config) { c.PublicURL = "https://tradewind.example.com" }, true},
		{"https URL", func(c *server.Config) { c.PublicURL = "https://127.0.0.1:8443" }, false},
		{"forced", func(c *server.Config) { c.Addr = "0.0.0.0:8080"; c.DemoPublic = true }, false},
	}
	for _, c := range cases {
		cfg := server.DefaultConfig()
		cfg.Demo = true
		c.edit(&cfg)
		if err := cfg.Validate(); (err != nil) != c.wantRefuse {
			t.Errorf("%s: err %v, want refused %v", c.name, err, c.wantRefuse)
		}
	}
}

func TestPublicDemoControlAPIIsForAdminsOnly(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite, servertest.Options{Demo: true, DemoPublic: true})
	get := func(c *servertest.Client) int {
		resp, err := c.HTTP.Get(s.URL + "/ironclad-sandbox/_control/clients")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := get(s.NewClient(t)); code != http.StatusForbidden {
		t.Fatalf("anonymous: status %d, want 403", code)
	}
	if code := get(s.Login(t, server.DemoAdminEmail)); code != http.StatusOK {
		t.Fatalf("demo admin: status %d, want 200", code)
	}
}

// The demo admin is created once: a restart does not reset its password.
func TestDemoAdminIsCreatedOnce(t *testing.T) {
	dir := t.TempDir()
	start := func(password string) *server.Server {
		cfg := server.DefaultConfig()
		cfg.DataDir, cfg.Demo, cfg.DemoPassword = dir, true, password
		s, err := server.New(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	start("the first demo password").Close()
	s := start("the second demo password")
	defer s.Close()
	ctx := context.Background()
	if _, _, err := s.Auth.Login(ctx, server.DemoAdminEmail, "the first demo password", "127.0.0.1", "test"); err != nil {
		t.Fatalf("the password set at creation: %v", err)
	}
	if _, _, err := s.Auth.Login(ctx, server.DemoAdminEmail, "the second demo password", "127.0.0.1", "test"); !errors.Is(err, auth.ErrBadCredentials) {
		t.Fatalf("a restart's password: %v, want it refused", err)
	}
}
