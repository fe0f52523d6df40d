package ironclad

import (
	"context"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"strings"
)

// Webhook statuses.
const (
	WebhookEnabled          = "enabled"
	WebhookDisabled         = "disabled"
	WebhookDisabledBySystem = "disabledBySystem" // after long failure, or a 410 answer
)

// Webhook is a registration of a target URL for events.
type Webhook struct {
	ID                      string      `json:"id"`
	Events                  []EventType `json:"events"`
	TargetURL               string      `json:"targetURL"`
	CompanyID               string      `json:"companyId"`
	Tags                    []string    `json:"tags,omitempty"`
	Status                  string      `json:"status"`
	StatusLastUpdatedAt     Time        `json:"statusLastUpdatedAt"`
	StatusLastUpdatedBy     string      `json:"statusLastUpdatedBy"` // user id or "system"
	ConsecutiveFailureCount int         `json:"consecutiveFailureCount"`
	FirstConsecutiveFailure Time        `json:"firstConsecutiveFailure"`
}

// WebhookCreate registers a target URL (HTTPS; one registration per URL).
type WebhookCreate struct {
	Events    []EventType `json:"events"` // EventAll for every event
	TargetURL string      `json:"targetURL"`
	Status    string      `json:"status,omitempty"`
}

// WebhookUpdate changes the fields that are set.
type WebhookUpdate struct {
	Events    []EventType `json:"events,omitempty"`
	TargetURL string      `json:"targetURL,omitempty"`
	Status    string      `json:"status,omitempty"`
}

// Webhook management needs API management rights; users without them get
// 403, which IsMissingAPIManagement reports.

// ListWebhooks returns a page of registrations (this list has no count).
func (c *Client) ListWebhooks(ctx context.Context, p PageParams) (*Page[Webhook], error) {
	return fetch[Page[Webhook]](ctx, c, call{method: "GET", path: "/webhooks", query: p.apply(nil)})
}

// CreateWebhook registers a webhook. Ironclad answers 200 where its spec
// says 201; any 2xx is success.
func (c *Client) CreateWebhook(ctx context.Context, w WebhookCreate) (*Webhook, error) {
	return fetch[Webhook](ctx, c, call{method: "POST", path: "/webhooks", body: w})
}

// GetWebhook returns one registration.
func (c *Client) GetWebhook(ctx context.Context, id string) (*Webhook, error) {
	return fetch[Webhook](ctx, c, call{method: "GET", path: pathf("/webhooks/%s", id)})
}

// UpdateWebhook changes a registration.
func (c *Client) UpdateWebhook(ctx context.Context, id string, u WebhookUpdate) (*Webhook, error) {
	return fetch[Webhook](ctx, c, call{method: "PATCH", path: pathf("/webhooks/%s", id), body: u})
}

// DeleteWebhook removes a registration.
func (c *Client) DeleteWebhook(ctx context.Context, id string) error {
	return c.do(ctx, call{method: "DELETE", path: pathf("/webhooks/%s", id)})
}

// VerificationKey fetches the RSA public key webhook deliveries are signed
// with. Ironclad serves it as a PEM file; tolerate it arriving as a JSON string.
func (c *Client) VerificationKey(ctx context.Context) (*rsa.PublicKey, error) {
	var raw []byte
	if err := c.do(ctx, call{method: "GET", path: "/webhooks/verification-key", out: &raw}); err != nil {
		return nil, err
	}
	return parsePublicKey(raw)
}

func parsePublicKey(raw []byte) (*rsa.PublicKey, error) {
	text := strings.TrimSpace(string(raw))
	var quoted string
	if strings.HasPrefix(text, `"`) && json.Unmarshal([]byte(text), &quoted) == nil {
		text = quoted
	}
	block, _ := pem.Decode([]byte(text))
	if block == nil {
		return nil, fmt.Errorf("ironclad: verification key is not PEM")
	}
	var (
		key any
		err error
	)
	switch block.Type {
	case "RSA PUBLIC KEY":
		key, err = x509.ParsePKCS1PublicKey(block.Bytes)
	default:
		key, err = x509.ParsePKIXPublicKey(block.Bytes)
	}
	if err != nil {
		return nil, fmt.Errorf("ironclad: verification key: %w", err)
	}
	rsaKey, ok := key.(*rsa.PublicKey)
	if !ok {
		return nil, fmt.Errorf("ironclad: verification key is %T, not RSA", key)
	}
	return rsaKey, nil
}
