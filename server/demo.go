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

	"tradewind/ent/requestform"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/taskdefinition"
	"tradewind/ent/user"
	"tradewind/ent/workflow"
	"tradewind/server/auth"
	"tradewind/server/requests"
	"tradewind/server/sandbox"
	"tradewind/server/users"
)

// The demo's sign-ins; both get the printed password.
const (
	DemoAdminEmail     = "admin@tradewind.example"
	DemoRequesterEmail = "requester@tradewind.example"
)

var demoUsers = []users.NewUser{
	{Email: DemoAdminEmail, Name: "Demo Admin", Role: user.RoleADMIN},
	{Email: DemoRequesterEmail, Name: "Demo Requester", Role: user.RoleREQUESTER},
}

// demoWorkflowName is the workflow seeded for the Renewal form, so a
// request can be submitted before Ironclad is connected.
const demoWorkflowName = "Renewal approval"

// startDemo mounts the Ironclad sandbox and creates the demo admin and
// requester, once, with the configured (or a fresh random) password, which
// it prints.
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
	// Created once: a later start leaves the accounts as their admins made
	// them (password, role, disabled), so demo mode never reopens a closed door.
	var signIns strings.Builder
	for _, nu := range demoUsers {
		nu.Password = password
		_, created, err := s.Users.EnsureUser(ctx, s.DB.Client, nu)
		if err != nil {
			return fmt.Errorf("creating the demo user %s: %w", nu.Email, err)
		}
		signIn := "the password printed when it was created"
		if created {
			signIn = "password " + password
		}
		fmt.Fprintf(&signIns, "  sign in as %s (%s) with %s\n", nu.Email, strings.ToLower(string(nu.Role)), signIn)
	}
	if err := s.Forms.SeedDemoForms(ctx, s.DB.Client); err != nil {
		return fmt.Errorf("seeding the demo request forms: %w", err)
	}
	fmt.Fprintf(stdout, "\nTradewind demo: %s\n%s  Ironclad sandbox: %s/ironclad-sandbox (users admin@ironclad.example and legal@ironclad.example, password sandbox)\n\n",
		s.cfg.PublicURL, signIns.String(), s.cfg.PublicURL)
	return nil
}

// seedDemoWorkflow gives the seeded Renewal form a workflow with an admin's
// approval, once (an admin may change or archive it): the requester can
// submit at once, and the Ironclad steps are added after Connect, Import
// Forms and Map Request Forms.
func (s *Server) seedDemoWorkflow(ctx context.Context) error {
	seeded, err := s.DB.Client.Workflow.Query().Where(workflow.Name(demoWorkflowName)).Exist(ctx)
	if err != nil || seeded {
		return err
	}
	form, err := s.DB.Client.RequestForm.Query().Where(requestform.Name("Renewal")).Only(ctx)
	if err != nil {
		return fmt.Errorf("finding the demo Renewal form: %w", err)
	}
	admins := taskdefinition.AssigneeRoleADMIN
	_, err = s.Requests.CreateWorkflow(ctx, s.DB.Client, requests.WorkflowInput{
		Name: demoWorkflowName, Description: "An admin approves each renewal.", RequestFormIDs: []pulid.ID{form.ID},
		Tasks: []requests.TaskDefinitionInput{{Name: "Admin approval", Type: taskdefinition.TypeAPPROVAL, AssigneeRole: &admins}},
	})
	if err != nil {
		return fmt.Errorf("seeding the demo workflow: %w", err)
	}
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
