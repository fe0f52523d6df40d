package server_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"tradewind/ent/user"
	"tradewind/server/servertest"
)

type wsMsg struct {
	ID      string         `json:"id,omitempty"`
	Type    string         `json:"type"`
	Payload map[string]any `json:"payload,omitempty"`
}

// dialWS opens /graphql as a websocket with the subprotocol, cookies of c and
// the given Origin.
func dialWS(t *testing.T, s *servertest.Server, c *servertest.Client, protocol, origin string) (*websocket.Conn, *http.Response, error) {
	t.Helper()
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	d := websocket.Dialer{Subprotocols: []string{protocol}, Jar: c.HTTP.Jar, HandshakeTimeout: 5 * time.Second}
	conn, resp, err := d.Dial("ws"+strings.TrimPrefix(s.URL, "http")+"/graphql", h)
	if conn != nil {
		t.Cleanup(func() { conn.Close() })
	}
	return conn, resp, err
}

func read(t *testing.T, conn *websocket.Conn, skip ...string) wsMsg {
	t.Helper()
	for {
		_ = conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		var m wsMsg
		if err := conn.ReadJSON(&m); err != nil {
			t.Fatalf("reading websocket: %v", err)
		}
		if m.Type == "ka" || m.Type == "ping" || m.Type == "pong" {
			continue
		}
		return m
	}
}

// subscribeAudit opens an auditEntryAdded subscription on the protocol.
func subscribeAudit(t *testing.T, conn *websocket.Conn, protocol string, initPayload map[string]any) {
	t.Helper()
	subscribe(t, conn, protocol, initPayload, `subscription { auditEntryAdded { action targetType actor { email } } }`)
}

// subscribe opens the subscription query on the protocol.
func subscribe(t *testing.T, conn *websocket.Conn, protocol string, initPayload map[string]any, query string) {
	t.Helper()
	initWS(t, conn, initPayload)
	start := "subscribe"
	if protocol == "graphql-ws" {
		start = "start"
	}
	err := conn.WriteJSON(wsMsg{ID: "1", Type: start, Payload: map[string]any{"query": query}})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSubscriptionOverBothWebsocketProtocols(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	for i, protocol := range []string{"graphql-transport-ws", "graphql-ws"} {
		t.Run(protocol, func(t *testing.T) {
			conn, _, err := dialWS(t, s, admin, protocol, s.URL)
			if err != nil {
				t.Fatal(err)
			}
			if conn.Subprotocol() != protocol {
				t.Fatalf("negotiated %q", conn.Subprotocol())
			}
			subscribeAudit(t, conn, protocol, nil)
			waitSubscribers(t, s, 1)
			admin.MustGraphQL(`mutation($e: String!) { createUser(input: {email: $e, name: "New", role: VIEWER, password: "long enough password"}) { id } }`,
				map[string]any{"e": []string{"a@example.com", "b@example.com"}[i]}, &struct{}{})
			m := read(t, conn)
			wantType := map[string]string{"graphql-transport-ws": "next", "graphql-ws": "data"}[protocol]
			// The entry was written in the mutation's transaction; its edges
			// must still resolve after that transaction has committed.
			if m.Type != wantType || !strings.Contains(toJSON(m.Payload), `"action":"user.create"`) ||
				!strings.Contains(toJSON(m.Payload), `"actor":{"email":"admin@example.com"}`) {
				t.Fatalf("got %+v, want %s with user.create by admin@example.com", m, wantType)
			}
			conn.Close()
			waitSubscribers(t, s, 0)
		})
	}
}

func TestWebsocketRefusesForeignOriginsAndAnonymousCallers(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	_, resp, err := dialWS(t, s, admin, "graphql-transport-ws", "https://evil.example")
	if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("foreign Origin: err %v, resp %+v; want 403", err, resp)
	}

	conn, _, err := dialWS(t, s, s.NewClient(t), "graphql-transport-ws", s.URL)
	if err != nil {
		t.Fatal(err)
	}
	_ = conn.WriteJSON(wsMsg{Type: "connection_init"})
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		var m wsMsg
		if err := conn.ReadJSON(&m); err != nil {
			if _, closed := err.(*websocket.CloseError); !closed {
				t.Fatalf("anonymous websocket: %v, want it closed by the server", err)
			}
			break
		}
		if m.Type == "connection_ack" {
			t.Fatal("anonymous websocket acknowledged")
		}
	}
}

func TestWebsocketAcceptsAnAPITokenInConnectionInit(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	tool := tokenClient(t, s, admin, "READ")
	conn, _, err := dialWS(t, s, s.NewClient(t), "graphql-transport-ws", "")
	if err != nil {
		t.Fatal(err)
	}
	subscribeAudit(t, conn, "graphql-transport-ws", map[string]any{"authorization": "Bearer " + tool.Token})
	waitSubscribers(t, s, 1)
}

// A subscriber that never reads must not hold up the others: once its socket
// buffers are full the server drops it, and the reader keeps receiving.
func TestSlowSubscriberDoesNotBlockOthers(t *testing.T) {
	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin := s.Login(t, "admin@example.com")
	slow, _, err := dialWS(t, s, admin, "graphql-transport-ws", s.URL)
	if err != nil {
		t.Fatal(err)
	}
	subscribeAudit(t, slow, "graphql-transport-ws", nil)
	fast, _, err := dialWS(t, s, admin, "graphql-transport-ws", s.URL)
	if err != nil {
		t.Fatal(err)
	}
	subscribeAudit(t, fast, "graphql-transport-ws", nil)
	waitSubscribers(t, s, 2)
	const n = 400 // 400 × 16 KiB: far beyond the slow client's socket buffers
	for i := 0; i < n; i++ {
		s.Broker.Publish(auditEvent(t, s, i)) // never blocks
		if m := read(t, fast); m.Type != "next" {
			t.Fatalf("event %d: fast subscriber got %+v", i, m)
		}
	}
	waitSubscribers(t, s, 1) // the slow one was dropped, the fast one remains
}

func waitSubscribers(t *testing.T, s *servertest.Server, want int) {
	t.Helper()
	waitTopicSubscribers(t, s, "audit", want)
}

func waitTopicSubscribers(t *testing.T, s *servertest.Server, topic string, want int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for s.Broker.Subscribers(topic) != want {
		select {
		case <-ctx.Done():
			t.Fatalf("%s subscribers = %d, want %d", topic, s.Broker.Subscribers(topic), want)
		case <-time.After(10 * time.Millisecond):
		}
	}
}
