package sandbox

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

const codeTTL = 10 * time.Minute

type tokenResponse struct {
	TokenType    string `json:"token_type"`
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token,omitempty"`
	ExpiresIn    int    `json:"expires_in"`
	Scope        string `json:"scope,omitempty"`
}

// tokenParams reads the token request from a JSON or form body; Ironclad
// documents JSON, clients such as x/oauth2 send forms.
func tokenParams(r *http.Request) (map[string]string, *oauthError) {
	params := map[string]string{}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var raw map[string]any
		if err := json.NewDecoder(r.Body).Decode(&raw); err != nil {
			return nil, &oauthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "request body is not valid JSON"}
		}
		for k, v := range raw {
			if s, ok := v.(string); ok {
				params[k] = s
			}
		}
		return params, nil
	}
	if err := r.ParseForm(); err != nil {
		return nil, &oauthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "request body could not be parsed"}
	}
	for k := range r.PostForm {
		params[k] = r.PostForm.Get(k)
	}
	return params, nil
}

// authenticateClient accepts HTTP Basic or client_id/client_secret in the body.
func authenticateClient(st *state, r *http.Request, params map[string]string) (*client, *oauthError) {
	id, secret, basic := r.BasicAuth()
	if !basic {
		id, secret = params["client_id"], params["client_secret"]
	}
	c := st.clientByID(id)
	if c == nil || c.Secret != secret {
		return nil, &oauthError{Status: http.StatusUnauthorized, Err: "invalid_client", Description: "invalid client"}
	}
	return c, nil
}

func (s *Sandbox) handleToken(w http.ResponseWriter, r *http.Request) {
	if !s.injectFaults(w, r) {
		return
	}
	params, oerr := tokenParams(r)
	if oerr != nil {
		writeOAuthError(w, oerr)
		return
	}
	var resp tokenResponse
	err := s.change(func(tx *txn) error {
		c, oerr := authenticateClient(tx.st, r, params)
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
			oerr = &oauthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "missing grant_type"}
		default:
			oerr = &oauthError{Status: http.StatusBadRequest, Err: "unsupported_grant_type", Description: "unsupported grant type " + params["grant_type"]}
		}
		if oerr != nil {
			return oerr
		}
		return nil
	})
	if err != nil {
		writeOAuthError(w, err.(*oauthError))
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

func invalidGrant(description string) *oauthError {
	return &oauthError{Status: http.StatusForbidden, Err: "invalid_grant", Description: description}
}

func (tx *txn) exchangeCode(c *client, params map[string]string) (tokenResponse, *oauthError) {
	if params["code"] == "" {
		return tokenResponse{}, &oauthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "missing code"}
	}
	code := tx.st.Codes[params["code"]]
	switch {
	case code == nil:
		return tokenResponse{}, invalidGrant("invalid authorization code")
	case code.ClientID != c.ID:
		return tokenResponse{}, &oauthError{Status: http.StatusUnauthorized, Err: "invalid_client", Description: "invalid client"}
	case !tx.now.Before(code.Expires):
		delete(tx.st.Codes, params["code"])
		return tokenResponse{}, invalidGrant("authorization code has expired")
	case params["redirect_uri"] != code.RedirectURI:
		return tokenResponse{}, invalidGrant("invalid redirect uri")
	}
	delete(tx.st.Codes, params["code"])
	return tx.issue(c.ID, code.UserID, code.Scopes, true), nil
}

// refresh issues a new access and refresh token; the old refresh token
// stays valid (API.md §2.2 [INFERRED]: lenient, no rotation enforcement).
func (tx *txn) refresh(c *client, params map[string]string) (tokenResponse, *oauthError) {
	rt := tx.st.Refresh[params["refresh_token"]]
	switch {
	case rt == nil || rt.Revoked:
		return tokenResponse{}, invalidGrant("invalid refresh token")
	case rt.ClientID != c.ID:
		return tokenResponse{}, &oauthError{Status: http.StatusUnauthorized, Err: "invalid_client", Description: "invalid client"}
	}
	scopes, oerr := requestedScopes(params["scope"], rt.Scopes)
	if oerr != nil {
		return tokenResponse{}, oerr
	}
	return tx.issue(c.ID, rt.UserID, scopes, true), nil
}

func (tx *txn) clientCredentials(c *client, params map[string]string) (tokenResponse, *oauthError) {
	scopes, oerr := requestedScopes(params["scope"], c.Scopes)
	if oerr != nil {
		return tokenResponse{}, oerr
	}
	return tx.issue(c.ID, "", scopes, false), nil
}

// requestedScopes checks a space-separated scope request against what may
// be granted; an empty request means everything allowed.
func requestedScopes(raw string, allowed []string) ([]string, *oauthError) {
	requested := strings.Fields(raw)
	if len(requested) == 0 {
		return append([]string(nil), allowed...), nil
	}
	for _, sc := range requested {
		if !contains(allowed, sc) {
			return nil, &oauthError{Status: http.StatusBadRequest, Err: "invalid_scope", Description: "scope not allowed: " + sc}
		}
	}
	return requested, nil
}

func (tx *txn) issue(clientID, userID string, scopes []string, withRefresh bool) tokenResponse {
	ttl := tx.s.cfg.TokenTTL
	access := newSecret()
	tx.st.Tokens[access] = &accessToken{ClientID: clientID, UserID: userID, Scopes: scopes, Expires: tx.now.Add(ttl)}
	resp := tokenResponse{TokenType: "Bearer", AccessToken: access, ExpiresIn: int(ttl.Seconds()), Scope: strings.Join(scopes, " ")}
	if withRefresh {
		resp.RefreshToken = newSecret()
		tx.st.Refresh[resp.RefreshToken] = &refreshToken{ClientID: clientID, UserID: userID, Scopes: scopes}
	}
	return resp
}
