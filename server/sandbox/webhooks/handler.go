package webhooks

import (
	"net/http"
	"slices"
	"strings"
)

// OAuth scopes of the management endpoints (API.md §0.5, §2.7).
const (
	ScopeReadWebhooks   = "public.webhooks.readWebhooks"
	ScopeCreateWebhooks = "public.webhooks.createWebhooks"
	ScopeUpdateWebhooks = "public.webhooks.updateWebhooks"
	ScopeDeleteWebhooks = "public.webhooks.deleteWebhooks"
)

const verificationKeyPath = "verification-key"

// Handler serves /webhooks, /webhooks/{id} and /webhooks/verification-key,
// with paths relative to the API root /public/api/v1 (the caller strips the
// prefix). actor resolves the authenticated caller; the caller answers 401
// for a missing token before this handler runs, and ok=false here is
// answered as an invalid token too.
func (h *Hub) Handler(actor func(*http.Request) (Actor, bool)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest, found := strings.CutPrefix(r.URL.Path, "/webhooks")
		id := strings.TrimPrefix(rest, "/")
		if !found || (rest != "" && !strings.HasPrefix(rest, "/")) || strings.Contains(id, "/") {
			WriteError(w, http.StatusNotFound, codeNotFound, "not found", "")
			return
		}
		a, ok := actor(r)
		if !ok {
			WriteError(w, http.StatusUnauthorized, codeUnauthorized, "invalid authentication token", "")
			return
		}
		route := r.Method + " " + id
		switch {
		case id == "" && r.Method == http.MethodGet:
			h.guard(w, a, ScopeReadWebhooks, func() { h.list(w, r, a) })
		case id == "" && r.Method == http.MethodPost:
			h.guard(w, a, ScopeCreateWebhooks, func() { h.create(w, r, a) })
		case id == verificationKeyPath && r.Method == http.MethodGet:
			h.verificationKey(w)
		case id != "" && id != verificationKeyPath && r.Method == http.MethodGet:
			h.guard(w, a, ScopeReadWebhooks, func() { h.get(w, a, id) })
		case id != "" && id != verificationKeyPath && r.Method == http.MethodPatch:
			h.guard(w, a, ScopeUpdateWebhooks, func() { h.update(w, r, a, id) })
		case id != "" && id != verificationKeyPath && r.Method == http.MethodDelete:
			h.guard(w, a, ScopeDeleteWebhooks, func() { h.remove(w, a, id) })
		default:
			h.log.Debug("webhooks: no route", "route", route)
			WriteError(w, http.StatusNotFound, codeNotFound, "not found", "")
		}
	})
}

// guard runs next only for a caller whose token has the endpoint's scope and
// whose group has the API Management permission; both failures are 403.
func (h *Hub) guard(w http.ResponseWriter, a Actor, scope string, next func()) {
	if !slices.Contains(a.Scopes, scope) {
		WriteError(w, http.StatusForbidden, codeForbidden, "token does not have the required scope "+scope, "")
		return
	}
	if !a.CanManageAPI {
		h.log.Info("webhooks: refused, no API Management permission", "userID", a.UserID, "email", a.Email)
		WriteError(w, http.StatusForbidden, codeForbidden, "access forbidden", "")
		return
	}
	next()
}

// verificationKey answers the recorded PEM with the recorded content type.
// No scope is listed for it, and any authenticated caller may read it.
func (h *Hub) verificationKey(w http.ResponseWriter) {
	h.mu.Lock()
	body := h.keyPEM
	h.mu.Unlock()
	setAPIHeaders(w.Header())
	w.Header().Set("Content-Type", "application/x-pem-file; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}
