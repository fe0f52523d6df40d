package server_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"tradewind/ent/user"
	"tradewind/server/servertest"
)

func TestHealthReadinessAndMetrics(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	get := func(path string) (int, string) {
		resp, err := http.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Fatalf("/healthz = %d %s", code, body)
	}
	if code, body := get("/readyz"); code != 200 || !strings.Contains(body, "ready") {
		t.Fatalf("/readyz = %d %s", code, body)
	}
	s.CreateUser(t, "ada@example.com", user.RoleREQUESTER)
	c := s.Login(t, "ada@example.com")
	c.GraphQL(`query Me { viewer { id } }`, nil)
	c.GraphQL(`query Everyone { users(first: 1) { totalCount } }`, nil) // FORBIDDEN for a requester
	_, metrics := get("/metrics")
	for _, want := range []string{
		`tradewind_graphql_operation_seconds_count{name="Me",type="query"} 1`,
		`tradewind_graphql_errors_total{code="FORBIDDEN"} 1`,
		`tradewind_http_requests_total{code="2xx",route="/graphql"}`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
