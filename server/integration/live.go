package integration

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/oauth2"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/events"
	"tradewind/server/ironclad"
)

// liveConnection is what one connection needs to talk to Ironclad; one per
// connection so its rate limiter and token refreshes are shared by every
// caller (requests, jobs, the webhook receiver).
type liveConnection struct {
	conn     *ent.Connection // as loaded; any change to it drops the live connection (on every replica)
	client   *ironclad.Client
	tokens   *ironclad.TokenSource
	verifier *ironclad.Verifier
}

// Client returns the connection's Ironclad client. CONFLICT when it is not
// connected (no tokens).
func (s *Service) Client(ctx context.Context, c *ent.Connection) (*ironclad.Client, error) {
	l, err := s.liveFor(ctx, c)
	if err != nil {
		return nil, err
	}
	return l.client, nil
}

func (s *Service) liveFor(ctx context.Context, c *ent.Connection) (*liveConnection, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l, ok := s.live[c.ID]; ok {
		return l, nil
	}
	if len(c.AccessTokenEnc) == 0 {
		return nil, apperr.Conflict("%s is not connected to Ironclad; click Connect first.", c.Name)
	}
	tok, err := s.storedToken(c)
	if err != nil {
		return nil, err
	}
	cfg, err := s.oauthConfig(c)
	if err != nil {
		return nil, err
	}
	ts := ironclad.NewTokenSource(oauth2Context(ctx, s), cfg, tok, &tokenStore{svc: s, id: c.ID, refreshEnc: c.RefreshTokenEnc})
	l := &liveConnection{conn: c, tokens: ts, client: s.newClient(c.BaseURL, ts)}
	l.verifier = ironclad.NewVerifier(ironclad.VerifierOptions{Keys: l.client, Seen: databaseSeen{}, Logger: s.cfg.Logger})
	s.live[c.ID] = l
	return l, nil
}

func (s *Service) newClient(baseURL string, ts oauth2.TokenSource) *ironclad.Client {
	return ironclad.New(ironclad.Options{BaseURL: baseURL, HTTPClient: s.cfg.HTTPClient, TokenSource: ts,
		Limiter: ironclad.NewLimiter(s.cfg.Limits), Retry: s.cfg.Retry, Logger: s.cfg.Logger})
}

// SetLimits changes the allowances of connections whose client is made
// from now on (tests, before connecting).
func (s *Service) SetLimits(l ironclad.Limits) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cfg.Limits = l
}

// forget drops the cached client, e.g. after a new authorization.
func (s *Service) forget(id pulid.ID) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.live, id)
}

// cached is the live connection of id, if one is cached.
func (s *Service) cached(id pulid.ID) *liveConnection {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.live[id]
}

// Watch drops the live connection of every connection that changes, on
// whichever replica it changed (connection events are relayed between the
// replicas sharing a Postgres database), until ctx ends: no replica keeps
// calling Ironclad with a token disconnected, replaced or refreshed
// elsewhere; the next call loads the connection afresh.
func (s *Service) Watch(ctx context.Context) {
	for ctx.Err() == nil {
		for c := range events.Subscribe[*ent.Connection](ctx, s.cfg.Broker, TopicConnection) {
			s.forget(c.ID)
		}
		// The broker drops a subscriber that falls behind: subscribe again,
		// and forget everything it may have missed.
		s.mu.Lock()
		clear(s.live)
		s.mu.Unlock()
	}
}

func oauth2Context(ctx context.Context, s *Service) context.Context {
	return context.WithValue(context.WithoutCancel(ctx), oauth2.HTTPClient, s.cfg.HTTPClient)
}

func (s *Service) oauthConfig(c *ent.Connection) (*oauth2.Config, error) {
	secret, err := s.cfg.Secrets.OpenString(c.ClientSecretEnc)
	if err != nil {
		return nil, fmt.Errorf("opening the client secret of %s: %w", c.ID, err)
	}
	return ironclad.OAuthConfig(c.BaseURL, c.ClientID, secret, s.CallbackURL(), ironclad.DefaultScopes()), nil
}

func (s *Service) storedToken(c *ent.Connection) (*oauth2.Token, error) {
	access, err := s.cfg.Secrets.OpenString(c.AccessTokenEnc)
	if err != nil {
		return nil, err
	}
	refresh, err := s.cfg.Secrets.OpenString(c.RefreshTokenEnc)
	if err != nil {
		return nil, err
	}
	tok := &oauth2.Token{AccessToken: access, RefreshToken: refresh, TokenType: "Bearer"}
	if c.TokenExpiry != nil {
		tok.Expiry = *c.TokenExpiry
	}
	return tok, nil
}

// tokenStore writes refreshed tokens back, encrypted, with the base client:
// refreshes happen outside any request's transaction.
type tokenStore struct {
	svc *Service
	id  pulid.ID
	// refreshEnc is the stored refresh token this grant refreshes with: a
	// refresh is saved only over it, never over a connection disconnected
	// or connected again (another grant) meanwhile, here or on another
	// replica.
	refreshEnc []byte
}

// ErrGrantReplaced: a refreshed token was not saved because its connection
// was disconnected or connected again meanwhile.
var ErrGrantReplaced = errors.New("the connection was disconnected or connected again meanwhile")

func (t *tokenStore) SaveToken(ctx context.Context, tok *oauth2.Token) error {
	refreshEnc := t.refreshEnc
	upd := t.svc.cfg.Client.Connection.Update().Where(connection.ID(t.id), connection.RefreshTokenEncEQ(t.refreshEnc)).
		SetAccessTokenEnc(t.svc.cfg.Secrets.SealString(tok.AccessToken))
	if tok.RefreshToken != "" {
		refreshEnc = t.svc.cfg.Secrets.SealString(tok.RefreshToken)
		upd.SetRefreshTokenEnc(refreshEnc)
	}
	if !tok.Expiry.IsZero() {
		upd.SetTokenExpiry(tok.Expiry)
	}
	n, err := upd.Save(ctx)
	if err != nil {
		return err
	}
	if n == 0 {
		t.svc.forget(t.id)
		return ErrGrantReplaced
	}
	t.refreshEnc = refreshEnc
	// The other replicas' cached tokens are stale now (the refresh token
	// may have rotated): they reload the connection.
	if c, err := t.svc.cfg.Client.Connection.Get(ctx, t.id); err == nil {
		t.svc.publishConnection(ctx, c)
	}
	return nil
}

// databaseSeen lets every verified delivery through: the unique index on
// sync_events.ironclad_event_id is the replay store (atomic, durable, shared
// by replicas), so a duplicate is recognised when it is stored.
type databaseSeen struct{}

func (databaseSeen) MarkSeen(context.Context, string) (bool, error) { return true, nil }
func (databaseSeen) Forget(context.Context, string) error           { return nil }

// classify turns an Ironclad failure into a connection error code.
func classify(err error) connection.LastErrorCode {
	var oe *ironclad.OAuthError
	switch {
	case errors.Is(err, ironclad.ErrReconnectNeeded), ironclad.IsUnauthorized(err):
		return connection.LastErrorCodeRECONNECT_NEEDED
	case ironclad.IsMissingAPIManagement(err):
		return connection.LastErrorCodeMISSING_API_MANAGEMENT
	case errors.As(err, &oe):
		return connection.LastErrorCodeAUTHORIZATION_FAILED
	}
	if e, ok := ironclad.AsError(err); ok && e.StatusCode < 500 && e.StatusCode != 429 {
		return connection.LastErrorCodeWEBHOOK_FAILED
	}
	return connection.LastErrorCodeIRONCLAD_UNREACHABLE
}

// describe is an Ironclad failure in a few words, never a token.
func describe(err error) string {
	if e, ok := ironclad.AsError(err); ok {
		if e.Message != "" {
			return fmt.Sprintf("Ironclad answered %d: %s", e.StatusCode, e.Message)
		}
		return fmt.Sprintf("Ironclad answered %d", e.StatusCode)
	}
	var oe *ironclad.OAuthError
	if errors.As(err, &oe) {
		return oe.Code
	}
	if errors.Is(err, ironclad.ErrReconnectNeeded) {
		return "authorization no longer valid"
	}
	return "network error"
}

// IroncladError is the GraphQL-facing error for a failed Ironclad call.
func IroncladError(err error) error {
	if _, ok := apperr.As(err); ok {
		return err
	}
	switch code := classify(err); code {
	case connection.LastErrorCodeRECONNECT_NEEDED, connection.LastErrorCodeIRONCLAD_UNREACHABLE, connection.LastErrorCodeMISSING_API_MANAGEMENT:
		return &apperr.Error{Code: apperr.CodeIronclad, Message: failureMessage(code, describe(err))}
	}
	return &apperr.Error{Code: apperr.CodeIronclad, Message: describe(err) + "."}
}
