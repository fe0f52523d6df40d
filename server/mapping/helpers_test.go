package mapping_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"golang.org/x/oauth2/clientcredentials"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/ironcladfield"
	"tradewind/server/ironclad"
	"tradewind/server/sandbox"
	"tradewind/server/servertest"
)

// sandboxClient starts the Ironclad simulator over real HTTP and returns a
// client acting as its admin (client credentials), with room for many launches.
func sandboxClient(t *testing.T) (*ironclad.Client, string) {
	t.Helper()
	var sb *sandbox.Sandbox
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { sb.ServeHTTP(w, r) }))
	t.Cleanup(srv.Close)
	var err error
	sb, err = sandbox.New(sandbox.Config{PublicURL: srv.URL, RateLimits: sandbox.RateLimits{WorkflowWrites: 1000, WorkflowReads: 1000, Other: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sb.Close() })
	cc := clientcredentials.Config{ClientID: "tradewind-demo", ClientSecret: "tradewind-demo-secret", TokenURL: srv.URL + "/oauth/token"}
	c := ironclad.New(ironclad.Options{BaseURL: srv.URL, TokenSource: cc.TokenSource(context.Background()), ActAsEmail: sandbox.AdminEmail,
		Limiter: ironclad.NewLimiter(ironclad.Limits{WorkflowReads: 6000, WorkflowWrites: 6000, Webhooks: 6000, Other: 6000}),
		Retry:   ironclad.RetryPolicy{MaxAttempts: 2, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond}})
	return c, srv.URL
}

// importTemplate stores a sandbox template's launch form as an imported
// Ironclad workflow, as Import Forms would (issue 4 owns the real import).
func importTemplate(t *testing.T, client *ent.Client, ic *ironclad.Client, base, templateID string) *ent.IroncladWorkflow {
	t.Helper()
	ctx := context.Background()
	ws, err := ic.GetWorkflowSchema(ctx, templateID)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := client.Connection.Query().First(ctx)
	if ent.IsNotFound(err) {
		conn, err = client.Connection.Create().SetName("Sandbox").SetEnvironment(connection.EnvironmentSANDBOX).SetBaseURL(base).Save(ctx)
	}
	if err != nil {
		t.Fatal(err)
	}
	wf, err := client.IroncladWorkflow.Create().SetConnection(conn).SetTemplateID(ws.ID).SetName(ws.Name).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for key, f := range ws.Schema.All() {
		create := client.IroncladField.Create().SetIroncladWorkflow(wf).SetKey(key).SetLabel(f.DisplayName).SetType(f.Type).
			SetRequired(requirement(f.Required)).SetPosition(i)
		if f.ElementType != nil {
			create.SetElementType(f.ElementType.Type)
		}
		if f.Options != nil && len(f.Options.Values) > 0 {
			create.SetOptions(f.Options.Values)
		}
		if len(f.Default) > 0 {
			var v any
			_ = json.Unmarshal(f.Default, &v)
			create.SetDefaultValue(map[string]any{"value": v})
		}
		if err := create.Exec(ctx); err != nil {
			t.Fatal(err)
		}
		i++
	}
	return wf
}

// control calls the sandbox control API.
func control(t *testing.T, base, path string, body any, out any) {
	t.Helper()
	b, _ := json.Marshal(body)
	resp, err := http.Post(base+path, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("%s: status %d", path, resp.StatusCode)
	}
	if out != nil {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			t.Fatal(err)
		}
	}
}

// env is a Tradewind server (its database and services) beside the sandbox.
type env struct {
	srv  *servertest.Server
	db   *ent.Client
	ic   *ironclad.Client
	base string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ic, base := sandboxClient(t)
	s := servertest.Start(t, servertest.SQLite)
	return &env{srv: s, db: s.DB.Client, ic: ic, base: base}
}

func requirement(r ironclad.Requirement) ironcladfield.Required {
	switch r {
	case ironclad.RequiredAlways:
		return ironcladfield.RequiredALWAYS
	case ironclad.RequiredConditional:
		return ironcladfield.RequiredCONDITIONAL
	}
	return ironcladfield.RequiredNEVER
}

func fieldOf(typ, element string, hasOptions bool) *ent.IroncladField {
	f := &ent.IroncladField{Type: typ, ElementType: element}
	if hasOptions {
		f.Options = []string{"x"}
	}
	return f
}

func launchRequest(template string, attrs map[string]any) ironclad.LaunchRequest {
	return ironclad.LaunchRequest{Template: template, Attributes: attrs}
}
