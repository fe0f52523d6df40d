package server_test

import (
	"context"
	"fmt"
	"testing"

	"tradewind/ent/user"
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
