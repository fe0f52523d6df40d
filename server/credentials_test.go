package server_test

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"tradewind/ent/user"
	"tradewind/server/auth"
	"tradewind/server/servertest"
)

// An admin's password reset ends the user's sessions and revokes their API
// tokens: whoever knew the old password may have made them.
func TestPasswordResetRevokesAPITokens(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "admin@example.com", user.RoleADMIN)
		s.CreateUser(t, "bo@example.com", user.RoleREQUESTER)
		admin := s.Login(t, "admin@example.com")
		tool := tokenClient(t, s, s.Login(t, "bo@example.com"), "READ")
		var me struct{ Viewer struct{ ID string } }
		tool.MustGraphQL(`{ viewer { id } }`, nil, &me)
		admin.MustGraphQL(`mutation($id: ID!) { updateUser(id: $id, input: {password: "a brand new password"}) { id } }`,
			map[string]any{"id": me.Viewer.ID}, &struct{}{})
		resp := tool.PostJSON("/graphql", map[string]any{"query": `{ viewer { id } }`})
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("token after a password reset: status %d, want 401", resp.StatusCode)
		}
	})
}

// A session in use every day still ends SessionMaxAge after sign-in.
func TestSessionsHaveAnAbsoluteLifetime(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	signedIn := time.Now().Add(-auth.SessionMaxAge - time.Minute)
	// Used a minute ago: the sliding expiry alone would keep it.
	if _, err := s.DB.SQL.Exec("UPDATE sessions SET created_at = ?, last_seen_at = ?", signedIn, time.Now().Add(-time.Minute)); err != nil {
		t.Fatal(err)
	}
	if code := admin.GraphQL(`{ viewer { id } }`, nil).Code(); code != "UNAUTHENTICATED" {
		t.Fatalf("session older than its maximum age: code %q, want UNAUTHENTICATED", code)
	}
}

// A burst of wrong passwords is counted before the hashes run: only the
// email's budget is checked, and the burst does not lock out other accounts
// signing in from the same address.
func TestSignInBurstIsThrottledBeforeHashing(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "bo@example.com", user.RoleREQUESTER)
	s.CreateUser(t, "cy@example.com", user.RoleREQUESTER)
	var wg sync.WaitGroup
	var mu sync.Mutex
	codes := map[int]int{}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp := s.NewClient(t).PostJSON("/auth/login", map[string]string{"email": "bo@example.com", "password": "not the password"})
			resp.Body.Close()
			mu.Lock()
			codes[resp.StatusCode]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if codes[http.StatusUnauthorized] != 5 || codes[http.StatusTooManyRequests] != 25 {
		t.Fatalf("status counts %v, want 5 checked (401) and 25 throttled (429)", codes)
	}
	s.Login(t, "cy@example.com") // fails the test when locked out
}
