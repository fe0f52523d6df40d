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
	"tradewind/server/ironclad"
)

// liveConnection is what one connection needs to talk to Ironclad; one per
// connection so its rate limiter and token refreshes are shared by every
// caller (requests, jobs, the webhook receiver).
type liveConnection struct {
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
	ts := ironclad.NewTokenSource(oauth2Context(ctx, s), cfg, tok, &tokenStore{svc: s, id: c.ID})
	l := &liveConnection{tokens: ts, client: s.newClient(c.BaseURL, ts)}
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
}

func (t *tokenStore) SaveToken(ctx context.Context, tok *oauth2.Token) error {
	upd := t.svc.cfg.Client.Connection.Update().Where(connection.ID(t.id)).
		SetAccessTokenEnc(t.svc.cfg.Secrets.SealString(tok.AccessToken))
	if tok.RefreshToken != "" {
		upd.SetRefreshTokenEnc(t.svc.cfg.Secrets.SealString(tok.RefreshToken))
	}
	if !tok.Expiry.IsZero() {
		upd.SetTokenExpiry(tok.Expiry)
	}
	return upd.Exec(ctx)
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
