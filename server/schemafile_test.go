package server_test

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"tradewind/ent/user"
	"tradewind/server/servertest"
)

// TestSchemaFileIsTheCommittedSchema: GET /graphql/schema.graphql answers
// signed-in users and API tokens with graph/schema.graphql byte for byte
// (`make check-generated` keeps that file what `make generate` prints), and
// refuses everyone else.
func TestSchemaFileIsTheCommittedSchema(t *testing.T) {
	committed, err := os.ReadFile("../graph/schema.graphql")
	if err != nil {
		t.Fatal(err)
	}
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "viewer@example.com", user.RoleVIEWER)
		viewer := s.Login(t, "viewer@example.com")
		token := tokenClient(t, s, viewer, "READ")

		get := func(c *servertest.Client, header ...string) (*http.Response, []byte) {
			t.Helper()
			req, _ := http.NewRequest(http.MethodGet, s.URL+"/graphql/schema.graphql", nil)
			if c.Token != "" {
				req.Header.Set("Authorization", "Bearer "+c.Token)
			}
			for i := 0; i+1 < len(header); i += 2 {
				req.Header.Set(header[i], header[i+1])
			}
			resp, err := c.HTTP.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			return resp, body
		}

		for name, c := range map[string]*servertest.Client{"session": viewer, "API token": token} {
			resp, body := get(c)
			if resp.StatusCode != http.StatusOK || !bytes.Equal(body, committed) {
				t.Fatalf("%s: status %d, %d bytes; want 200 and graph/schema.graphql's %d bytes", name, resp.StatusCode, len(body), len(committed))
			}
			etag := resp.Header.Get("ETag")
			if resp, _ := get(c, "If-None-Match", etag); etag == "" || resp.StatusCode != http.StatusNotModified {
				t.Fatalf("%s: If-None-Match %q answered %d, want 304", name, etag, resp.StatusCode)
			}
		}

		anonymous := s.NewClient(t)
		if resp, body := get(anonymous); resp.StatusCode != http.StatusUnauthorized || bytes.Contains(body, []byte("type Query")) {
			t.Fatalf("signed out: status %d", resp.StatusCode)
		}
		revoked := s.NewClient(t)
		revoked.Token = "twk_not-a-token"
		if resp, _ := get(revoked); resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("a bad token: status %d", resp.StatusCode)
		}
	})

	// What tools do with the file: load it as a schema.
	schema, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: string(committed)})
	if err != nil {
		t.Fatalf("graph/schema.graphql does not load as a schema: %v", err)
	}
	if schema.Query == nil || schema.Mutation == nil || schema.Subscription == nil || schema.Types["Request"] == nil {
		t.Fatal("graph/schema.graphql lacks Query, Mutation, Subscription or Request")
	}
}
