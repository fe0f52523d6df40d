package oauth

import (
	"encoding/json"
	"net/http"
	"strings"

	"tradewind/server/sandbox/core"
)

// tokenParams reads the token request from a JSON or form body; Ironclad
// documents JSON, clients such as x/oauth2 send forms.
func tokenParams(r *http.Request) (map[string]string, *core.OAuthError) {
	params := map[string]string{}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var raw map[string]any
		if err := json.NewDecoder(r.Body).Decode(&raw); err != nil {
			return nil, &core.OAuthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "request body is not valid JSON"}
		}
		for k, v := range raw {
			if s, ok := v.(string); ok {
				params[k] = s
			}
		}
		return params, nil
	}
	if err := r.ParseForm(); err != nil {
		return nil, &core.OAuthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "request body could not be parsed"}
	}
	for k := range r.PostForm {
		params[k] = r.PostForm.Get(k)
	}
	return params, nil
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	if !s.InjectFaults(w, r) {
		return
	}
	params, oerr := tokenParams(r)
	if oerr != nil {
		core.WriteOAuthError(w, oerr)
		return
	}
	resp, oerr := s.GrantToken(r, params)
	if oerr != nil {
		core.WriteOAuthError(w, oerr)
		return
	}
	core.WriteJSON(w, http.StatusOK, resp)
}
