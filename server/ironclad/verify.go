package ironclad

import (
	"context"
	"crypto"
	"crypto/rsa"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Headers of a webhook delivery.
const (
	HeaderEventID      = "X-Ironclad-Webhook-Event-Id"
	HeaderVerification = "X-Ironclad-Webhook-Verification"
)

// Verification failures. A receiver answers a replay with 2xx (it already
// has the event) and the others with 4xx.
var (
	ErrBadSignature  = errors.New("ironclad: webhook signature invalid")
	ErrStaleEvent    = errors.New("ironclad: webhook event too old")
	ErrReplayedEvent = errors.New("ironclad: webhook event already received")
)

// KeySource provides the verification key; *Client is one.
type KeySource interface {
	VerificationKey(ctx context.Context) (*rsa.PublicKey, error)
}

// VerifierOptions configure a Verifier. Keys is required.
type VerifierOptions struct {
	Keys KeySource
	// Seen remembers event ids; default an in-memory store of 100,000.
	Seen SeenStore
	// MaxAge is how old an event may be. Ironclad redelivers a failed event
	// for about 13.6 hours with its original timestamp, so the default is a
	// day; the seen store must remember ids at least this long.
	MaxAge time.Duration
	// MaxSkew is how far in the future a timestamp may be (clock drift).
	MaxSkew time.Duration
	// KeyRefetchInterval is the least time between two key fetches caused
	// by failed signatures, so forged deliveries cannot make us hammer Ironclad.
	KeyRefetchInterval time.Duration
	// KeyFailureTTL is how long a failed key fetch is remembered: deliveries
	// meanwhile fail at once instead of each fetching again (default 30 s).
	KeyFailureTTL time.Duration
	// KeyFetchWait bounds how long a delivery waits for a key fetch
	// (default 10 s); the fetch itself is bounded by the same time.
	KeyFetchWait time.Duration
	Now          func() time.Time
	Logger       *slog.Logger
}

// Verifier checks webhook deliveries of one connection.
type Verifier struct {
	opts VerifierOptions

	mu        sync.Mutex
	key       *rsa.PublicKey
	fetchedAt time.Time
	fetching  *keyFetch // the fetch under way; every delivery waits for this one
	failed    error     // the last fetch's failure, until failedAt+KeyFailureTTL
	failedAt  time.Time
}

// keyFetch is one fetch of the verification key, shared by whoever needs it.
type keyFetch struct {
	done chan struct{}
	key  *rsa.PublicKey
	err  error
}

// ErrKeyUnavailable: the verification key could not be had in time.
var ErrKeyUnavailable = errors.New("ironclad: webhook verification key unavailable")

// NewVerifier builds a Verifier.
func NewVerifier(opts VerifierOptions) *Verifier {
	if opts.Seen == nil {
		opts.Seen = NewMemorySeenStore(100_000)
	}
	if opts.MaxAge <= 0 {
		opts.MaxAge = 24 * time.Hour
	}
	if opts.MaxSkew <= 0 {
		opts.MaxSkew = 5 * time.Minute
	}
	if opts.KeyRefetchInterval <= 0 {
		opts.KeyRefetchInterval = time.Minute
	}
	if opts.KeyFailureTTL <= 0 {
		opts.KeyFailureTTL = 30 * time.Second
	}
	if opts.KeyFetchWait <= 0 {
		opts.KeyFetchWait = 10 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Verifier{opts: opts}
}

// verification is the JSON inside X-Ironclad-Webhook-Verification.
type verification struct {
	Nonce         string `json:"nonce"`
	SignAlgorithm string `json:"signAlgorithm"`
	Signature     string `json:"signature"`
	Encoding      string `json:"encoding"`
}

// Verify authenticates a delivery and returns its event. rawBody must be
// the bytes as received: Ironclad signs
//
//	X-Ironclad-Webhook-Event-Id + body + nonce
//
// where nonce is the "nonce" property of the X-Ironclad-Webhook-Verification
// JSON, and re-encoding the body would change the bytes. The signature is
// checked before the body is trusted for anything, the event id is recorded
// last, so forged or stale deliveries never fill the seen store.
func (v *Verifier) Verify(ctx context.Context, header http.Header, rawBody []byte) (*WebhookEvent, error) {
	eventID := header.Get(HeaderEventID)
	if eventID == "" {
		return nil, fmt.Errorf("%w: missing %s", ErrBadSignature, HeaderEventID)
	}
	var vh verification
	if err := json.Unmarshal([]byte(header.Get(HeaderVerification)), &vh); err != nil {
		return nil, fmt.Errorf("%w: unreadable %s", ErrBadSignature, HeaderVerification)
	}
	hash, err := signHash(vh.SignAlgorithm)
	if err != nil {
		return nil, err
	}
	sig, err := decodeSignature(vh.Encoding, vh.Signature)
	if err != nil {
		return nil, err
	}
	signed := make([]byte, 0, len(eventID)+len(rawBody)+len(vh.Nonce))
	signed = append(append(append(signed, eventID...), rawBody...), vh.Nonce...)
	if err := v.checkSignature(ctx, hash, signed, sig); err != nil {
		return nil, err
	}
	ev, err := ParseEvent(eventID, rawBody)
	if err != nil {
		return nil, err
	}
	if err := v.checkFresh(ev.Timestamp.Time); err != nil {
		return nil, err
	}
	first, err := v.opts.Seen.MarkSeen(ctx, eventID)
	if err != nil {
		return nil, fmt.Errorf("ironclad: record webhook event: %w", err)
	}
	if !first {
		return nil, fmt.Errorf("%w: %s", ErrReplayedEvent, eventID)
	}
	return ev, nil
}

// Forget un-records an event the receiver could not store, so Ironclad's
// redelivery is accepted.
func (v *Verifier) Forget(ctx context.Context, eventID string) error {
	return v.opts.Seen.Forget(ctx, eventID)
}

func (v *Verifier) checkFresh(at time.Time) error {
	if at.IsZero() {
		return fmt.Errorf("%w: no timestamp", ErrStaleEvent)
	}
	now := v.opts.Now()
	if age := now.Sub(at); age > v.opts.MaxAge {
		return fmt.Errorf("%w: sent %s ago", ErrStaleEvent, age.Round(time.Second))
	}
	if at.Sub(now) > v.opts.MaxSkew {
		return fmt.Errorf("%w: timestamp %s is in the future", ErrStaleEvent, at.Format(time.RFC3339))
	}
	return nil
}

// checkSignature verifies with the cached key, and on failure once more
// with a freshly fetched one in case Ironclad rotated it.
func (v *Verifier) checkSignature(ctx context.Context, hash crypto.Hash, signed, sig []byte) error {
	digest := hash.New()
	digest.Write(signed)
	sum := digest.Sum(nil)
	key, refetchable, err := v.currentKey(ctx)
	if err != nil {
		return err
	}
	if rsa.VerifyPKCS1v15(key, hash, sum, sig) == nil {
		return nil
	}
	if !refetchable {
		return ErrBadSignature
	}
	fresh, err := v.fetchKey(ctx)
	if err != nil {
		return err
	}
	if fresh.Equal(key) || rsa.VerifyPKCS1v15(fresh, hash, sum, sig) != nil {
		return ErrBadSignature
	}
	v.opts.Logger.InfoContext(ctx, "ironclad webhook verification key rotated")
	return nil
}

// currentKey returns the cached key (fetching it the first time) and
// whether a failure may trigger a refetch now.
func (v *Verifier) currentKey(ctx context.Context) (*rsa.PublicKey, bool, error) {
	v.mu.Lock()
	key, fetchedAt := v.key, v.fetchedAt
	v.mu.Unlock()
	if key == nil {
		k, err := v.fetchKey(ctx)
		return k, false, err
	}
	return key, v.opts.Now().Sub(fetchedAt) >= v.opts.KeyRefetchInterval, nil
}

// fetchKey fetches the key once at a time per connection: concurrent
// deliveries (forged ones included) share one fetch, a failure is remembered
// for KeyFailureTTL, and no delivery waits more than KeyFetchWait.
func (v *Verifier) fetchKey(ctx context.Context) (*rsa.PublicKey, error) {
	v.mu.Lock()
	if v.failed != nil && v.opts.Now().Sub(v.failedAt) < v.opts.KeyFailureTTL {
		err := v.failed
		v.mu.Unlock()
		return nil, err
	}
	f := v.fetching
	if f == nil {
		f = &keyFetch{done: make(chan struct{})}
		v.fetching = f
		// Not bound to this delivery: the others waiting need the result.
		go v.runFetch(context.WithoutCancel(ctx), f)
	}
	v.mu.Unlock()
	wait := time.NewTimer(v.opts.KeyFetchWait)
	defer wait.Stop()
	select {
	case <-f.done:
		return f.key, f.err
	case <-wait.C:
		return nil, ErrKeyUnavailable
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (v *Verifier) runFetch(ctx context.Context, f *keyFetch) {
	ctx, cancel := context.WithTimeout(ctx, v.opts.KeyFetchWait)
	defer cancel()
	key, err := v.opts.Keys.VerificationKey(ctx)
	v.mu.Lock()
	defer v.mu.Unlock()
	if err != nil {
		f.err = fmt.Errorf("%w: %w", ErrKeyUnavailable, err)
		v.failed, v.failedAt = f.err, v.opts.Now()
	} else {
		f.key = key
		v.key, v.fetchedAt, v.failed = key, v.opts.Now(), nil
	}
	v.fetching = nil
	close(f.done)
}

// signHash maps signAlgorithm to a hash. Ironclad's documentation does not
// list the values; RSA-SHA256 (Node's name) and sha256 are what integrations
// meet, and an absent value is taken as that.
func signHash(alg string) (crypto.Hash, error) {
	switch strings.ToLower(strings.ReplaceAll(alg, "_", "-")) {
	case "", "rsa-sha256", "sha256", "sha-256", "rs256", "sha256withrsa":
		return crypto.SHA256, nil
	case "rsa-sha384", "sha384", "sha-384", "rs384":
		return crypto.SHA384, nil
	case "rsa-sha512", "sha512", "sha-512", "rs512":
		return crypto.SHA512, nil
	}
	return 0, fmt.Errorf("%w: unsupported signAlgorithm %q", ErrBadSignature, alg)
}

// decodeSignature decodes the signature per its encoding (base64 by default).
func decodeSignature(encoding, sig string) ([]byte, error) {
	switch strings.ToLower(encoding) {
	case "", "base64":
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			if b, err := enc.DecodeString(sig); err == nil {
				return b, nil
			}
		}
	case "hex":
		if b, err := hex.DecodeString(sig); err == nil {
			return b, nil
		}
	default:
		return nil, fmt.Errorf("%w: unsupported encoding %q", ErrBadSignature, encoding)
	}
	return nil, fmt.Errorf("%w: signature is not %s", ErrBadSignature, encoding)
}
