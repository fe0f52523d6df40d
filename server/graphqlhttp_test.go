package server_test

import (
	"encoding/json"
	"os/exec"
	"testing"

	"tradewind/ent/user"
	"tradewind/server/servertest"
)

// TestGraphQLOverHTTPAudit runs the graphql-http package's audit suite (the
// GraphQL-over-HTTP specification's MUST and SHOULD rules) against the real
// server. It needs Node and the project's npm packages (npm ci).
func TestGraphQLOverHTTPAudit(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "tool@example.com", user.RoleADMIN)
	tool := tokenClient(t, s, s.Login(t, "tool@example.com"), "READ")
	out, err := exec.Command("node", "testdata/graphql-http-audit.mjs", s.URL+"/graphql", tool.Token).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("running the audit (is `npm ci` done?): %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("running the audit: %v", err)
	}
	var results []struct{ ID, Name, Status, Reason string }
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("audit output: %v\n%s", err, out)
	}
	if len(results) < 30 {
		t.Fatalf("only %d audits ran", len(results))
	}
	for _, r := range results {
		// "notice" marks a MAY; "warn" a SHOULD and "error" a MUST not met.
		if r.Status != "ok" && r.Status != "notice" {
			t.Errorf("%s %s: %s: %s", r.ID, r.Name, r.Status, r.Reason)
		}
	}
}
