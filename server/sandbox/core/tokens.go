package core

import (
	"net/http"
	"strings"
	"time"
)

const CodeTTL = 10 * time.Minute

type TokenResponse struct {
	TokenType    string `json:"token_type"`
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token,omitempty"`
	ExpiresIn    int    `json:"expires_in"`
	Scope        string `json:"scope,omitempty"`
}

// authenticateClient accepts HTTP Basic or client_id/client_secret in the body.
func authenticateClient(st *State, r *http.Request, params map[string]string) (*Client, *OAuthError) {
	id, secret, basic := r.BasicAuth()
	if !basic {
		id, secret = params["client_id"], params["client_secret"]
	}
	c := st.ClientByID(id)
	if c == nil || c.Secret != secret {
		return nil, &OAuthError{Status: http.StatusUnauthorized, Err: "invalid_client", Description: "invalid client"}
	}
	return c, nil
}

func invalidGrant(description string) *OAuthError {
	return &OAuthError{Status: http.StatusForbidden, Err: "invalid_grant", Description: description}
}

func (tx *Txn) exchangeCode(c *Client, params map[string]string) (TokenResponse, *OAuthError) {
	if params["code"] == "" {
		return TokenResponse{}, &OAuthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "missing code"}
	}
	code := tx.St.Codes[params["code"]]
	switch {
	case code == nil:
		return TokenResponse{}, invalidGrant("invalid authorization code")
	case code.ClientID != c.ID:
		return TokenResponse{}, &OAuthError{Status: http.StatusUnauthorized, Err: "invalid_client", Description: "invalid client"}
	case !tx.Now.Before(code.Expires):
		delete(tx.St.Codes, params["code"])
		return TokenResponse{}, invalidGrant("authorization code has expired")
	case params["redirect_uri"] != code.RedirectURI:
		return TokenResponse{}, invalidGrant("invalid redirect uri")
	}
	delete(tx.St.Codes, params["code"])
	return tx.issue(c.ID, code.UserID, code.Scopes, true), nil
}

// refresh issues a new access and refresh token; the old refresh token
// stays valid (API.md §2.2 [INFERRED]: lenient, no rotation enforcement).
func (tx *Txn) refresh(c *Client, params map[string]string) (TokenResponse, *OAuthError) {
	rt := tx.St.Refresh[params["refresh_token"]]
	switch {
	case rt == nil || rt.Revoked:
		return TokenResponse{}, invalidGrant("invalid refresh token")
	case rt.ClientID != c.ID:
		return TokenResponse{}, &OAuthError{Status: http.StatusUnauthorized, Err: "invalid_client", Description: "invalid client"}
	}
	scopes, oerr := RequestedScopes(params["scope"], rt.Scopes)
	if oerr != nil {
		return TokenResponse{}, oerr
	}
	return tx.issue(c.ID, rt.UserID, scopes, true), nil
}

func (tx *Txn) clientCredentials(c *Client, params map[string]string) (TokenResponse, *OAuthError) {
	scopes, oerr := RequestedScopes(params["scope"], c.Scopes)
	if oerr != nil {
		return TokenResponse{}, oerr
	}
	return tx.issue(c.ID, "", scopes, false), nil
}

// RequestedScopes checks a space-separated scope request against what may
// be granted; an empty request means everything allowed.
func RequestedScopes(raw string, allowed []string) ([]string, *OAuthError) {
	requested := strings.Fields(raw)
	if len(requested) == 0 {
		return append([]string(nil), allowed...), nil
	}
	for _, sc := range requested {
		if !contains(allowed, sc) {
			return nil, &OAuthError{Status: http.StatusBadRequest, Err: "invalid_scope", Description: "scope not allowed: " + sc}
		}
	}
	return requested, nil
}

func (tx *Txn) issue(clientID, userID string, scopes []string, withRefresh bool) TokenResponse {
	ttl := tx.s.Config.TokenTTL
	access := NewSecret()
	tx.St.Tokens[access] = &AccessToken{ClientID: clientID, UserID: userID, Scopes: scopes, Expires: tx.Now.Add(ttl)}
	resp := TokenResponse{TokenType: "Bearer", AccessToken: access, ExpiresIn: int(ttl.Seconds()), Scope: strings.Join(scopes, " ")}
	if withRefresh {
		resp.RefreshToken = NewSecret()
		tx.St.Refresh[resp.RefreshToken] = &RefreshToken{ClientID: clientID, UserID: userID, Scopes: scopes}
	}
	return resp
}

// GrantToken runs one token request: client authentication, then the grant.
func (s *Sim) GrantToken(r *http.Request, params map[string]string) (TokenResponse, *OAuthError) {
	var resp TokenResponse
	err := s.Change(func(tx *Txn) error {
		c, oerr := authenticateClient(tx.St, r, params)
		if oerr != nil {
			return oerr
		}
		switch params["grant_type"] {
		case "authorization_code":
			resp, oerr = tx.exchangeCode(c, params)
		case "refresh_token":
			resp, oerr = tx.refresh(c, params)
		case "client_credentials":
			resp, oerr = tx.clientCredentials(c, params)
		case "":
			oerr = &OAuthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "missing grant_type"}
		default:
			oerr = &OAuthError{Status: http.StatusBadRequest, Err: "unsupported_grant_type", Description: "unsupported grant type " + params["grant_type"]}
		}
		if oerr != nil {
			return oerr
		}
		return nil
	})
	if err != nil {
		return TokenResponse{}, err.(*OAuthError)
	}
	return resp, nil
}
