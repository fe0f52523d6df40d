package server

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"tradewind/ent"
	"tradewind/graph"
	"tradewind/server/apperr"
	"tradewind/server/audit"
	"tradewind/server/auth"
	"tradewind/server/events"
)

// sockets keeps, for each open websocket, the credential that opened it, so
// that its rights follow the credential's: each operation re-reads the
// session or token and its user (as every HTTP request does), and a socket
// is closed as soon as its session ends, its token is revoked, or its user is
// disabled, demoted or given a new password (a subscription must not keep
// delivering what its user may no longer read).
type sockets struct {
	auth    *auth.Service
	log     *slog.Logger
	present graphql.ErrorPresenterFunc
	mu      sync.Mutex
	open    map[*socket]struct{}
}

// socket is one open websocket: its credential, and whom it was opened for.
type socket struct {
	sessionToken, apiToken string
	viewer                 *auth.Viewer
	close                  context.CancelFunc
}

type socketKey struct{}

func newSockets(authSvc *auth.Service, logger *slog.Logger) *sockets {
	return &sockets{auth: authSvc, log: logger, present: presentError(logger), open: map[*socket]struct{}{}}
}

// watch closes sockets whose credentials changed, as audit entries (relayed
// between replicas on Postgres) report the changes, until ctx ends.
func (s *sockets) watch(ctx context.Context, broker *events.Broker) {
	for ctx.Err() == nil {
		for ev := range broker.Subscribe(ctx, audit.CredentialsTopic) {
			if e, ok := ev.Data.(*ent.AuditEntry); ok {
				s.recheck(ctx, func(k *socket) bool { return string(k.viewer.User.ID) == e.TargetID || k.viewer.TokenID == e.TargetID })
			}
		}
		// The broker drops a subscriber that falls behind: subscribe again.
	}
}

// init authenticates a websocket: by the session cookie of the upgrade
// request (already in ctx), or by a token in connection_init's payload
// ({"authorization": "Bearer twk_…"} or {"token": "twk_…"}).
func (s *sockets) init(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	k := &socket{viewer: auth.FromContext(ctx)}
	if k.viewer != nil {
		// Signed in by the upgrade request: its cookie or its bearer token.
		k.sessionToken, _ = ctx.Value(graph.SessionTokenKey{}).(string)
		k.apiToken, _ = ctx.Value(bearerTokenKey{}).(string)
	} else {
		k.apiToken = payload.GetString("token")
		if k.apiToken == "" {
			k.apiToken = bearer(payload.Authorization())
		}
		v, err := s.auth.TokenViewer(ctx, k.apiToken)
		if err != nil {
			return ctx, nil, err
		}
		if v == nil {
			return ctx, nil, errors.New("sign in first: send a session cookie or an API token in connection_init")
		}
		k.viewer = v
	}
	// Cancelling the socket's context makes gqlgen close it.
	ctx, k.close = context.WithCancel(auth.WithViewer(ctx, k.viewer))
	s.mu.Lock()
	s.open[k] = struct{}{}
	s.mu.Unlock()
	context.AfterFunc(ctx, func() {
		s.mu.Lock()
		delete(s.open, k)
		s.mu.Unlock()
	})
	return context.WithValue(ctx, socketKey{}, k), nil, nil
}

// current reads the socket's credential again: nil when it no longer signs in.
func (s *sockets) current(ctx context.Context, k *socket) (*auth.Viewer, error) {
	ctx = auth.WithoutViewer(ctx) // sessions are readable by Tradewind itself only
	if k.sessionToken != "" {
		return s.auth.SessionViewer(ctx, k.sessionToken)
	}
	return s.auth.TokenViewer(ctx, k.apiToken)
}

// recheck closes the matching sockets whose credential no longer signs in or
// whose user's role changed.
func (s *sockets) recheck(ctx context.Context, match func(*socket) bool) {
	s.mu.Lock()
	var todo []*socket
	for k := range s.open {
		if match(k) {
			todo = append(todo, k)
		}
	}
	s.mu.Unlock()
	for _, k := range todo {
		v, err := s.current(ctx, k)
		if err != nil {
			s.log.ErrorContext(ctx, "re-checking a websocket's credential", "error", err)
			continue
		}
		if v == nil || v.User.Role != k.viewer.User.Role {
			k.close()
		}
	}
}

// endSession closes the sockets opened with this session (sign-out).
func (s *sockets) endSession(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k := range s.open {
		if k.sessionToken == token {
			k.close()
		}
	}
}

// The extension: each operation on a socket runs as the credential's current
// viewer; one whose credential no longer signs in closes the socket.

func (*sockets) ExtensionName() string                   { return "SocketRights" }
func (*sockets) Validate(graphql.ExecutableSchema) error { return nil }

func (s *sockets) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	k, ok := ctx.Value(socketKey{}).(*socket)
	if !ok {
		return next(ctx)
	}
	v, err := s.current(ctx, k)
	if err != nil {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{s.present(ctx, err)}})
	}
	if v == nil || v.User.Role != k.viewer.User.Role {
		return s.refuse(ctx, k)
	}
	return next(auth.WithViewer(ctx, v))
}

// refuse answers UNAUTHENTICATED, then closes the socket once the answer has
// been sent (the transport asks for the next response after sending one).
func (s *sockets) refuse(ctx context.Context, k *socket) graphql.ResponseHandler {
	answered := false
	return func(context.Context) *graphql.Response {
		if answered {
			k.close()
			return nil
		}
		answered = true
		return &graphql.Response{Errors: gqlerror.List{s.present(ctx, apperr.Unauthenticated())}}
	}
}

var _ graphql.OperationInterceptor = (*sockets)(nil)
