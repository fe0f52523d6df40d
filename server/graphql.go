package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"tradewind/ent"
	"tradewind/graph"
	"tradewind/server/apperr"
	"tradewind/server/auth"
	"tradewind/server/database"
)

// GraphQL limits: deep or costly queries are refused before they run.
const (
	maxComplexity  = 5000
	maxDepth       = 12
	wsReadLimit    = 64 << 10
	wsInitTimeout  = 10 * time.Second
	wsPingInterval = 20 * time.Second
)

// newGraphQLHandler builds the handler transport by transport and extension
// by extension (no NewDefaultServer), so every limit is explicit.
func newGraphQLHandler(resolver *graph.Resolver, client *ent.Client, authSvc *auth.Service, origins []string, metrics *metrics, logger *slog.Logger) *handler.Server {
	srv := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: resolver, Directives: graph.Directives()}))
	readLimit := int64(wsReadLimit)
	srv.AddTransport(transport.Websocket{
		Implementation:   gorillaWebsocket{allowedOrigins: origins, writeBuffers: &sync.Pool{}},
		InitFunc:         websocketInit(authSvc),
		InitTimeout:      wsInitTimeout,
		PingPongInterval: wsPingInterval,
		PayloadReadLimit: &readLimit,
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(signedInIntrospection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(extension.FixedComplexityLimit(maxComplexity))
	srv.Use(depthLimit{max: maxDepth})
	srv.Use(entgql.Transactioner{TxOpener: entgql.TxOpenerFunc(database.TxOpener(client)), SkipTxFunc: graph.OutsideTransaction})
	srv.Use(graph.Memo{})
	srv.Use(metrics)
	srv.SetErrorPresenter(presentError(logger))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "graphql panic", "panic", fmt.Sprint(p), "request_id", RequestID(ctx))
		return errors.New("internal error")
	})
	return srv
}

// websocketInit authenticates a websocket: by the session cookie of the
// upgrade request (already in ctx), or by a token in connection_init's payload
// ({"authorization": "Bearer twk_…"} or {"token": "twk_…"}).
func websocketInit(authSvc *auth.Service) transport.WebsocketInitFunc {
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		if auth.FromContext(ctx) != nil {
			return ctx, nil, nil
		}
		token := payload.GetString("token")
		if token == "" {
			token = bearer(payload.Authorization())
		}
		v, err := authSvc.TokenViewer(ctx, token)
		if err != nil {
			return ctx, nil, err
		}
		if v == nil {
			return ctx, nil, errors.New("sign in first: send a session cookie or an API token in connection_init")
		}
		return auth.WithViewer(ctx, v), nil, nil
	}
}

// presentError puts extensions.code on every error and hides internal ones.
func presentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if gqlErr.Extensions == nil {
			gqlErr.Extensions = map[string]any{}
		}
		if _, has := gqlErr.Extensions["code"]; has {
			return gqlErr // gqlgen's own validation and parse errors
		}
		if e, ok := apperr.As(err); ok {
			gqlErr.Message = e.Message
			gqlErr.Extensions["code"] = e.Code
			if e.Field != "" {
				gqlErr.Extensions["field"] = graph.InputPath(ctx, e.Field)
			}
			return gqlErr
		}
		var unwrapped *gqlerror.Error
		if errors.As(err, &unwrapped) && unwrapped.Err == nil {
			// Errors gqlgen raised itself (bad input coercion, unknown fields).
			gqlErr.Extensions["code"] = apperr.CodeBadUserInput
			return gqlErr
		}
		logger.ErrorContext(ctx, "graphql internal error", "error", err, "request_id", RequestID(ctx), "path", gqlErr.Path.String())
		gqlErr.Message = "Something went wrong on our side. It has been logged with request id " + RequestID(ctx) + "."
		gqlErr.Extensions["code"] = apperr.CodeInternal
		return gqlErr
	}
}

// signedInIntrospection allows schema introspection to signed-in users only.
type signedInIntrospection struct{}

func (signedInIntrospection) ExtensionName() string                   { return "SignedInIntrospection" }
func (signedInIntrospection) Validate(graphql.ExecutableSchema) error { return nil }
func (signedInIntrospection) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	oc.DisableIntrospection = auth.FromContext(ctx) == nil
	return nil
}

// depthLimit refuses operations nested deeper than max fields.
type depthLimit struct{ max int }

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, 0); depth > d.max {
		return &gqlerror.Error{
			Message:    fmt.Sprintf("The query is nested %d levels deep; the limit is %d.", depth, d.max),
			Extensions: map[string]any{"code": "QUERY_TOO_DEEP"},
		}
	}
	return nil
}

func selectionDepth(set ast.SelectionSet, depth int) int {
	deepest := depth
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.SelectionSet) == 0 {
				d = depth + 1
			} else {
				d = selectionDepth(s.SelectionSet, depth+1)
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = selectionDepth(s.Definition.SelectionSet, depth)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
