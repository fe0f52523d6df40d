package ironclad

import (
	"context"
	"encoding/json"
)

// UserInfo is the user an access token acts for (GET /oauth/userinfo).
type UserInfo struct {
	Sub         string   `json:"sub"`
	ID          string   `json:"id"`
	Email       string   `json:"email"`
	Username    string   `json:"username"`
	FirstName   string   `json:"firstName"`
	LastName    string   `json:"lastName"`
	DisplayName string   `json:"displayName"`
	Title       string   `json:"title"`
	CompanyID   string   `json:"companyId"`
	CompanyName string   `json:"companyName"`
	Scopes      []string `json:"scopes"`
}

// CompanyInfo is the connected company and its entitlements.
type CompanyInfo struct {
	CompanyID          string                 `json:"companyId"`
	CompanyName        string                 `json:"companyName"`
	CompanyDisplayName string                 `json:"companyDisplayName"`
	Entitlements       map[string]Entitlement `json:"entitlements"`
}

// Entitlement is a feature the company has, or not.
type Entitlement struct {
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Type        string          `json:"type"`
	Value       json.RawMessage `json:"value"`
}

// UserInfo returns who the token acts for; Tradewind shows it on the
// connection page and records which user connected.
func (c *Client) UserInfo(ctx context.Context) (*UserInfo, error) {
	return fetch[UserInfo](ctx, c, call{method: "GET", path: "/userinfo", oauth: true})
}

// CompanyInfo returns the connected company.
func (c *Client) CompanyInfo(ctx context.Context) (*CompanyInfo, error) {
	return fetch[CompanyInfo](ctx, c, call{method: "GET", path: "/company-info", oauth: true})
}
