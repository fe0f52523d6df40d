package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"tradewind/frontend"
	"tradewind/graph"
	"tradewind/server/audit"
	"tradewind/server/auth"
	"tradewind/server/catalog"
	"tradewind/server/comments"
	"tradewind/server/database"
	"tradewind/server/events"
	"tradewind/server/integration"
	"tradewind/server/ironclad"
	"tradewind/server/jobs"
	"tradewind/server/mapping"
	"tradewind/server/requestforms"
	"tradewind/server/requests"
	"tradewind/server/sandbox"
	"tradewind/server/secrets"
	ironsync "tradewind/server/sync"
	"tradewind/server/users"
)

// Server is a running Tradewind: the database, services, jobs and HTTP routes.
type Server struct {
	cfg     Config
	log     *slog.Logger
	DB      *database.DB
	Secrets *secrets.Box
	Broker  *events.Broker
	Auth    *auth.Service
	Users   *users.Service
	Forms   *requestforms.Service // request forms
	Maps    *mapping.Service      // Map Request Forms
	Audit   *audit.Recorder
	Jobs    *jobs.Client
	Sandbox *sandbox.Sandbox // demo mode only
	// Ironclad connections, and the imported workflows (Import Forms, review, re-sync).
	Integration *integration.Service
	Catalog     *catalog.Service
	// Workflows, requests and the task engine; Ironclad's state applied.
	Requests    *requests.Service
	Sync        *ironsync.Service
	Comments    *comments.Service // the thread on a request, mirrored to Ironclad
	handler     http.Handler
	stopRelay   context.CancelFunc // Postgres only: the cross-replica event relay
	stopSockets context.CancelFunc // the watches that close websockets whose rights changed and drop changed connections
}

// New opens the database, applies pending migrations and wires everything.
// stdout receives what a person starting the server should read (the demo
// admin's credentials).
func New(ctx context.Context, cfg Config, logger *slog.Logger, stdout io.Writer) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	db, err := database.Open(cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return nil, fmt.Errorf("opening database: %w", err)
	}
	s := &Server{cfg: cfg, log: logger, DB: db}
	if err := s.init(ctx, stdout); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *Server) init(ctx context.Context, stdout io.Writer) error {
	applied, err := s.DB.Migrate(ctx)
	if err != nil {
		return fmt.Errorf("applying migrations: %w", err)
	}
	if len(applied) > 0 {
		s.log.Info("applied migrations", "versions", applied)
	}
	if err := jobs.Migrate(ctx, s.DB); err != nil {
		return fmt.Errorf("applying job queue migrations: %w", err)
	}
	key, err := secrets.LoadKey(s.cfg.SecretKey, s.cfg.DataDir)
	if err != nil {
		return err
	}
	if s.Secrets, err = secrets.New(key); err != nil {
		return err
	}
	auth.InstallPolicy(s.DB.Client)
	requestforms.InstallOrdering(s.DB.Client)
	s.Broker = events.NewBroker(64)
	s.Broker.SetLoader(s.loadNode)
	if err := s.startRelay(ctx); err != nil {
		return err
	}
	s.Auth = auth.NewService(s.DB.Client)
	s.Audit = audit.NewRecorder(s.DB.Client, s.Broker)
	s.Users = users.NewService(s.Audit)
	s.Forms = requestforms.NewService(s.Audit)
	s.Maps = mapping.NewService(s.Audit, s.Forms)
	if s.cfg.Demo {
		if err := s.startDemo(ctx, stdout); err != nil {
			return err
		}
	}
	queue, err := jobs.NewQueue(s.DB)
	if err != nil {
		return fmt.Errorf("starting jobs: %w", err)
	}
	s.Integration = integration.New(integration.Config{Client: s.DB.Client, Secrets: s.Secrets, Audit: s.Audit, Broker: s.Broker,
		Queue: queue, PublicURL: s.cfg.PublicURL, Sandbox: s.demoSandbox(), Logger: s.log.With("component", "ironclad"),
		// The demo's own sandbox is on this machine.
		AllowLocalIronclad: s.cfg.IroncladAllowLocal || s.cfg.Demo, HTTPClient: ironclad.NewEgressClient(s.cfg.IroncladAllowLocal || s.cfg.Demo)})
	s.Catalog = catalog.New(catalog.Config{Client: s.DB.Client, Integration: s.Integration, Broker: s.Broker, Audit: s.Audit,
		Queue: queue, Logger: s.log.With("component", "catalog")})
	s.Requests = requests.New(requests.Config{DB: s.DB.Client, Integration: s.Integration, Audit: s.Audit, Broker: s.Broker,
		Queue: queue, Logger: s.log.With("component", "requests")})
	s.Comments = comments.New(comments.Config{DB: s.DB.Client, Integration: s.Integration, Broker: s.Broker, Queue: queue,
		Logger: s.log.With("component", "comments")})
	s.Sync = ironsync.New(s.DB.Client, s.Integration, s.Requests, s.Comments, queue, s.log.With("component", "sync"))
	if s.cfg.Demo {
		if err := s.seedDemoWorkflow(ctx); err != nil {
			return err
		}
	}
	s.Jobs, err = jobs.NewClient(s.DB, s.log.With("component", "jobs"),
		slices.Concat(s.Auth.Jobs(), s.Catalog.Jobs(), s.Requests.Jobs(), s.Comments.Jobs(), s.Sync.Jobs())...)
	if err != nil {
		return fmt.Errorf("starting jobs: %w", err)
	}
	s.handler = s.routes()
	return nil
}

// Handler is the whole HTTP surface.
func (s *Server) Handler() http.Handler { return s.handler }

func (s *Server) routes() http.Handler {
	m := newMetrics()
	resolver := &graph.Resolver{Client: s.DB.Client, Auth: s.Auth, Users: s.Users, Audit: s.Audit, Broker: s.Broker,
		Integration: s.Integration, Catalog: s.Catalog, Forms: s.Forms, Maps: s.Maps, Requests: s.Requests, Sync: s.Sync, Comments: s.Comments}
	origin := s.publicOrigin()
	socks := newSockets(s.Auth, s.log)
	var watchCtx context.Context
	watchCtx, s.stopSockets = context.WithCancel(context.Background())
	go socks.watch(watchCtx, s.Broker)
	go s.Integration.Watch(watchCtx)
	gql := newGraphQLHandler(resolver, s.DB.Client, socks, []string{origin}, m, s.log)
	clientIP := clientAddress(s.cfg.trustedProxies)
	secure := strings.HasPrefix(s.cfg.PublicURL, "https://")

	mux := http.NewServeMux()
	api := func(route string, h http.Handler) http.Handler {
		return m.instrument(route, limitBody(authenticator(s.Auth, requireJSONForCookiePosts(h))))
	}
	mux.Handle("/graphql", api("/graphql", graphQLOverHTTP(gql)))
	mux.Handle("GET /graphql/schema.graphql", api("/graphql/schema.graphql", schemaFile()))
	mux.Handle("/auth/login", m.instrument("/auth/login", limitBody(loginHandler(s.Auth, clientIP, secure))))
	mux.Handle("/auth/logout", m.instrument("/auth/logout", limitBody(logoutHandler(s.Auth, socks, secure))))
	mux.Handle("/auth/ironclad/callback", m.instrument("/auth/ironclad/callback", authenticator(s.Auth, ironcladCallback(s.Integration))))
	mux.Handle("POST /webhooks/ironclad/{connectionId}", m.instrument("/webhooks/ironclad", s.Integration.WebhookHandler()))
	mux.HandleFunc("/healthz", healthz)
	mux.HandleFunc("/readyz", readyz(s.DB))
	mux.Handle("/metrics", m.handler())
	if s.Sandbox != nil {
		mux.Handle("/ironclad-sandbox/", http.StripPrefix("/ironclad-sandbox", guardSandboxControl(s.Auth, s.cfg.DemoPublic, s.Sandbox)))
	}
	dist, err := fs.Sub(frontend.Dist, "dist")
	if err != nil {
		panic(err) // the embed directive guarantees dist exists
	}
	mux.Handle("/", spaHandler(dist))
	return withRequestID(withSecurityHeaders(withLogging(s.log, mux)))
}

func (s *Server) publicOrigin() string {
	u, err := url.Parse(s.cfg.PublicURL)
	if err != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// Run serves until ctx ends, then shuts down gracefully: the listener closes,
// in-flight requests finish (up to 20 s), jobs stop, the database closes.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	if err := s.Jobs.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("starting jobs: %w", err)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("serving", "url", s.cfg.PublicURL, "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	errs := []error{srv.Shutdown(shutdownCtx)}
	errs = append(errs, s.Jobs.Stop(shutdownCtx))
	s.closeRelay()
	s.stopSockets()
	if s.Sandbox != nil {
		errs = append(errs, s.Sandbox.Close())
	}
	errs = append(errs, s.DB.Close())
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Close releases what New opened, for callers that never Run (tests, commands).
func (s *Server) Close() error {
	s.closeRelay()
	s.stopSockets()
	if s.Jobs != nil {
		s.Jobs.Close()
	}
	var errs []error
	if s.Sandbox != nil {
		errs = append(errs, s.Sandbox.Close())
	}
	errs = append(errs, s.DB.Close())
	return errors.Join(errs...)
}
