package integration_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"

	"tradewind/ent/connection"
	"tradewind/server/integration/ironcladtest"
	"tradewind/server/servertest"
)

func TestConnectAllowAccess(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		e := ironcladtest.Start(t, dialect)
		id := e.Connect("Ironclad sandbox")
		c := e.Connection(id)
		if c.Status != "CONNECTED" || c.IntegrationUserEmail != "admin@ironclad.example" || c.WebhookStatus != "ACTIVE" ||
			c.WebhookID == "" || c.LastVerifiedAt == nil || c.LastErrorCode != nil {
			t.Fatalf("connection after Allow Access: %+v", c)
		}
		if !slices.Contains(c.Scopes, "public.webhooks.createWebhooks") {
			t.Fatalf("scopes: %v", c.Scopes)
		}
		var hooks []struct{ TargetURL, Status string }
		e.Webhooks(&hooks)
		if len(hooks) != 1 || hooks[0].TargetURL != e.Srv.URL+"/webhooks/ironclad/"+id || hooks[0].Status != "enabled" {
			t.Fatalf("registrations in Ironclad: %+v", hooks)
		}
		// Secrets never leave: the stored tokens are encrypted.
		stored, err := e.Srv.DB.Client.Connection.Get(context.Background(), ironcladtest.ConnectionID(id))
		if err != nil {
			t.Fatal(err)
		}
		if len(stored.AccessTokenEnc) == 0 || strings.Contains(string(stored.AccessTokenEnc), "tok") && len(stored.AccessTokenEnc) < 20 {
			t.Fatalf("tokens not stored encrypted")
		}

		// Reconnect re-uses the registration for the same URL instead of failing.
		u := e.Consent(e.AuthorizationURL(id), "admin@ironclad.example", "Allow Access")
		if u.Query().Get("result") != "ok" {
			t.Fatalf("reconnect: %s", u.RawQuery)
		}
		e.Webhooks(&hooks)
		if len(hooks) != 1 || e.Connection(id).WebhookID != c.WebhookID {
			t.Fatalf("reconnect made a second registration: %+v", hooks)
		}
	})
}

func TestConnectRefusals(t *testing.T) {
	e := ironcladtest.Start(t, servertest.SQLite)
	for _, tc := range []struct {
		name, email, decision, code, says string
	}{
		{"deny", "admin@ironclad.example", "Deny", "ACCESS_DENIED", "Allow Access"},
		{"no API management", "legal@ironclad.example", "Allow Access", "MISSING_API_MANAGEMENT",
			"Company Settings > Groups"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			id := e.CreateSandboxConnection("Refused " + tc.name)
			u := e.Consent(e.AuthorizationURL(id), tc.email, tc.decision)
			if u.Query().Get("result") != tc.code || u.Query().Get("connection") != id {
				t.Fatalf("redirect %s, want result=%s", u.RawQuery, tc.code)
			}
			c := e.Connection(id)
			if c.Status != "PENDING" || c.LastErrorCode == nil || *c.LastErrorCode != tc.code || !strings.Contains(c.LastError, tc.says) {
				t.Fatalf("connection: %+v", c)
			}
			stored, _ := e.Srv.DB.Client.Connection.Get(context.Background(), ironcladtest.ConnectionID(id))
			if len(stored.AccessTokenEnc) > 0 || len(stored.RefreshTokenEnc) > 0 || stored.WebhookID != "" {
				t.Fatal("a refused connect left tokens or a webhook behind")
			}
		})
	}
	var hooks []struct{ TargetURL string }
	e.Webhooks(&hooks)
	if len(hooks) != 0 {
		t.Fatalf("webhooks left in Ironclad: %+v", hooks)
	}
	if !strings.Contains(e.ConnectionByName("Refused no API management").LastError, "API Management and Users & Groups Administration") {
		t.Fatal("the fix is not spelled out")
	}
}

func TestCallbackStateIsSingleUseAndBound(t *testing.T) {
	e := ironcladtest.Start(t, servertest.SQLite)
	id := e.CreateSandboxConnection("State")
	authURL := e.AuthorizationURL(id)

	// A made-up state changes nothing.
	resp, err := e.Admin.HTTP.Get(e.Srv.URL + "/auth/ironclad/callback?code=abc&state=forged")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Request.URL.Query(); got.Get("result") != "INVALID_STATE" || got.Get("connection") != "" {
		t.Fatalf("forged state: %s", resp.Request.URL)
	}

	// Another Tradewind user cannot finish the admin's Connect.
	e.Srv.CreateUser(t, "other-admin@tradewind.example", "ADMIN")
	other := e.Srv.Login(t, "other-admin@tradewind.example")
	stolen := e.ConsentWith(other, authURL)
	if stolen.Query().Get("result") != "INVALID_STATE" || e.Connection(id).Status != "PENDING" {
		t.Fatalf("another user's callback: %s", stolen.RawQuery)
	}

	// The real flow works once; replaying its callback is refused.
	var callback string
	e.Admin.HTTP.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if req.URL.Path == "/auth/ironclad/callback" {
			callback = req.URL.String()
		}
		return nil
	}
	u := e.Consent(e.AuthorizationURL(id), "admin@ironclad.example", "Allow Access")
	e.Admin.HTTP.CheckRedirect = nil
	if u.Query().Get("result") != "ok" || callback == "" {
		t.Fatalf("connect: %s", u.RawQuery)
	}
	resp, err = e.Admin.HTTP.Get(callback)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Request.URL.Query().Get("result") != "INVALID_STATE" || e.Connection(id).Status != "CONNECTED" {
		t.Fatalf("replayed callback: %s", resp.Request.URL)
	}
}

func TestDisconnectRemovesWebhookKeepsConnection(t *testing.T) {
	e := ironcladtest.Start(t, servertest.SQLite)
	id := e.Connect("To disconnect")
	var out struct{ DisconnectIronclad ironcladtest.ConnectionView }
	e.Admin.MustGraphQL(`mutation($id: ID!) { disconnectIronclad(id: $id) { `+ironcladtest.ConnectionFields+` } }`, map[string]any{"id": id}, &out)
	if out.DisconnectIronclad.Status != "DISCONNECTED" || out.DisconnectIronclad.WebhookID != "" {
		t.Fatalf("after disconnect: %+v", out.DisconnectIronclad)
	}
	var hooks []struct{ TargetURL string }
	e.Webhooks(&hooks)
	if len(hooks) != 0 {
		t.Fatalf("webhook still registered: %+v", hooks)
	}
	stored, _ := e.Srv.DB.Client.Connection.Get(context.Background(), ironcladtest.ConnectionID(id))
	if len(stored.AccessTokenEnc) > 0 || len(stored.RefreshTokenEnc) > 0 || stored.Status != connection.StatusDISCONNECTED {
		t.Fatal("tokens kept after disconnect")
	}
}
