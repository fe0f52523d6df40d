package integration

import (
	"context"
	"strings"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/audit"
	"tradewind/server/auth"
	"tradewind/server/ironclad"
)

// NewConnection is what createConnection asks for.
type NewConnection struct {
	Name         string
	Environment  connection.Environment
	BaseURL      string // CUSTOM only
	ClientID     string
	ClientSecret string
}

// ConnectionChanges is what updateConnection may change; nil = unchanged.
type ConnectionChanges struct {
	Name, ClientID, ClientSecret *string
}

// Create adds a connection that still has to be authorised (Connect).
func (s *Service) Create(ctx context.Context, client *ent.Client, v *auth.Viewer, in NewConnection) (*ent.Connection, error) {
	name := strings.TrimSpace(in.Name)
	if name == "" {
		return nil, apperr.BadInput("name", "Give the connection a name, e.g. Ironclad EU.")
	}
	base, err := s.baseURL(in.Environment, in.BaseURL)
	if err != nil {
		return nil, err
	}
	clientID, secret := strings.TrimSpace(in.ClientID), strings.TrimSpace(in.ClientSecret)
	if in.Environment == connection.EnvironmentSANDBOX {
		if clientID == "" {
			clientID = s.cfg.Sandbox.ClientID
		}
		if secret == "" {
			secret = s.cfg.Sandbox.ClientSecret
		}
	}
	if clientID == "" {
		return nil, apperr.BadInput("clientID", "Enter the client id of the OAuth client registered in Ironclad.")
	}
	if secret == "" {
		return nil, apperr.BadInput("clientSecret", "Enter the client secret of the OAuth client registered in Ironclad.")
	}
	c, err := client.Connection.Create().SetName(name).SetEnvironment(in.Environment).SetBaseURL(base).
		SetClientID(clientID).SetClientSecretEnc(s.cfg.Secrets.SealString(secret)).SetCreatedBy(v.User).Save(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := s.cfg.Audit.Record(ctx, audit.Change{Action: "connection.create", TargetType: "Connection", TargetID: string(c.ID),
		After: snapshot(c)}); err != nil {
		return nil, err
	}
	s.publishConnection(ctx, c)
	return c, nil
}

func (s *Service) baseURL(env connection.Environment, custom string) (string, error) {
	switch env {
	case connection.EnvironmentSANDBOX:
		if s.cfg.Sandbox == nil {
			return "", apperr.BadInput("environment", "The built-in sandbox exists only in demo mode; choose CUSTOM and enter the sandbox's URL.")
		}
		return s.cfg.Sandbox.BaseURL, nil
	case connection.EnvironmentCUSTOM:
		base, err := ironclad.NormalizeBaseURL(custom)
		if err == nil {
			err = ironclad.CheckBaseURL(base, s.cfg.AllowLocalIronclad)
		}
		if err != nil || strings.TrimSpace(custom) == "" {
			return "", apperr.BadInput("baseURL", "Enter the Ironclad base URL, e.g. https://acme.ironcladapp.com (https, no path after the host).")
		}
		return base, nil
	}
	key, ok := environmentKeys[env]
	if !ok {
		return "", apperr.BadInput("environment", "Choose NA, EU, DEMO or CUSTOM.")
	}
	e, _ := ironclad.EnvironmentByKey(key)
	return e.BaseURL, nil
}

// Update renames a connection or replaces its OAuth client.
func (s *Service) Update(ctx context.Context, client *ent.Client, id pulid.ID, in ConnectionChanges) (*ent.Connection, error) {
	c, err := s.get(ctx, client, id)
	if err != nil {
		return nil, err
	}
	before := snapshot(c)
	upd := c.Update()
	if in.Name != nil {
		name := strings.TrimSpace(*in.Name)
		if name == "" {
			return nil, apperr.BadInput("name", "Give the connection a name.")
		}
		upd.SetName(name)
	}
	if in.ClientID != nil {
		if strings.TrimSpace(*in.ClientID) == "" {
			return nil, apperr.BadInput("clientID", "Enter the client id of the OAuth client registered in Ironclad.")
		}
		upd.SetClientID(strings.TrimSpace(*in.ClientID))
	}
	secretChanged := false
	if in.ClientSecret != nil {
		if strings.TrimSpace(*in.ClientSecret) == "" {
			return nil, apperr.BadInput("clientSecret", "Enter the client secret, or leave it out to keep the stored one.")
		}
		upd.SetClientSecretEnc(s.cfg.Secrets.SealString(strings.TrimSpace(*in.ClientSecret)))
		secretChanged = true
	}
	c, err = upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	after := snapshot(c)
	if secretChanged {
		after["clientSecret"] = "(replaced)"
	}
	if _, err := s.cfg.Audit.Record(ctx, audit.Change{Action: "connection.update", TargetType: "Connection", TargetID: string(c.ID),
		Before: before, After: after}); err != nil {
		return nil, err
	}
	s.forget(c.ID)
	s.publishConnection(ctx, c)
	return c, nil
}

// Delete removes a connection without imported workflows, disconnecting it
// first so no webhook is left in Ironclad.
func (s *Service) Delete(ctx context.Context, client *ent.Client, id pulid.ID) error {
	c, err := s.get(ctx, client, id)
	if err != nil {
		return err
	}
	n, err := client.IroncladWorkflow.Query().Where(ironcladworkflow.HasConnectionWith(connection.ID(id))).Count(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		return apperr.Conflict("%s has %d imported Ironclad workflows; remove them first, or Disconnect to keep them.", c.Name, n)
	}
	if len(c.AccessTokenEnc) > 0 {
		if c, err = s.Disconnect(ctx, client, id); err != nil {
			return err
		}
	}
	if err := client.Connection.DeleteOne(c).Exec(ctx); err != nil {
		return err
	}
	s.forget(id)
	_, err = s.cfg.Audit.Record(ctx, audit.Change{Action: "connection.delete", TargetType: "Connection", TargetID: string(id), Before: snapshot(c)})
	return err
}

// Get loads a connection; NOT_FOUND when it does not exist.
func (s *Service) Get(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Connection, error) {
	return s.get(ctx, client, id)
}

func (s *Service) get(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Connection, error) {
	c, err := client.Connection.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Connection")
	}
	return c, err
}

// snapshot is what the audit trail shows of a connection: never a secret.
func snapshot(c *ent.Connection) map[string]any {
	return map[string]any{
		"name": c.Name, "environment": c.Environment, "baseURL": c.BaseURL, "status": c.Status, "clientID": c.ClientID,
		"integrationUserEmail": c.IntegrationUserEmail, "scopes": c.Scopes, "webhookStatus": c.WebhookStatus,
		"webhookID": c.WebhookID, "lastErrorCode": c.LastErrorCode,
	}
}
