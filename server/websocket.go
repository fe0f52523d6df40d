package server

import (
	"errors"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/gorilla/websocket"
)

// gorillaWebsocket plugs gorilla/websocket into gqlgen's websocket transport
// (gqlgen ships only a coder/websocket adapter). It merges gqlgen's
// subprotocols (graphql-transport-ws and legacy graphql-ws) and refuses any
// browser Origin other than Tradewind's own.
type gorillaWebsocket struct {
	allowedOrigins []string // scheme://host[:port], e.g. the public URL's origin
	// writeBuffers is shared by every connection: an idle subscriber (the
	// common case: a dashboard waiting for the next event) holds no write
	// buffer, which keeps each idle subscription small.
	writeBuffers *sync.Pool
}

// Accept upgrades the connection.
func (g gorillaWebsocket) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	up := websocket.Upgrader{
		ReadBufferSize:    1024, // GraphQL messages from clients are small
		WriteBufferSize:   4096,
		WriteBufferPool:   g.writeBuffers,
		Subprotocols:      opts.Subprotocols,
		CheckOrigin:       g.checkOrigin,
		HandshakeTimeout:  10 * time.Second,
		EnableCompression: false,
	}
	conn, err := up.Upgrade(w, r, opts.ResponseHeader)
	if err != nil {
		return nil, err // Upgrade has already answered (403 for a bad Origin)
	}
	// The HTTP server's read and write timeouts bound a request, not a
	// socket that lives for hours: clear them; the transport's ping-pong and
	// each write's own deadline take over.
	_ = conn.NetConn().SetDeadline(time.Time{})
	return &gorillaConn{conn: conn}, nil
}

// checkOrigin allows requests without Origin (non-browser tools, which must
// authenticate with a token anyway), the same origin as the request's Host,
// and configured origins; anything else is a cross-site page and is refused.
func (g gorillaWebsocket) checkOrigin(r *http.Request) bool {
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
	return slices.ContainsFunc(g.allowedOrigins, func(o string) bool { return strings.EqualFold(o, origin) })
}

type gorillaConn struct {
	conn    *websocket.Conn
	writeMu sync.Mutex // gorilla allows one concurrent writer
}

func (c *gorillaConn) Close() error { return c.conn.Close() }

func (c *gorillaConn) NextReader() (int, io.Reader, error) {
	t, r, err := c.conn.NextReader()
	if err != nil && websocket.IsCloseError(err, websocket.CloseNormalClosure, websocket.CloseNoStatusReceived) {
		return t, nil, transport.ErrWebsocketClosed
	}
	return t, r, err
}

func (c *gorillaConn) WriteJSON(v any) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	_ = c.conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.conn.WriteJSON(v)
}

func (c *gorillaConn) WriteClose(code int, message string) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	err := c.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, message), time.Now().Add(time.Second))
	if errors.Is(err, websocket.ErrCloseSent) {
		return nil
	}
	return err
}

func (c *gorillaConn) Subprotocol() string { return c.conn.Subprotocol() }

func (c *gorillaConn) SetReadLimit(limit int64) { c.conn.SetReadLimit(limit) }

func (c *gorillaConn) SetReadDeadline(t time.Time) error { return c.conn.SetReadDeadline(t) }

var (
	_ transport.WebsocketImplementation = gorillaWebsocket{}
	_ transport.WebsocketReadLimiter    = (*gorillaConn)(nil)
	_ transport.WebsocketReadDeadliner  = (*gorillaConn)(nil)
)
