package webhooks

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"
)

// ErrNotFound is returned for an unknown registration id.
var ErrNotFound = errors.New("webhook registration not found")

// Config tunes a Hub. The zero value is Ironclad-like.
type Config struct {
	// RetrySchedule holds the delays between attempts: len(RetrySchedule)
	// retries follow the first attempt. nil means DefaultRetrySchedule().
	// An empty non-nil slice means no retries.
	RetrySchedule []time.Duration
	// HTTPClient sends deliveries; nil means a client with a 10 s timeout.
	HTTPClient *http.Client
	Logger     *slog.Logger
	// Now stamps registrations and attempts and drives the 7-day rule of
	// auto-deactivation, so tests can move time; nil means time.Now. Waiting
	// between retries uses real timers and RetrySchedule, not Now.
	Now func() time.Time
}

// DefaultRetrySchedule is 10 retries, 48 s doubling each time (48 s … 6 h
// 49 min 36 s, 13.6 h in all): Ironclad documents "up to 10 times over ~13.6
// hours" with exponential backoff, and a 48 s base is the one that both sums
// to 13.6 h and matches the failure counts in the recordings.
func DefaultRetrySchedule() []time.Duration {
	schedule := make([]time.Duration, 10)
	delay := 48 * time.Second
	for i := range schedule {
		schedule[i] = delay
		delay *= 2
	}
	return schedule
}

// Auto-deactivation (API.md §13.5): a registration is disabled by the system
// after at least this many consecutive failed attempts spanning at least
// this long, with no success in between.
const (
	disableAfterFailures = 100
	disableAfterSpan     = 7 * 24 * time.Hour
)

// Actor is the authenticated caller of the management endpoints, resolved by
// the sandbox core from the token and x-as-user-* headers.
type Actor struct {
	UserID       string
	Email        string
	CanManageAPI bool     // the user's group has the API Management permission
	Scopes       []string // OAuth scopes granted to the token
	CompanyID    string
	// GrantType is "authorizationCode" or "clientCredentials" for OAuth
	// tokens and "" for legacy tokens. It fills the registration's tags,
	// recorded as ["oauth","authorizationCode"]; legacy tokens get [].
	GrantType string
}

// Hub owns registrations, the signing key and the delivery machinery.
type Hub struct {
	log    *slog.Logger
	client *http.Client
	now    func() time.Time
	retry  []time.Duration

	// ctx is cancelled by Close to abort in-flight deliveries.
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu         sync.Mutex
	key        *rsa.PrivateKey
	keyPEM     []byte // public key, SPKI PEM
	regs       map[string]*Registration
	order      []string // registration ids, oldest first
	deliveries []*Delivery
	queues     map[string]*regQueue
	timers     map[*time.Timer]struct{}
	held       []*Delivery
	faults     Faults
	closed     bool
}

// New builds a Hub with a freshly generated RSA-2048 signing key.
func New(cfg Config) (*Hub, error) {
	for _, d := range cfg.RetrySchedule {
		if d < 0 {
			return nil, fmt.Errorf("webhooks: negative retry delay %v", d)
		}
	}
	key, err := rsa.GenerateKey(rand.Reader, keyBits)
	if err != nil {
		return nil, fmt.Errorf("webhooks: generate signing key: %w", err)
	}
	keyPEM, err := publicKeyPEM(key)
	if err != nil {
		return nil, fmt.Errorf("webhooks: %w", err)
	}
	h := &Hub{
		log:    cfg.Logger,
		client: cfg.HTTPClient,
		now:    cfg.Now,
		retry:  slices.Clone(cfg.RetrySchedule),
		key:    key,
		keyPEM: keyPEM,
		regs:   map[string]*Registration{},
		queues: map[string]*regQueue{},
		timers: map[*time.Timer]struct{}{},
	}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	if h.client == nil {
		h.client = &http.Client{Timeout: 10 * time.Second}
	}
	if h.now == nil {
		h.now = time.Now
	}
	if cfg.RetrySchedule == nil {
		h.retry = DefaultRetrySchedule()
	}
	h.ctx, h.cancel = context.WithCancel(context.Background())
	return h, nil
}

// Close stops retry timers, aborts in-flight deliveries and waits for the
// delivery goroutines to end. Pending deliveries are not sent afterwards.
func (h *Hub) Close() error {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil
	}
	h.closed = true
	for t := range h.timers {
		t.Stop()
	}
	clear(h.timers)
	h.mu.Unlock()
	h.cancel()
	h.wg.Wait()
	return nil
}

// Registrations returns copies of the registrations of one company, or of
// every company when companyID is "", oldest first.
func (h *Hub) Registrations(companyID string) []Registration {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []Registration
	for _, r := range h.orderedRegsLocked() {
		if companyID == "" || r.CompanyID == companyID {
			out = append(out, r.clone())
		}
	}
	return out
}

// DisableBySystem disables a registration as Ironclad does after repeated
// failures, so Tradewind's re-registration path can be exercised.
func (h *Hub) DisableBySystem(id string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	r, ok := h.regs[id]
	if !ok {
		return ErrNotFound
	}
	r.setStatus(StatusDisabledBySystem, updatedBySystem, h.now())
	h.log.Info("webhook disabled by system (console)", "webhookID", id)
	return nil
}

// orderedRegsLocked lists registrations in creation order so the list
// endpoint pages stably and deliveries fan out deterministically.
func (h *Hub) orderedRegsLocked() []*Registration {
	out := make([]*Registration, 0, len(h.order))
	for _, id := range h.order {
		out = append(out, h.regs[id])
	}
	return out
}

func (h *Hub) addRegLocked(r *Registration) {
	h.regs[r.ID] = r
	h.order = append(h.order, r.ID)
}

func (h *Hub) deleteRegLocked(id string) {
	delete(h.regs, id)
	h.order = slices.DeleteFunc(h.order, func(x string) bool { return x == id })
}

// newObjectID makes a Mongo-style 24-hex id (4-byte timestamp + 8 random
// bytes) like the recorded webhook ids.
func newObjectID(now time.Time) string {
	b := make([]byte, 12)
	binary.BigEndian.PutUint32(b, uint32(now.Unix())) //nolint:gosec // G115: ObjectIds hold the low 32 bits of the Unix time, wrapping in 2106 as Mongo's do
	_, _ = rand.Read(b[4:])
	return hex.EncodeToString(b)
}
