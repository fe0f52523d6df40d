package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
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

// Websocket limits.
const (
	wsReadLimit    = 64 << 10
	wsInitTimeout  = 10 * time.Second
	wsPingInterval = 20 * time.Second
)

// newGraphQLHandler builds the handler transport by transport and extension
// by extension (no NewDefaultServer), so every limit is explicit.
func newGraphQLHandler(resolver *graph.Resolver, client *ent.Client, socks *sockets, origins []string, metrics *metrics, logger *slog.Logger) *handler.Server {
	es := graph.NewExecutableSchema(graph.Config{Resolvers: resolver, Directives: graph.Directives()})
	srv := handler.New(es)
	srv.AddTransport(websocketTransport{allowedOrigins: origins, writeBuffers: &sync.Pool{}, init: socks.init,
		initTimeout: wsInitTimeout, pingInterval: wsPingInterval, readLimit: wsReadLimit})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(socks)
	srv.Use(signedInIntrospection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(operationCost{es: es})
	srv.Use(mutationTransaction{entgql.Transactioner{TxOpener: entgql.TxOpenerFunc(database.TxOpener(client)), SkipTxFunc: graph.OutsideTransaction}})
	srv.Use(graph.Memo{})
	srv.Use(metrics)
	srv.SetErrorPresenter(presentError(logger))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "graphql panic", "panic", fmt.Sprint(p), "request_id", RequestID(ctx))
		return errors.New("internal error")
	})
	return srv
}

// mutationTransaction runs each mutation in one transaction (entgql's
// Transactioner) exactly once. Transports call an operation's response
// handler until it returns nil (the websocket does: one more call after a
// mutation's only response), and Transactioner, called per response, would
// open a second transaction around that end-of-stream call and fail on it,
// after the first had committed.
type mutationTransaction struct{ tx entgql.Transactioner }

func (mutationTransaction) ExtensionName() string                       { return "MutationTransaction" }
func (m mutationTransaction) Validate(s graphql.ExecutableSchema) error { return m.tx.Validate(s) }

func (m mutationTransaction) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	return m.tx.MutateOperationContext(ctx, oc)
}

func (m mutationTransaction) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	responses := next(ctx)
	if op := graphql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Mutation {
		return responses // queries need no transaction; subscriptions answer many times
	}
	answered := false
	return func(ctx context.Context) *graphql.Response {
		if answered {
			return nil
		}
		answered = true
		return m.tx.InterceptResponse(ctx, responses)
	}
}

// didYouMean is the suggestion gqlparser adds to validation errors.
var didYouMean = regexp.MustCompile(` Did you mean [^?]*\?$`)

// presentError puts extensions.code on every error and hides internal ones.
func presentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if gqlErr.Extensions == nil {
			gqlErr.Extensions = map[string]any{}
		}
		if _, has := gqlErr.Extensions["code"]; has {
			if auth.FromContext(ctx) == nil {
				// Suggestions would reveal the schema that introspection hides.
				gqlErr.Message = didYouMean.ReplaceAllString(gqlErr.Message, "")
			}
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
