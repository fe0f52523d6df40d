// Package integration manages Ironclad connections: the OAuth dance (Connect,
// Allow Access, the callback), encrypted tokens, the webhook registration,
// health checks, and the webhook receiver that fills the sync ledger.
package integration

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"tradewind/ent"
	"tradewind/ent/schema/pulid"
	"tradewind/server/audit"
	"tradewind/server/auth"
	"tradewind/server/events"
	"tradewind/server/ironclad"
	"tradewind/server/jobs"
	"tradewind/server/secrets"
)

// Broker topics.
const (
	// TopicConnection carries *ent.Connection after each change.
	TopicConnection = "ironclad.connection"
	// TopicSyncEvent carries each new *ent.SyncEvent.
	TopicSyncEvent = "ironclad.sync_event"
)

// Sandbox describes the built-in Ironclad sandbox of demo mode.
type Sandbox struct {
	BaseURL      string
	ClientID     string
	ClientSecret string
}

// Config wires the service.
type Config struct {
	Client    *ent.Client // the base client: token saves and the service's own transactions
	Secrets   *secrets.Box
	Audit     *audit.Recorder
	Broker    *events.Broker
	Queue     *jobs.Queue // applies stored webhooks; nil in tools that only migrate
	PublicURL string      // Tradewind as browsers and Ironclad reach it
	Sandbox   *Sandbox    // demo mode only
	// HTTPClient talks to Ironclad; nil uses a default one.
	HTTPClient *http.Client
	// AllowLocalIronclad accepts http custom base URLs (local sandboxes);
	// HTTPClient decides which addresses may be reached.
	AllowLocalIronclad bool
	Retry              ironclad.RetryPolicy
	// Limits are each connection's allowances; zero fields take Ironclad's
	// production limits. Tests shrink the window (SetLimits).
	Limits ironclad.Limits
	Logger *slog.Logger
}

// Service manages connections. It keeps one Ironclad client (with its token
// source, rate limiter and webhook verifier) per connection.
type Service struct {
	cfg Config
	now func() time.Time

	mu    sync.Mutex
	live  map[pulid.ID]*liveConnection
	inbox inbox // webhook events waiting to be stored
}

// New returns the service.
func New(cfg Config) *Service {
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Service{cfg: cfg, now: time.Now, live: map[pulid.ID]*liveConnection{}}
}

// CallbackURL is the OAuth redirect URI to register with Ironclad.
func (s *Service) CallbackURL() string { return s.cfg.PublicURL + "/auth/ironclad/callback" }

// WebhookURL is where Ironclad delivers a connection's events.
func (s *Service) WebhookURL(id pulid.ID) string {
	return s.cfg.PublicURL + "/webhooks/ironclad/" + string(id)
}

func (s *Service) publishConnection(ctx context.Context, c *ent.Connection) {
	s.cfg.Broker.PublishAfterCommit(ctx, events.Event{Topic: TopicConnection, Data: c, ID: string(c.ID)})
}

// PublishSyncEvent announces a new or updated ledger entry after commit.
func (s *Service) PublishSyncEvent(ctx context.Context, e *ent.SyncEvent) { s.publishSyncEvent(ctx, e) }

func (s *Service) publishSyncEvent(ctx context.Context, e *ent.SyncEvent) {
	// Every syncEventAdded subscriber filters on the entry's connection: load
	// it once here (as Tradewind itself; each subscription checked its viewer
	// when it opened) rather than once per subscriber.
	if e.Edges.Connection == nil {
		if c, err := e.QueryConnection().Only(auth.WithoutViewer(ctx)); err == nil {
			e.Edges.Connection = c
		}
	}
	s.cfg.Broker.PublishAfterCommit(ctx, events.Event{Topic: TopicSyncEvent, Data: e, ID: string(e.ID)})
}
