package server

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"path/filepath"

	"tradewind/ent/user"
	"tradewind/server/auth"
	"tradewind/server/sandbox"
	"tradewind/server/users"
)

// DemoAdminEmail is the demo admin's sign-in.
const DemoAdminEmail = "admin@tradewind.example"

// startDemo mounts the Ironclad sandbox and makes sure the demo admin exists
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
	u, created, err := s.Users.EnsureUser(ctx, s.DB.Client, users.NewUser{
		Email: DemoAdminEmail, Name: "Demo Admin", Role: user.RoleADMIN, Password: password,
	})
	if err != nil {
		return fmt.Errorf("creating the demo admin: %w", err)
	}
	if !created {
		// Each start prints a password that works: reset it to this one.
		hash, err := auth.HashPassword(password)
		if err != nil {
			return err
		}
		if err := u.Update().SetPasswordHash(hash).SetDisabled(false).SetRole(user.RoleADMIN).Exec(ctx); err != nil {
			return err
		}
	}
	if err := s.Forms.SeedDemoForms(ctx, s.DB.Client); err != nil {
		return fmt.Errorf("seeding the demo request forms: %w", err)
	}
	fmt.Fprintf(stdout, "\nTradewind demo: %s\n  sign in as %s with password %s\n  Ironclad sandbox: %s/ironclad-sandbox (users admin@ironclad.example and legal@ironclad.example, password sandbox)\n\n",
		s.cfg.PublicURL, DemoAdminEmail, password, s.cfg.PublicURL)
	return nil
}
