package integration

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/schema/pulid"
	"tradewind/server/audit"
	"tradewind/server/auth"
	"tradewind/server/ironclad"
)

// StateTTL is how long a Connect click may take to come back.
const StateTTL = 10 * time.Minute

// StartConnect begins Connect (or Reconnect): a fresh state, stored hashed
// on the connection with the admin's user id and an expiry, and Ironclad's
// consent page URL. The state lives in the database so that any replica can
// finish the flow; it is single use.
func (s *Service) StartConnect(ctx context.Context, client *ent.Client, v *auth.Viewer, id pulid.ID) (*ent.Connection, string, error) {
	c, err := s.get(ctx, client, id)
	if err != nil {
		return nil, "", err
	}
	cfg, err := s.oauthConfig(c)
	if err != nil {
		return nil, "", err
	}
	state, err := ironclad.NewState()
	if err != nil {
		return nil, "", err
	}
	c, err = c.Update().SetOauthStateHash(hashState(state)).SetOauthStateUserID(string(v.User.ID)).
		SetOauthStateExpiresAt(s.now().Add(StateTTL)).Save(ctx)
	if err != nil {
		return nil, "", err
	}
	return c, cfg.AuthCodeURL(state), nil
}

func hashState(state string) string {
	sum := sha256.Sum256([]byte(state))
	return hex.EncodeToString(sum[:])
}

// CallbackResult is where the browser goes after the callback.
type CallbackResult struct {
	ConnectionID pulid.ID                 // empty when the state named no connection
	Code         connection.LastErrorCode // empty on success
}

// Callback finishes Connect: it checks the state (known, unexpired, this
// user's, and consumes it), exchanges the code, reads the integration user
// and the granted scopes, registers the webhook, and only then stores the
// tokens. Any failure leaves no tokens and no webhook behind.
func (s *Service) Callback(ctx context.Context, v *auth.Viewer, q map[string][]string) CallbackResult {
	state := first(q["state"])
	if state == "" {
		return CallbackResult{Code: connection.LastErrorCodeINVALID_STATE}
	}
	db := s.cfg.Client
	c, err := db.Connection.Query().Where(connection.OauthStateHash(hashState(state))).Only(ctx)
	if err != nil {
		return CallbackResult{Code: connection.LastErrorCodeINVALID_STATE}
	}
	// Consume the state first: of two concurrent callbacks only one wins.
	n, err := db.Connection.Update().Where(connection.ID(c.ID), connection.OauthStateHash(hashState(state))).
		ClearOauthStateHash().ClearOauthStateExpiresAt().SetOauthStateUserID("").Save(ctx)
	if err != nil || n != 1 {
		return CallbackResult{Code: connection.LastErrorCodeINVALID_STATE}
	}
	res := CallbackResult{ConnectionID: c.ID}
	expired := c.OauthStateExpiresAt == nil || s.now().After(*c.OauthStateExpiresAt)
	if expired || v == nil || string(v.User.ID) != c.OauthStateUserID {
		res.Code = connection.LastErrorCodeINVALID_STATE
		s.recordConnectFailure(ctx, c, res.Code, "", nil)
		return res
	}
	granted, err := s.authorize(ctx, c, q, state)
	if err != nil {
		var f *connectFailure
		if !errors.As(err, &f) {
			f = &connectFailure{code: classify(err), detail: describe(err)}
		}
		res.Code = f.code
		s.recordConnectFailure(ctx, c, f.code, f.detail, f.missing)
		return res
	}
	s.recordConnected(ctx, c, granted)
	return res
}

type connectFailure struct {
	code    connection.LastErrorCode
	detail  string
	missing []string
}

func (f *connectFailure) Error() string { return string(f.code) + ": " + f.detail }

// grant is a successful authorization, not yet stored.
type grant struct {
	token   *oauth2.Token
	user    *ironclad.UserInfo
	company string
	scopes  []string
	webhook *ironclad.Webhook
	client  *ironclad.Client
}

func (s *Service) authorize(ctx context.Context, c *ent.Connection, q map[string][]string, state string) (*grant, error) {
	code, err := ironclad.ParseCallback(q, state)
	var oe *ironclad.OAuthError
	if errors.As(err, &oe) && oe.Code == "access_denied" {
		return nil, &connectFailure{code: connection.LastErrorCodeACCESS_DENIED}
	}
	if err != nil {
		return nil, err
	}
	cfg, err := s.oauthConfig(c)
	if err != nil {
		return nil, err
	}
	tok, err := ironclad.ExchangeCode(oauth2Context(ctx, s), cfg, code)
	if err != nil {
		return nil, err
	}
	client := s.newClient(c.BaseURL, oauth2.StaticTokenSource(tok))
	user, err := client.UserInfo(ctx)
	if err != nil {
		return nil, err
	}
	g := &grant{token: tok, user: user, scopes: grantedScopes(tok, user), client: client}
	if missing := missingScopes(g.scopes); len(missing) > 0 {
		return nil, &connectFailure{code: connection.LastErrorCodeMISSING_SCOPES, detail: joinScopes(missing), missing: missing}
	}
	if info, err := client.CompanyInfo(ctx); err == nil {
		g.company = firstNonEmpty(info.CompanyDisplayName, info.CompanyName)
	}
	g.webhook, err = s.ensureWebhook(ctx, client, s.WebhookURL(c.ID), "")
	if ironclad.IsMissingAPIManagement(err) {
		return nil, &connectFailure{code: connection.LastErrorCodeMISSING_API_MANAGEMENT, detail: user.Email}
	}
	if err != nil {
		return nil, err
	}
	return g, nil
}

// grantedScopes reads the token's scope (space-separated), else userinfo's.
func grantedScopes(tok *oauth2.Token, user *ironclad.UserInfo) []string {
	if raw, ok := tok.Extra("scope").(string); ok && strings.TrimSpace(raw) != "" {
		return strings.Fields(raw)
	}
	if len(user.Scopes) > 0 {
		return user.Scopes
	}
	return ironclad.DefaultScopes() // Ironclad said nothing: what was asked for was granted
}

func missingScopes(granted []string) []string {
	var missing []string
	for _, want := range ironclad.DefaultScopes() {
		if !slices.Contains(granted, want) {
			missing = append(missing, want)
		}
	}
	return missing
}

func (s *Service) recordConnected(ctx context.Context, c *ent.Connection, g *grant) {
	before := snapshot(c)
	upd := s.cfg.Client.Connection.UpdateOne(c).
		SetAccessTokenEnc(s.cfg.Secrets.SealString(g.token.AccessToken)).
		SetRefreshTokenEnc(s.cfg.Secrets.SealString(g.token.RefreshToken)).
		SetScopes(g.scopes).ClearMissingScopes().
		SetIntegrationUserID(firstNonEmpty(g.user.ID, g.user.Sub)).SetIntegrationUserEmail(g.user.Email).
		SetIntegrationUserName(firstNonEmpty(g.user.DisplayName, strings.TrimSpace(g.user.FirstName+" "+g.user.LastName), g.user.Email)).
		SetCompanyID(g.user.CompanyID).SetCompanyName(firstNonEmpty(g.company, g.user.CompanyName)).
		SetWebhookID(g.webhook.ID).SetWebhookURL(g.webhook.TargetURL).SetWebhookStatus(connection.WebhookStatusACTIVE).
		SetStatus(connection.StatusCONNECTED).SetLastError("").ClearLastErrorCode().SetLastVerifiedAt(s.now())
	if !g.token.Expiry.IsZero() {
		upd.SetTokenExpiry(g.token.Expiry)
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		s.cfg.Logger.ErrorContext(ctx, "storing an Ironclad connection", "connection", c.ID, "error", err)
		s.dropWebhook(ctx, g)
		s.recordConnectFailure(ctx, c, connection.LastErrorCodeWEBHOOK_FAILED, "Tradewind could not save the connection", nil)
		return
	}
	s.forget(c.ID)
	s.auditAndPublish(ctx, "connection.connect", saved, before)
}

// dropWebhook undoes the registration of a failed attempt.
func (s *Service) dropWebhook(ctx context.Context, g *grant) {
	if g.webhook == nil {
		return
	}
	if err := g.client.DeleteWebhook(ctx, g.webhook.ID); err != nil {
		s.cfg.Logger.WarnContext(ctx, "deleting the webhook of a failed connect", "error", err)
	}
}

// recordConnectFailure says what happened on the connection. A connection
// that worked before keeps its previous grant; one that never did stays
// without tokens.
func (s *Service) recordConnectFailure(ctx context.Context, c *ent.Connection, code connection.LastErrorCode, detail string, missing []string) {
	before := snapshot(c)
	upd := s.cfg.Client.Connection.UpdateOne(c).SetLastError(failureMessage(code, detail)).SetLastErrorCode(code)
	if missing != nil {
		upd.SetMissingScopes(missing)
	}
	if code == connection.LastErrorCodeMISSING_API_MANAGEMENT && c.Status != connection.StatusCONNECTED {
		upd.SetWebhookStatus(connection.WebhookStatusREFUSED)
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		s.cfg.Logger.ErrorContext(ctx, "recording a failed connect", "connection", c.ID, "error", err)
		return
	}
	s.auditAndPublish(ctx, "connection.connect_failed", saved, before)
}

func (s *Service) auditAndPublish(ctx context.Context, action string, c *ent.Connection, before map[string]any) {
	if _, err := s.cfg.Audit.Record(ctx, audit.Change{Action: action, TargetType: "Connection", TargetID: string(c.ID),
		Before: before, After: snapshot(c)}); err != nil {
		s.cfg.Logger.ErrorContext(ctx, "audit", "action", action, "error", err)
	}
	s.publishConnection(ctx, c)
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
