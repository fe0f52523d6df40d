package integration

import (
	"context"

	"tradewind/ent"
	"tradewind/ent/connection"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/server/ironclad"
)

// Verify re-checks a connection now (Test connection, and the periodic
// health job): the token still works and who it acts for, and the webhook is
// registered and enabled — re-enabled or re-created when it is not. The
// outcome is recorded on the connection and as a sync event.
func (s *Service) Verify(ctx context.Context, id pulid.ID) (*ent.Connection, error) {
	c, err := s.get(ctx, s.cfg.Client, id)
	if err != nil {
		return nil, err
	}
	client, err := s.Client(ctx, c)
	if err != nil {
		return nil, err
	}
	before := snapshot(c)
	upd := s.cfg.Client.Connection.UpdateOne(c)
	summary, failure := s.check(ctx, c, client, upd)
	event := LedgerEntry{Direction: syncevent.DirectionOUTBOUND, Kind: "connection_check", Summary: summary, Connection: c}
	if failure != nil {
		code := classify(failure)
		status := connection.StatusNEEDS_ATTENTION
		if code == connection.LastErrorCodeRECONNECT_NEEDED {
			status = connection.StatusRECONNECT_NEEDED
		}
		upd.SetStatus(status).SetLastErrorCode(code).SetLastError(failureMessage(code, describe(failure)))
		event.Status, event.Error = syncevent.StatusFAILED, describe(failure)
	} else {
		upd.SetStatus(connection.StatusCONNECTED).SetLastError("").ClearLastErrorCode().SetLastVerifiedAt(s.now())
		event.Status = syncevent.StatusSUCCEEDED
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := s.RecordLedger(ctx, s.cfg.Client, event); err != nil {
		return nil, err
	}
	if changed(before, snapshot(saved)) {
		s.auditAndPublish(ctx, "connection.verify", saved, before)
	} else {
		s.publishConnection(ctx, saved)
	}
	return saved, nil
}

// check talks to Ironclad; it fills upd and returns what it did, or why it failed.
func (s *Service) check(ctx context.Context, c *ent.Connection, client *ironclad.Client, upd *ent.ConnectionUpdateOne) (string, error) {
	user, err := client.UserInfo(ctx)
	if err != nil {
		return "Ironclad refused the connection's token", err
	}
	upd.SetIntegrationUserEmail(user.Email)
	if len(user.Scopes) > 0 {
		upd.SetScopes(user.Scopes)
	}
	target := firstNonEmpty(c.WebhookURL, s.WebhookURL(c.ID))
	was := c.WebhookID
	wh, err := s.ensureWebhook(ctx, client, target, was)
	if ironclad.IsMissingAPIManagement(err) {
		upd.SetWebhookStatus(connection.WebhookStatusREFUSED)
		return "Ironclad refused to manage the webhook", err
	}
	if err != nil {
		return "the webhook could not be checked", err
	}
	upd.SetWebhookID(wh.ID).SetWebhookURL(wh.TargetURL).SetWebhookStatus(connection.WebhookStatusACTIVE)
	switch {
	case was != wh.ID:
		return "token valid; webhook registered again (it was gone)", nil
	case c.WebhookStatus != connection.WebhookStatusACTIVE:
		return "token valid; webhook enabled again", nil
	}
	return "token valid; webhook registered and enabled", nil
}

// Disconnect deletes the webhook in Ironclad and the stored tokens; imported
// workflows and mappings stay, and Reconnect picks them up again.
func (s *Service) Disconnect(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Connection, error) {
	c, err := s.get(ctx, client, id)
	if err != nil {
		return nil, err
	}
	before := snapshot(c)
	upd := client.Connection.UpdateOne(c).ClearAccessTokenEnc().ClearRefreshTokenEnc().ClearTokenExpiry().
		SetWebhookID("").SetWebhookStatus(connection.WebhookStatusNONE).SetStatus(connection.StatusDISCONNECTED).
		SetLastError("").ClearLastErrorCode()
	if c.WebhookID != "" && len(c.AccessTokenEnc) > 0 {
		if err := s.deleteWebhook(ctx, c); err != nil {
			upd.SetLastError("Disconnected, but Tradewind could not delete its webhook in Ironclad (" + describe(err) +
				"). An Ironclad administrator can delete it under Company Settings > API > Webhooks.")
		}
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	s.forget(id)
	s.auditAndPublish(ctx, "connection.disconnect", saved, before)
	return saved, nil
}

func (s *Service) deleteWebhook(ctx context.Context, c *ent.Connection) error {
	client, err := s.Client(ctx, c)
	if err != nil {
		return err
	}
	if err := client.DeleteWebhook(ctx, c.WebhookID); err != nil && !ironclad.IsNotFound(err) {
		return err
	}
	return nil
}

// CheckConnections verifies every connection that has tokens; one failing
// connection does not stop the others.
func (s *Service) CheckConnections(ctx context.Context) error {
	ids, err := s.cfg.Client.Connection.Query().Where(connection.AccessTokenEncNotNil()).IDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := s.Verify(ctx, id); err != nil {
			s.cfg.Logger.WarnContext(ctx, "Ironclad connection check", "connection", id, "error", err)
		}
	}
	return nil
}

func changed(a, b map[string]any) bool {
	for k, v := range a {
		if !equalValue(v, b[k]) {
			return true
		}
	}
	return false
}
