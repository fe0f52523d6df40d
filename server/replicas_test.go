package server_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"tradewind/ent/syncevent"
	"tradewind/server"
	"tradewind/server/catalog"
	"tradewind/server/integration"
	"tradewind/server/integration/ironcladtest"
	"tradewind/server/servertest"
)

// Two replicas, real servers on one Postgres, run the live path across each
// other. B serves the demo (its sandbox is Ironclad, whose webhooks go to B)
// and works no jobs; A works the jobs. A subscriber on A hears of a webhook B
// received; the job B inserted runs on A; Import Forms started on B runs on
// A and its progress reaches a subscriber on B; a disconnect made on A is
// seen by B at once.
func TestLivePathAcrossReplicas(t *testing.T) {
	url := servertest.NewPostgresDatabase(t)
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	opts := servertest.Options{DatabaseURL: url, SecretKey: hex.EncodeToString(key)}
	bOpts := opts
	bOpts.Demo = true
	b := servertest.Start(t, servertest.Postgres, bOpts)
	aOpts := opts
	aOpts.Jobs = true
	a := servertest.Start(t, servertest.Postgres, aOpts)
	e := &ironcladtest.Env{T: t, Srv: b, Admin: b.Login(t, server.DemoAdminEmail)}
	id := e.Connect("Sandbox")
	adminOnA := a.Login(t, server.DemoAdminEmail)
	ctx := context.Background()

	// A webhook received by B reaches a subscriber on A.
	syncOnA := dial(t, a, adminOnA, "graphql-transport-ws", `subscription { syncEventAdded { kind direction } }`)
	waitTopicSubscribers(t, a, integration.TopicSyncEvent, 1)
	launched := time.Now()
	e.Sandbox("POST", "/_control/workflows", map[string]any{"template": "65a1e0f0c0ffee0000000103", "useDefaultValues": true,
		"attributes": map[string]any{"counterpartyName": "Acme", "role6d0e3a4b5c7f4e9a0b1c2d3e4f5a6b7c": "cp@acme.example",
			"role7e1f4b5c6d8a4f0b1c2d3e4f5a6b7c8d": "Pat Acme", "purchaseType": "One-time",
			"purchaseAmount": map[string]any{"amount": 1200, "currency": "USD"}}}, nil)
	if m := toJSON(next(t, syncOnA)); !strings.Contains(m, `"direction":"INBOUND"`) {
		t.Fatalf("replica A's syncEventAdded: %s", m)
	}
	t.Logf("webhook on B to subscriber on A: %s", time.Since(launched))

	// The job applying it, inserted on B (which works none), runs on A.
	deadline := time.Now().Add(30 * time.Second)
	for {
		pending, err := a.DB.Client.SyncEvent.Query().Where(syncevent.DirectionEQ(syncevent.DirectionINBOUND),
			syncevent.StatusEQ(syncevent.StatusPENDING)).Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		applied, err := a.DB.Client.SyncEvent.Query().Where(syncevent.DirectionEQ(syncevent.DirectionINBOUND)).Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if pending == 0 && applied > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d inbound events still pending: replica A did not work the job B inserted", pending)
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("webhook applied on A: %s after the launch", time.Since(launched))

	// Import Forms started on B runs on A; B's subscriber sees its progress.
	t.Run("import progress", func(t *testing.T) {
		conn, _, err := dialWS(t, b, e.Admin, "graphql-transport-ws", b.URL)
		if err != nil {
			t.Fatal(err)
		}
		initWS(t, conn, nil)
		err = conn.WriteJSON(map[string]any{"id": "p", "type": "subscribe", "payload": map[string]any{
			"query":     `subscription($c: ID!) { importProgress(connectionID: $c) { state ironcladWorkflow { name } } }`,
			"variables": map[string]any{"c": id}}})
		if err != nil {
			t.Fatal(err)
		}
		waitTopicSubscribers(t, b, catalog.ImportTopic(ironcladtest.ConnectionID(id)), 1)
		e.Admin.MustGraphQL(`mutation($c: ID!) { importIroncladWorkflows(input: {connectionID: $c, templateIDs: ["65a1e0f0c0ffee0000000104"]}) { importID } }`,
			map[string]any{"c": id}, &struct{}{})
		for {
			m := toJSON(next(t, conn))
			if strings.Contains(m, `"state":"DONE"`) {
				if !strings.Contains(m, `"ironcladWorkflow":{"name"`) {
					t.Fatalf("replica B's importProgress: %s", m)
				}
				break
			}
		}
	})

	// A disconnect made on A reaches B's cached connection at once: B no
	// longer verifies deliveries for it (a connection without tokens: 404;
	// a stale cache would still check the signature: 401).
	adminOnA.MustGraphQL(`mutation($id: ID!) { disconnectIronclad(id: $id) { status } }`, map[string]any{"id": id}, &struct{}{})
	deadline = time.Now().Add(20 * time.Second)
	for {
		resp := e.Admin.PostJSON("/webhooks/ironclad/"+id, map[string]any{"payload": map[string]any{"event": "workflow_launched"}})
		resp.Body.Close()
		if resp.StatusCode == 404 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("replica B still answers %d for a connection disconnected on A", resp.StatusCode)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
