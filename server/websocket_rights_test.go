package server_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"tradewind/ent/session"
	"tradewind/ent/user"
	"tradewind/server/servertest"
)

// A mutation over the websocket answers once and completes, on both
// subprotocols: no error after the commit (a client would retry it).
func TestMutationOverBothWebsocketProtocols(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	for i, protocol := range []string{"graphql-transport-ws", "graphql-ws"} {
		t.Run(protocol, func(t *testing.T) {
			conn, _, err := dialWS(t, s, admin, protocol, s.URL)
			if err != nil {
				t.Fatal(err)
			}
			initWS(t, conn, nil)
			email := []string{"ws1@example.com", "ws2@example.com"}[i]
			start := map[string]string{"graphql-transport-ws": "subscribe", "graphql-ws": "start"}[protocol]
			err = conn.WriteJSON(wsMsg{ID: "m", Type: start, Payload: map[string]any{
				"query":     `mutation($e: String!) { createUser(input: {email: $e, name: "WS", role: VIEWER, password: "long enough password"}) { email } }`,
				"variables": map[string]any{"e": email},
			}})
			if err != nil {
				t.Fatal(err)
			}
			var got []wsMsg
			for m := read(t, conn); ; m = read(t, conn) {
				got = append(got, m)
				if m.Type == "complete" || m.Type == "error" || len(got) > 3 {
					break
				}
			}
			if len(got) != 2 || !strings.Contains(toJSON(got[0].Payload), email) || got[0].Payload["errors"] != nil || got[1].Type != "complete" {
				t.Fatalf("got %s, want the created user then complete", toJSON(got))
			}
			if n := s.DB.Client.User.Query().Where(user.Email(email)).CountX(context.Background()); n != 1 {
				t.Fatalf("%d users %s, want 1", n, email)
			}
		})
	}
}

// initWS sends connection_init (with payload, may be nil) and waits for the ack.
func initWS(t *testing.T, conn *websocket.Conn, payload map[string]any) {
	t.Helper()
	if err := conn.WriteJSON(wsMsg{Type: "connection_init", Payload: payload}); err != nil {
		t.Fatal(err)
	}
	if m := read(t, conn); m.Type != "connection_ack" {
		t.Fatalf("got %+v, want connection_ack", m)
	}
}

// waitClosed reads until the server closes the socket.
func waitClosed(t *testing.T, conn *websocket.Conn, what string) {
	t.Helper()
	for {
		_ = conn.SetReadDeadline(time.Now().Add(30 * time.Second))
		var m wsMsg
		if err := conn.ReadJSON(&m); err != nil {
			if _, closed := err.(*websocket.CloseError); !closed {
				t.Fatalf("%s: %v, want the server to close the socket", what, err)
			}
			return
		}
	}
}

// A websocket's rights follow its credential: it is closed when its session
// ends, its user is demoted or disabled, or its token is revoked.
func TestWebsocketClosesWhenItsCredentialChanges(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "admin@example.com", user.RoleADMIN)
		admin := s.Login(t, "admin@example.com")
		var ids struct {
			Users struct {
				Edges []struct{ Node struct{ ID, Email string } }
			}
		}
		for _, e := range []string{"bo@example.com", "cy@example.com", "di@example.com"} {
			s.CreateUser(t, e, user.RoleADMIN)
		}
		admin.MustGraphQL(`{ users(first: 10) { edges { node { id email } } } }`, nil, &ids)
		id := map[string]string{}
		for _, e := range ids.Users.Edges {
			id[e.Node.Email] = e.Node.ID
		}
		open := func(c *servertest.Client) *websocket.Conn {
			conn, _, err := dialWS(t, s, c, "graphql-transport-ws", s.URL)
			if err != nil {
				t.Fatal(err)
			}
			initWS(t, conn, nil)
			return conn
		}

		bo := s.Login(t, "bo@example.com")
		conn := open(bo)
		bo.PostJSON("/auth/logout", map[string]string{})
		waitClosed(t, conn, "sign-out")

		conn = open(s.Login(t, "cy@example.com"))
		admin.MustGraphQL(`mutation($id: ID!) { updateUser(id: $id, input: {role: VIEWER}) { id } }`, map[string]any{"id": id["cy@example.com"]}, &struct{}{})
		waitClosed(t, conn, "demotion")

		conn = open(s.Login(t, "di@example.com"))
		admin.MustGraphQL(`mutation($id: ID!) { updateUser(id: $id, input: {disabled: true}) { id } }`, map[string]any{"id": id["di@example.com"]}, &struct{}{})
		waitClosed(t, conn, "disabling")

		tool := tokenClient(t, s, admin, "READ")
		conn, _, err := dialWS(t, s, s.NewClient(t), "graphql-transport-ws", "")
		if err != nil {
			t.Fatal(err)
		}
		initWS(t, conn, map[string]any{"authorization": "Bearer " + tool.Token})
		var tokens struct{ APITokens []struct{ ID string } }
		admin.MustGraphQL(`{ apiTokens { id } }`, nil, &tokens)
		admin.MustGraphQL(`mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, map[string]any{"id": tokens.APITokens[0].ID}, &struct{}{})
		waitClosed(t, conn, "token revocation")
	})
}

// Each operation on an open socket reads its session again, even when no
// event announced the change.
func TestWebsocketOperationsRecheckTheSession(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	conn, _, err := dialWS(t, s, admin, "graphql-transport-ws", s.URL)
	if err != nil {
		t.Fatal(err)
	}
	initWS(t, conn, nil)
	query := wsMsg{ID: "1", Type: "subscribe", Payload: map[string]any{"query": `{ viewer { email } }`}}
	if err := conn.WriteJSON(query); err != nil {
		t.Fatal(err)
	}
	if m := read(t, conn); m.Type != "next" || !strings.Contains(toJSON(m.Payload), "admin@example.com") {
		t.Fatalf("got %+v, want the viewer", m)
	}
	read(t, conn) // complete
	s.DB.Client.Session.Delete().Where(session.HasUserWith(user.Email("admin@example.com"))).ExecX(context.Background())
	query.ID = "2"
	if err := conn.WriteJSON(query); err != nil {
		t.Fatal(err)
	}
	if m := read(t, conn); m.Type != "next" || !strings.Contains(toJSON(m.Payload), "UNAUTHENTICATED") {
		t.Fatalf("after the session ended: got %+v, want UNAUTHENTICATED", m)
	}
	waitClosed(t, conn, "ended session")
}
