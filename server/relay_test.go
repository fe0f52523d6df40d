package server_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"tradewind/ent"
	"tradewind/ent/user"
	"tradewind/server/audit"
	"tradewind/server/requests"
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

// A request submitted on one replica reaches its requester's taskUpdated and
// requestUpdated subscriptions on the other, through the read policy there.
func TestRequestEventsReachSubscribersOnOtherReplicas(t *testing.T) {
	url := servertest.NewPostgresDatabase(t)
	a := servertest.Start(t, servertest.Postgres, servertest.Options{DatabaseURL: url})
	b := servertest.Start(t, servertest.Postgres, servertest.Options{DatabaseURL: url})
	a.CreateUser(t, "admin@example.com", user.RoleADMIN)
	a.CreateUser(t, "ann@example.com", user.RoleREQUESTER)
	formID := laptopForm(t, a.Login(t, "admin@example.com"))
	annOnB := b.Login(t, "ann@example.com")
	tasks := dial(t, b, annOnB, "graphql-transport-ws", `subscription { taskUpdated { status request { title } } }`)
	reqs := dial(t, b, annOnB, "graphql-ws", `subscription { requestUpdated { title status } }`)
	waitTopicSubscribers(t, b, requests.TopicTask, 1)
	waitTopicSubscribers(t, b, requests.TopicRequest, 1)
	a.Login(t, "ann@example.com").MustGraphQL(submit, map[string]any{"f": formID, "t": "Ann laptop",
		"a": []any{map[string]any{"questionKey": "model", "value": "X1"}}}, &struct{}{})
	if m := toJSON(next(t, tasks)); !strings.Contains(m, `"status":"IN_PROGRESS"`) || !strings.Contains(m, `"title":"Ann laptop"`) {
		t.Fatalf("replica B's taskUpdated: %s", m)
	}
	if m := toJSON(next(t, reqs)); !strings.Contains(m, `"status":"IN_PROGRESS"`) {
		t.Fatalf("replica B's requestUpdated: %s", m)
	}
}
