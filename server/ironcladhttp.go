package server

import (
	"net/http"
	"net/url"

	"tradewind/server/auth"
	"tradewind/server/integration"
)

// The demo sandbox's OAuth client, preconfigured for demo connections.
const (
	demoClientID     = "tradewind-demo"
	demoClientSecret = "tradewind-demo-secret" //nolint:gosec // G101: the sandbox's published demo client, not a secret
)

// ironcladCallback serves GET /auth/ironclad/callback, Ironclad's redirect
// after Allow Access or Deny, then sends the browser to the SPA's Ironclad
// page with the connection and the outcome (ok or an error code).
func ironcladCallback(svc *integration.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", http.MethodGet)
			http.Error(w, "use GET", http.StatusMethodNotAllowed)
			return
		}
		res := svc.Callback(r.Context(), auth.FromContext(r.Context()), r.URL.Query())
		q := url.Values{}
		if res.ConnectionID != "" {
			q.Set("connection", string(res.ConnectionID))
		}
		q.Set("result", "ok")
		if res.Code != "" {
			q.Set("result", string(res.Code))
		}
		w.Header().Set("Cache-Control", "no-store")
		http.Redirect(w, r, "/integrations/ironclad?"+q.Encode(), http.StatusFound)
	})
}

// demoSandbox describes the built-in sandbox to the integration (demo mode).
func (s *Server) demoSandbox() *integration.Sandbox {
	if s.Sandbox == nil {
		return nil
	}
	return &integration.Sandbox{BaseURL: s.cfg.PublicURL + "/ironclad-sandbox",
		ClientID: demoClientID, ClientSecret: demoClientSecret}
}
