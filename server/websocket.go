package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/gorilla/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"tradewind/server/events"
)

// The two GraphQL-over-websocket subprotocols: graphql-transport-ws (the
// browsers', from the graphql-ws library) and the legacy graphql-ws.
const (
	protocolTransportWS = "graphql-transport-ws"
	protocolLegacyWS    = "graphql-ws"
)

// Websocket close codes we send.
const (
	closeNormal        = websocket.CloseNormalClosure
	closeBadMessage    = 4400
	closeInitTimeout   = 4408
	closeTooManyInits  = 4429
	closeDuplicateID   = 4409
	writeTimeout       = 10 * time.Second
	closeWriteDeadline = time.Second
)

// websocketTransport serves GraphQL over websockets (both subprotocols) in
// place of gqlgen's transport.Websocket, so that an idle subscription costs
// little: gqlgen's holds four goroutines per connection and one per
// subscription (a read loop, a pinger, a close watcher, a stream each),
// whose stacks were most of an idle subscriber's ~58 KB. Here a connection
// holds one goroutine, its read loop, started afresh once the handshake is
// done (net/http's goroutine, its buffers and the request are let go);
// pings run on a timer, closing on a context callback, and a subscription
// holds no goroutine while it waits: the broker calls it when an event is
// ready (events.Pull).
type websocketTransport struct {
	allowedOrigins []string // scheme://host[:port], e.g. the public URL's origin
	// writeBuffers is shared by every connection: an idle subscriber (the
	// common case: a dashboard waiting for the next event) holds no write
	// buffer.
	writeBuffers *sync.Pool
	init         func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error)
	initTimeout  time.Duration
	pingInterval time.Duration // graphql-transport-ws only; a pong must come within two intervals
	readLimit    int64
}

var _ graphql.Transport = websocketTransport{}

func (websocketTransport) Supports(r *http.Request) bool { return r.Header.Get("Upgrade") != "" }

// Do upgrades the request, then serves the socket on a goroutine of its own
// and returns, so that net/http's handler goroutine ends.
func (t websocketTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	up := websocket.Upgrader{
		ReadBufferSize:    1024, // GraphQL messages from clients are small
		WriteBufferSize:   4096,
		WriteBufferPool:   t.writeBuffers,
		Subprotocols:      []string{protocolTransportWS, protocolLegacyWS},
		CheckOrigin:       t.checkOrigin,
		HandshakeTimeout:  10 * time.Second,
		EnableCompression: false,
	}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has already answered (403 for a bad Origin)
	}
	// The HTTP server's read and write timeouts bound a request, not a
	// socket that lives for hours: clear them; pings and each write's own
	// deadline take over.
	_ = conn.NetConn().SetDeadline(time.Time{})
	conn.SetReadLimit(t.readLimit)
	// The request's context ends when this handler returns; the socket's
	// lives until the socket closes.
	ctx, cancel := context.WithCancel(context.WithoutCancel(r.Context()))
	c := &wsConn{t: t, conn: conn, exec: exec, ctx: ctx, cancel: cancel, legacy: conn.Subprotocol() != protocolTransportWS,
		active: map[string]context.CancelFunc{}}
	go c.serve()
}

// checkOrigin allows requests without Origin (non-browser tools, which must
// authenticate with a token anyway), the same origin as the request's Host,
// and configured origins; anything else is a cross-site page and is refused.
func (t websocketTransport) checkOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	return slices.ContainsFunc(t.allowedOrigins, func(o string) bool { return strings.EqualFold(o, origin) })
}

// wsMessage is one message of either subprotocol.
type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// wsConn is one open socket.
type wsConn struct {
	t      websocketTransport
	conn   *websocket.Conn
	exec   graphql.GraphExecutor
	legacy bool // graphql-ws rather than graphql-transport-ws
	ctx    context.Context
	cancel context.CancelFunc

	writeMu sync.Mutex // gorilla allows one writer at a time

	mu           sync.Mutex
	active       map[string]context.CancelFunc // operations by id
	closed       bool
	ping         *time.Timer
	receivedPong bool
}

func (c *wsConn) serve() {
	if !c.initialize() {
		return
	}
	context.AfterFunc(c.ctx, func() { c.close(closeNormal, "terminated") })
	if !c.legacy && c.t.pingInterval > 0 {
		_ = c.conn.SetReadDeadline(time.Now().Add(2 * c.t.pingInterval))
		c.mu.Lock()
		c.ping = time.AfterFunc(c.t.pingInterval, c.sendPing)
		c.mu.Unlock()
	}
	for {
		m, err := c.next()
		if err != nil {
			c.close(closeBadMessage, "invalid message")
			return
		}
		switch {
		case m.Type == "subscribe" && !c.legacy, m.Type == "start" && c.legacy:
			c.start(m)
		case m.Type == "complete" && !c.legacy, m.Type == "stop" && c.legacy:
			c.mu.Lock()
			stop := c.active[m.ID]
			c.mu.Unlock()
			if stop != nil {
				stop()
			}
		case m.Type == "ping" && !c.legacy:
			c.write(wsMessage{Type: "pong", Payload: m.Payload})
		case m.Type == "pong" && !c.legacy:
			c.mu.Lock()
			c.receivedPong = true
			c.mu.Unlock()
			_ = c.conn.SetReadDeadline(time.Time{})
		case m.Type == "connection_terminate" && c.legacy:
			c.close(closeNormal, "terminated")
			return
		case m.Type == "connection_init":
			c.close(closeTooManyInits, "too many initialisation requests")
			return
		default:
			c.close(closeBadMessage, "unexpected message "+m.Type)
			return
		}
	}
}

// initialize waits for connection_init and authenticates it.
func (c *wsConn) initialize() bool {
	_ = c.conn.SetReadDeadline(time.Now().Add(c.t.initTimeout))
	m, err := c.next()
	var netErr interface{ Timeout() bool }
	switch {
	case errors.As(err, &netErr) && netErr.Timeout():
		c.close(closeInitTimeout, "connection initialisation timeout")
		return false
	case err != nil:
		c.close(closeBadMessage, "invalid message")
		return false
	case m.Type == "connection_terminate" && c.legacy:
		c.close(closeNormal, "terminated")
		return false
	case m.Type != "connection_init":
		c.close(closeBadMessage, "unexpected message "+m.Type)
		return false
	}
	_ = c.conn.SetReadDeadline(time.Time{})
	var payload transport.InitPayload
	if len(m.Payload) > 0 && json.Unmarshal(m.Payload, &payload) != nil {
		c.close(closeBadMessage, "invalid connection_init payload")
		return false
	}
	ctx, ack, err := c.t.init(c.ctx, payload)
	if err != nil {
		if c.legacy {
			c.write(wsMessage{Type: "connection_error", Payload: mustJSON(&gqlerror.Error{Message: err.Error()})})
		}
		c.close(closeNormal, "terminated")
		return false
	}
	// The socket's context now carries its viewer; cancelling it (the
	// viewer's rights ended) closes the socket.
	c.ctx = ctx
	reply := wsMessage{Type: "connection_ack"}
	if ack != nil {
		reply.Payload = mustJSON(*ack)
	}
	c.write(reply)
	if c.legacy {
		c.write(wsMessage{Type: "ka"})
	}
	return true
}

// next reads one message.
func (c *wsConn) next() (wsMessage, error) {
	_, r, err := c.conn.NextReader()
	if err != nil {
		return wsMessage{}, err
	}
	var m wsMessage
	err = json.NewDecoder(r).Decode(&m)
	return m, err
}

// start runs an operation: on a goroutine of its own while it works, then,
// for a subscription, on the broker's calls only (events.Pull).
func (c *wsConn) start(m wsMessage) {
	c.mu.Lock()
	if _, dup := c.active[m.ID]; dup || c.closed {
		c.mu.Unlock()
		if dup {
			c.close(closeDuplicateID, "subscriber for "+m.ID+" already exists")
		}
		return
	}
	ctx, cancel := context.WithCancel(c.ctx)
	c.active[m.ID] = cancel
	c.mu.Unlock()
	go c.run(ctx, cancel, m)
}

func (c *wsConn) run(ctx context.Context, cancel context.CancelFunc, m wsMessage) {
	ctx = graphql.StartOperationTrace(ctx)
	start := graphql.Now()
	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(m.Payload))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		c.sendErrors(m.ID, &gqlerror.Error{Message: "invalid json"})
		c.finish(m.ID, cancel, true)
		return
	}
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	oc, errs := c.exec.CreateOperationContext(ctx, params)
	if errs != nil {
		resp := c.exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs)
		if errcode.GetErrorKind(errs) == errcode.KindProtocol {
			c.sendErrors(m.ID, resp.Errors...)
		} else {
			c.send(m.ID, &graphql.Response{Errors: errs})
		}
		c.finish(m.ID, cancel, true)
		return
	}
	s := &wsSubscription{c: c, id: m.ID, cancel: cancel}
	s.pull.Ready = s.ready
	ctx = events.WithPull(graphql.WithOperationContext(ctx, oc), &s.pull)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.responses, s.ctx = c.exec.DispatchOperation(ctx, oc)
	if oc.Operation != nil && oc.Operation.Operation == ast.Subscription && s.pull.Subscribed() {
		return // the broker calls s.ready for each event
	}
	// A query, a mutation, or an operation refused before it subscribed:
	// answer until the responses end.
	for s.deliver() {
	}
}

// wsSubscription is one operation whose responses are delivered on demand.
type wsSubscription struct {
	c      *wsConn
	id     string
	cancel context.CancelFunc
	pull   events.Pull

	mu        sync.Mutex // one delivery at a time
	responses graphql.ResponseHandler
	ctx       context.Context
	done      bool
}

// ready is called by the broker when the subscription's channel holds an
// event (or has closed), so the next response is there without waiting.
func (s *wsSubscription) ready() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deliver()
}

// deliver sends the next response, or ends the operation when there is
// none; it reports whether the operation goes on. s.mu is held.
func (s *wsSubscription) deliver() (more bool) {
	if s.done {
		return false
	}
	defer func() {
		if r := recover(); r != nil {
			s.c.sendErrors(s.id, &gqlerror.Error{Message: "internal error"})
			s.end()
		}
	}()
	resp := s.responses(s.ctx)
	if resp == nil {
		s.end()
		return false
	}
	s.c.send(s.id, resp)
	return true
}

func (s *wsSubscription) end() {
	s.done = true
	s.c.finish(s.id, s.cancel, s.c.ctx.Err() == nil)
}

// finish forgets the operation, telling the client it is complete unless the
// socket is closing.
func (c *wsConn) finish(id string, cancel context.CancelFunc, complete bool) {
	if complete {
		c.write(wsMessage{ID: id, Type: "complete"})
	}
	c.mu.Lock()
	delete(c.active, id)
	c.mu.Unlock()
	cancel()
}

// send sends one response. The common case, data alone, is framed by hand:
// a webhook fanned out to thousands of subscribers is sent thousands of
// times, and encoding/json would re-validate the data each time.
func (c *wsConn) send(id string, resp *graphql.Response) {
	t := "next"
	if c.legacy {
		t = "data"
	}
	if len(resp.Errors) > 0 || len(resp.Extensions) > 0 || resp.HasNext != nil || resp.Label != "" || len(resp.Path) > 0 || len(resp.Data) == 0 {
		c.write(wsMessage{ID: id, Type: t, Payload: mustJSON(resp)})
		return
	}
	b := make([]byte, 0, len(resp.Data)+len(id)+48)
	b = append(b, `{"id":`...)
	b = append(b, mustJSON(id)...)
	b = append(b, `,"type":"`...)
	b = append(b, t...)
	b = append(b, `","payload":{"data":`...)
	b = append(b, resp.Data...)
	b = append(b, "}}"...)
	c.writeMessage(b)
}

func (c *wsConn) sendErrors(id string, errs ...*gqlerror.Error) {
	c.write(wsMessage{ID: id, Type: "error", Payload: mustJSON(errs)})
}

// sendPing pings (graphql-transport-ws) and expects a pong within two
// intervals; a client that stays silent has its read deadline expire.
func (c *wsConn) sendPing() {
	c.write(wsMessage{Type: "ping"})
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	if c.receivedPong {
		_ = c.conn.SetReadDeadline(time.Now().Add(2 * c.t.pingInterval))
	}
	c.receivedPong = false
	c.ping.Reset(c.t.pingInterval)
}

// write sends one message; a socket that cannot take it within the write
// timeout is closed.
func (c *wsConn) write(m wsMessage) { c.writeMessage(mustJSON(m)) }

func (c *wsConn) writeMessage(b []byte) {
	c.writeMu.Lock()
	_ = c.conn.SetWriteDeadline(time.Now().Add(writeTimeout))
	err := c.conn.WriteMessage(websocket.TextMessage, b)
	c.writeMu.Unlock()
	if err != nil {
		c.close(closeNormal, "write failed")
	}
}

// close closes the socket once: every operation ends, the read loop stops.
func (c *wsConn) close(code int, reason string) {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	if c.ping != nil {
		c.ping.Stop()
	}
	for _, stop := range c.active {
		stop()
	}
	c.mu.Unlock()
	// WriteControl may run beside a write (gorilla allows it), which a slow
	// peer may be holding up; the peer may be gone already.
	_ = c.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(closeWriteDeadline))
	_ = c.conn.Close()
	c.cancel()
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // our own values: always marshal
	}
	return b
}
