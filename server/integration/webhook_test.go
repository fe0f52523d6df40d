package integration_test

import (
	"context"
	"testing"
	"time"

	"tradewind/ent/syncevent"
	"tradewind/server/integration/ironcladtest"
	"tradewind/server/servertest"
)

func TestWebhookReEnabledByHealthCheck(t *testing.T) {
	e := ironcladtest.Start(t, servertest.SQLite)
	id := e.Connect("Sandbox")
	c := e.Connection(id)
	e.IroncladAPI("PATCH", "/webhooks/"+c.WebhookID, map[string]any{"status": "disabled"}, nil)

	if err := e.Srv.Catalog.CheckIroncladHealth(context.Background()); err != nil {
		t.Fatal(err)
	}
	var hooks []struct{ ID, Status string }
	e.Webhooks(&hooks)
	if len(hooks) != 1 || hooks[0].ID != c.WebhookID || hooks[0].Status != "enabled" {
		t.Fatalf("webhook after the health check: %+v", hooks)
	}
	// Deleted behind Tradewind's back: Test connection registers it again.
	e.IroncladAPI("DELETE", "/webhooks/"+c.WebhookID, nil, nil)
	var out struct{ TestConnection ironcladtest.ConnectionView }
	e.Admin.MustGraphQL(`mutation($id: ID!) { testConnection(id: $id) { `+ironcladtest.ConnectionFields+` } }`, map[string]any{"id": id}, &out)
	if out.TestConnection.Status != "CONNECTED" || out.TestConnection.WebhookID == c.WebhookID || out.TestConnection.WebhookStatus != "ACTIVE" {
		t.Fatalf("after test connection: %+v", out.TestConnection)
	}
	checks, err := e.Srv.DB.Client.SyncEvent.Query().Where(syncevent.Kind("connection_check"), syncevent.StatusEQ(syncevent.StatusSUCCEEDED)).Count(context.Background())
	if err != nil || checks != 2 {
		t.Fatalf("connection checks in the ledger: %d %v", checks, err)
	}
}

func TestTokenRefreshDuringImport(t *testing.T) {
	e := ironcladtest.Start(t, servertest.SQLite)
	id := e.Connect("Sandbox")
	before, _ := e.Srv.DB.Client.Connection.Get(context.Background(), ironcladtest.ConnectionID(id))
	var n struct{ Affected int }
	e.Sandbox("POST", "/_control/tokens/expire", map[string]any{"clientId": "tradewind-demo"}, &n)
	if n.Affected == 0 {
		t.Fatal("no token expired")
	}
	var out struct{ ImportIroncladWorkflows struct{ ImportID string } }
	e.Admin.MustGraphQL(`mutation($c: ID!) { importIroncladWorkflows(input: {connectionID: $c, templateIDs: ["65a1e0f0c0ffee0000000104"]}) { importID } }`,
		map[string]any{"c": id}, &out)
	deadline := time.Now().Add(20 * time.Second)
	for {
		var wfs struct{ IroncladWorkflows []struct{ TemplateID string } }
		e.Admin.MustGraphQL(`{ ironcladWorkflows { templateID } }`, nil, &wfs)
		if len(wfs.IroncladWorkflows) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("import did not finish after the token expired")
		}
		time.Sleep(50 * time.Millisecond)
	}
	after, _ := e.Srv.DB.Client.Connection.Get(context.Background(), ironcladtest.ConnectionID(id))
	if string(after.AccessTokenEnc) == string(before.AccessTokenEnc) {
		t.Fatal("the refreshed token was not stored")
	}
}

func TestWebhookStoredOnceAndVerified(t *testing.T) {
	e := ironcladtest.Start(t, servertest.SQLite)
	id := e.Connect("Sandbox")
	e.Sandbox("PUT", "/_control/webhooks/faults", map[string]any{"duplicate": true}, nil)
	e.Sandbox("POST", "/_control/workflows", map[string]any{"template": "65a1e0f0c0ffee0000000103", "useDefaultValues": true,
		"attributes": map[string]any{"counterpartyName": "Acme", "role6d0e3a4b5c7f4e9a0b1c2d3e4f5a6b7c": "cp@acme.example",
			"role7e1f4b5c6d8a4f0b1c2d3e4f5a6b7c8d": "Pat Acme", "purchaseType": "One-time",
			"purchaseAmount": map[string]any{"amount": 1200, "currency": "USD"}}}, nil)
	ctx := context.Background()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var deliveries []struct{ State string }
		e.Sandbox("GET", "/_control/webhooks/deliveries", nil, &deliveries)
		delivered := 0
		for _, d := range deliveries {
			if d.State == "delivered" {
				delivered++
			}
		}
		if len(deliveries) > 0 && delivered == len(deliveries) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("deliveries: %+v", deliveries)
		}
		time.Sleep(50 * time.Millisecond)
	}
	var deliveries []struct{ EventID string }
	e.Sandbox("GET", "/_control/webhooks/deliveries", nil, &deliveries)
	ids := map[string]bool{}
	for _, d := range deliveries {
		ids[d.EventID] = true
	}
	stored, err := e.Srv.DB.Client.SyncEvent.Query().Where(syncevent.DirectionEQ(syncevent.DirectionINBOUND)).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(deliveries) != 2*len(ids) || len(stored) != len(ids) {
		t.Fatalf("%d deliveries of %d events, %d stored", len(deliveries), len(ids), len(stored))
	}
	// A forged delivery is refused.
	resp := e.Admin.PostJSON("/webhooks/ironclad/"+id, map[string]any{"payload": map[string]any{"event": "workflow_launched"}})
	if resp.StatusCode != 401 {
		t.Fatalf("forged delivery: %d", resp.StatusCode)
	}
}
