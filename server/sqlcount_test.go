package server_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/gorilla/websocket"

	"tradewind/ent/user"
	"tradewind/server/integration"
	"tradewind/server/servertest"
)

// TestNestedQueryStatementsDoNotGrowWithPageSize runs requests → tasks →
// comments (plus requester, timeline and the may-act flags) for a page of 2
// and a page of 20: entgql's field collection must load each level in one
// statement, and the computed fields one statement per page, so the counts
// are equal.
func TestNestedQueryStatementsDoNotGrowWithPageSize(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "admin@example.com", user.RoleADMIN)
		ctx := context.Background()
		admin := s.DB.Client.User.Query().Where(user.Email("admin@example.com")).OnlyX(ctx)
		for i := 0; i < 20; i++ {
			r := newRequest(t, s.DB.Client, admin, fmt.Sprintf("Request %d", i))
			s.DB.Client.Task.Create().SetName("Sign").SetType("INTEGRATION").SetRequest(r).SaveX(ctx)
		}
		c := s.Login(t, "admin@example.com")
		const q = `query($n: Int!) { requests(first: $n, orderBy: {field: CREATED_AT, direction: DESC}) {
			totalCount
			edges { node { title requester { email } canWithdraw timeline { kind text task { name } }
				tasks(first: 10) { totalCount edges { node { name status canAct canRetry } } }
				comments(first: 10) { edges { node { body } } } } } } }`
		count := func(n int) int64 {
			before := s.DB.Statements()
			var out struct {
				Requests struct {
					Edges []struct {
						Node struct{ Tasks struct{ TotalCount int } }
					}
				}
			}
			c.MustGraphQL(q, map[string]any{"n": n}, &out)
			if len(out.Requests.Edges) != n || out.Requests.Edges[0].Node.Tasks.TotalCount != 2 {
				t.Fatalf("page of %d: got %d edges, %+v", n, len(out.Requests.Edges), out.Requests.Edges[0])
			}
			return s.DB.Statements() - before
		}
		count(1) // warm the session's last-seen write out of the measurement
		small, large := count(2), count(20)
		if small != large {
			t.Fatalf("statements: %d for 2 requests, %d for 20: the count grows with the page size (N+1)", small, large)
		}
		t.Logf("%s: %d statements for a page of 2 and of 20", dialect, small)
	})
}

// TestSyncEventFilterCostsTheSameForAnyNumberOfSubscribers publishes one
// ledger entry to 1 and then 4 syncEventAdded(connectionID:) subscribers:
// the filter compares the entry's connection, which the publisher loads
// once, so the statements do not grow with the subscribers.
func TestSyncEventFilterCostsTheSameForAnyNumberOfSubscribers(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "admin@example.com", user.RoleADMIN)
		ctx := context.Background()
		admin := s.DB.Client.User.Query().Where(user.Email("admin@example.com")).OnlyX(ctx)
		conn := s.DB.Client.Connection.Create().SetName("Acme").SetEnvironment("DEMO").SetBaseURL("http://127.0.0.1:1").
			SetCreatedBy(admin).SaveX(ctx)
		c := s.Login(t, "admin@example.com")
		query := fmt.Sprintf(`subscription { syncEventAdded(connectionID: %q) { id kind } }`, conn.ID)
		var subs []*websocket.Conn
		count := func(n int) int64 {
			for len(subs) < n {
				ws, _, err := dialWS(t, s, c, "graphql-transport-ws", s.URL)
				if err != nil {
					t.Fatal(err)
				}
				subscribe(t, ws, "graphql-transport-ws", nil, query)
				subs = append(subs, ws)
			}
			waitTopicSubscribers(t, s, integration.TopicSyncEvent, n)
			before := s.DB.Statements()
			e := s.DB.Client.SyncEvent.Create().SetDirection("INBOUND").SetKind(fmt.Sprintf("webhook %d", n)).
				SetStatus("SUCCEEDED").SetConnection(conn).SaveX(ctx)
			s.Integration.PublishSyncEvent(ctx, e)
			for _, ws := range subs {
				if m := read(t, ws); m.Type != "next" || !strings.Contains(toJSON(m.Payload), e.Kind) {
					t.Fatalf("subscriber got %+v, want the entry %q", m, e.Kind)
				}
			}
			return s.DB.Statements() - before
		}
		one, four := count(1), count(4)
		if one != four {
			t.Fatalf("statements: %d for 1 subscriber, %d for 4: the filter loads per subscriber", one, four)
		}
		t.Logf("%s: %d statements for one entry, with 1 and with 4 subscribers", dialect, one)
	})
}
