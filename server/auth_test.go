package server_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"tradewind/ent/user"
	"tradewind/server"
	"tradewind/server/servertest"
)

func TestLoginSetsAHardenedSessionCookie(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "ada@example.com", user.RoleADMIN)
		c := s.NewClient(t)
		resp := c.PostJSON("/auth/login", map[string]string{"email": "ADA@example.com ", "password": servertest.Password})
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d", resp.StatusCode)
		}
		var cookie *http.Cookie
		for _, ck := range resp.Cookies() {
			if ck.Name == server.SessionCookie {
				cookie = ck
			}
		}
		if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode || len(cookie.Value) < 43 {
			t.Fatalf("session cookie = %+v, want HttpOnly, SameSite=Lax, 256-bit value", cookie)
		}
		var got struct{ Viewer struct{ Email string } }
		c.MustGraphQL(`{ viewer { email } }`, nil, &got)
		if got.Viewer.Email != "ada@example.com" {
			t.Fatalf("viewer = %q", got.Viewer.Email)
		}
		// The cookie's value is not what the database stores.
		var stored int
		row := s.DB.SQL.QueryRow("SELECT COUNT(*) FROM sessions WHERE token_hash = ?", cookie.Value)
		if dialect == servertest.Postgres {
			row = s.DB.SQL.QueryRow("SELECT COUNT(*) FROM sessions WHERE token_hash = $1", []byte(cookie.Value))
		}
		if err := row.Scan(&stored); err != nil || stored != 0 {
			t.Fatalf("session token stored in clear (count %d, err %v)", stored, err)
		}

		if r := c.PostJSON("/auth/logout", map[string]string{}); r.StatusCode != http.StatusNoContent {
			t.Fatalf("logout status %d", r.StatusCode)
		}
		if code := c.GraphQL(`{ viewer { email } }`, nil).Code(); code != "UNAUTHENTICATED" {
			t.Fatalf("after logout code = %q", code)
		}
	})
}

func TestLoginRevealsNothingAndIsThrottled(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "bo@example.com", user.RoleREQUESTER)
	c := s.NewClient(t)
	body := func(r *http.Response) string { b, _ := io.ReadAll(r.Body); return string(b) }
	wrongPassword := c.PostJSON("/auth/login", map[string]string{"email": "bo@example.com", "password": "nope nope nope"})
	unknownEmail := c.PostJSON("/auth/login", map[string]string{"email": "nobody@example.com", "password": "nope nope nope"})
	if wrongPassword.StatusCode != 401 || unknownEmail.StatusCode != 401 {
		t.Fatalf("statuses %d, %d; want 401, 401", wrongPassword.StatusCode, unknownEmail.StatusCode)
	}
	if a, b := body(wrongPassword), body(unknownEmail); a != b {
		t.Fatalf("answers differ, revealing which emails exist: %q vs %q", a, b)
	}
	for i := 0; i < 4; i++ {
		c.PostJSON("/auth/login", map[string]string{"email": "bo@example.com", "password": "nope nope nope"})
	}
	r := c.PostJSON("/auth/login", map[string]string{"email": "bo@example.com", "password": servertest.Password})
	if r.StatusCode != http.StatusTooManyRequests || r.Header.Get("Retry-After") == "" {
		t.Fatalf("after 5 failures: status %d Retry-After %q; want 429 with Retry-After", r.StatusCode, r.Header.Get("Retry-After"))
	}
	if !strings.Contains(body(r), "Try again in") {
		t.Fatal("throttled answer does not say when to try again")
	}
}

func TestCookiePostsMustBeJSONAndGETNeverMutates(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "ada@example.com", user.RoleADMIN)
	c := s.Login(t, "ada@example.com")

	mutation := `mutation { createAPIToken(input:{name:"x", scopes:[READ]}) { token } }`
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(`{"query":"`+strings.ReplaceAll(mutation, `"`, `\"`)+`"}`))
	req.Header.Set("Content-Type", "text/plain") // what a cross-site form can send
	resp, err := c.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnsupportedMediaType {
		t.Fatalf("cookie POST as text/plain: status %d, want 415", resp.StatusCode)
	}

	resp, err = c.HTTP.Get(s.URL + "/graphql?query=" + strings.ReplaceAll(mutation, " ", "+"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Contains(b, []byte("GET requests only allow query operations")) {
		t.Fatalf("GET mutation answered %d %s", resp.StatusCode, b)
	}
	n, err := s.DB.Client.APIToken.Query().Count(t.Context())
	if err != nil || n != 0 {
		t.Fatalf("tokens created = %d (%v), want 0", n, err)
	}
}

func TestEveryResponseCarriesSecurityHeaders(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	for _, path := range []string{"/", "/requests", "/graphql", "/healthz", "/auth/login"} {
		resp, err := http.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		h := resp.Header
		if h.Get("X-Content-Type-Options") != "nosniff" ||
			!strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") ||
			h.Get("Referrer-Policy") == "" {
			t.Errorf("%s: missing security headers: %v", path, h)
		}
	}
}

func TestRequestBodiesAreLimited(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	big := `{"email":"` + strings.Repeat("a", 2<<20) + `","password":"x"}`
	resp, err := http.Post(s.URL+"/auth/login", "application/json", strings.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("2 MiB body: status %d, want 400", resp.StatusCode)
	}
}
