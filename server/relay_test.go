package server_test

import (
	"context"
	"testing"
	"time"

	"tradewind/ent"
	"tradewind/ent/user"
	"tradewind/server/audit"
	"tradewind/server/servertest"
)

// Two replicas share one Postgres database: an audit entry written through
// one reaches a subscriber on the other.
func TestEventsReachSubscribersOnOtherReplicas(t *testing.T) {
	url := servertest.NewPostgresDatabase(t)
	a := servertest.Start(t, servertest.Postgres, servertest.Options{DatabaseURL: url})
	b := servertest.Start(t, servertest.Postgres, servertest.Options{DatabaseURL: url})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	onB := b.Broker.Subscribe(ctx, audit.Topic)
	a.CreateUser(t, "ada@example.com", user.RoleADMIN)
	select {
	case ev, ok := <-onB:
		if !ok {
			t.Fatal("subscription closed")
		}
		entry, isEntry := ev.Data.(*ent.AuditEntry)
		if !isEntry || entry.Action != "user.create" {
			t.Fatalf("replica B got %#v, want the user.create audit entry", ev.Data)
		}
	case <-ctx.Done():
		t.Fatal("replica B never heard of the change made on replica A")
	}
}
