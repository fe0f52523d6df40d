package server

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"

	"tradewind/ent/user"
	"tradewind/server/auth"
	"tradewind/server/sandbox"
	"tradewind/server/users"
)

// DemoAdminEmail is the demo admin's sign-in.
const DemoAdminEmail = "admin@tradewind.example"

// startDemo mounts the Ironclad sandbox and creates the demo admin, once,
// with the configured (or a fresh random) password, which it prints.
func (s *Server) startDemo(ctx context.Context, stdout io.Writer) error {
	sb, err := sandbox.New(sandbox.Config{
		PublicURL:     s.cfg.PublicURL + "/ironclad-sandbox",
		RedirectURIs:  []string{s.cfg.PublicURL + "/auth/ironclad/callback"},
		ClientID:      demoClientID,
		ClientSecret:  demoClientSecret,
		CommentDelete: true,
		StatePath:     filepath.Join(s.cfg.DataDir, "ironclad-sandbox.json"),
		Logger:        s.log.With("component", "sandbox"),
	})
	if err != nil {
		return fmt.Errorf("starting the Ironclad sandbox: %w", err)
	}
	s.Sandbox = sb

	password := s.cfg.DemoPassword
	if password == "" {
		b := make([]byte, 12)
		_, _ = rand.Read(b)
		password = base64.RawURLEncoding.EncodeToString(b)
	}
	// Created once: a later start leaves the account as its admins made it
	// (password, role, disabled), so demo mode never reopens a closed door.
	_, created, err := s.Users.EnsureUser(ctx, s.DB.Client, users.NewUser{
		Email: DemoAdminEmail, Name: "Demo Admin", Role: user.RoleADMIN, Password: password,
	})
	if err != nil {
		return fmt.Errorf("creating the demo admin: %w", err)
	}
	signIn := "the password printed when it was created"
	if created {
		signIn = "password " + password
	}
	if err := s.Forms.SeedDemoForms(ctx, s.DB.Client); err != nil {
		return fmt.Errorf("seeding the demo request forms: %w", err)
	}
	fmt.Fprintf(stdout, "\nTradewind demo: %s\n  sign in as %s with %s\n  Ironclad sandbox: %s/ironclad-sandbox (users admin@ironclad.example and legal@ironclad.example, password sandbox)\n\n",
		s.cfg.PublicURL, DemoAdminEmail, signIn, s.cfg.PublicURL)
	return nil
}

// guardSandboxControl lets the sandbox's control API (faults, clients and
// their secrets, token revocation) be used from this machine only, or, for a
// demo started with --demo-public, by a signed-in admin only.
func guardSandboxControl(authSvc *auth.Service, public bool, next http.Handler) http.Handler {
	adminOnly := authenticator(authSvc, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !auth.FromContext(r.Context()).IsAdmin() {
			writeJSONError(w, http.StatusForbidden, "The sandbox control API is for Tradewind admins (sign in) or this machine only.")
			return
		}
		next.ServeHTTP(w, r)
	}))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Only the control API: the sandbox's own API takes its own bearer tokens.
		if strings.HasPrefix(r.URL.Path, "/_control/") && (public || !fromLoopback(r)) {
			adminOnly.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func fromLoopback(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	return err == nil && isLoopbackHost(host)
}
