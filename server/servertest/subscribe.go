package servertest

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Subscription is one GraphQL subscription over graphql-transport-ws, as
// the SPA opens it: the client's cookies (or token), the server's Origin.
type Subscription struct {
	t    *testing.T
	conn *websocket.Conn
}

// Subscribe opens query with vars on a websocket of its own; it is closed
// when the test ends.
func (c *Client) Subscribe(query string, vars map[string]any) *Subscription {
	c.t.Helper()
	h := http.Header{}
	h.Set("Origin", c.base)
	d := websocket.Dialer{Subprotocols: []string{"graphql-transport-ws"}, Jar: c.HTTP.Jar, HandshakeTimeout: 30 * time.Second}
	conn, _, err := d.Dial("ws"+strings.TrimPrefix(c.base, "http")+"/graphql", h)
	if err != nil {
		c.t.Fatalf("websocket: %v", err)
	}
	c.t.Cleanup(func() { conn.Close() })
	init := map[string]any{}
	if c.Token != "" {
		init["Authorization"] = "Bearer " + c.Token
	}
	s := &Subscription{t: c.t, conn: conn}
	s.write(map[string]any{"type": "connection_init", "payload": init})
	if m := s.read(); m.Type != "connection_ack" {
		c.t.Fatalf("connection_init: got %s", m.Type)
	}
	s.write(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": query, "variables": vars}})
	return s
}

type wsMessage struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

func (s *Subscription) write(v any) {
	s.t.Helper()
	if err := s.conn.WriteJSON(v); err != nil {
		s.t.Fatalf("websocket write: %v", err)
	}
}

// read is the next message other than a ping or pong; a minute without one
// fails the test (state, not time: the event is expected to come).
func (s *Subscription) read() wsMessage {
	s.t.Helper()
	_ = s.conn.SetReadDeadline(time.Now().Add(time.Minute)) // pings do not extend it
	for {
		var m wsMessage
		if err := s.conn.ReadJSON(&m); err != nil {
			s.t.Fatalf("websocket read: %v", err)
		}
		switch m.Type {
		case "ping":
			s.write(map[string]any{"type": "pong"})
		case "pong":
		default:
			return m
		}
	}
}

// Next is the next event's data, decoded into v; an error fails the test.
func (s *Subscription) Next(v any) {
	s.t.Helper()
	m := s.read()
	if m.Type != "next" {
		s.t.Fatalf("subscription: got %s %s, want an event", m.Type, m.Payload)
	}
	var out Response
	if err := json.Unmarshal(m.Payload, &out); err != nil {
		s.t.Fatal(err)
	}
	out.Decode(s.t, v)
}
