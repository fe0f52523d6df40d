package server

import (
	"encoding/json"
	"errors"
	"math"
	"net"
	"net/http"
	"net/netip"
	"slices"
	"strconv"
	"strings"

	"tradewind/server/auth"
)

// loginHandler serves POST /auth/login: JSON {email, password} → session cookie.
func loginHandler(svc *auth.Service, clientIP func(*http.Request) string, secureCookies bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !jsonPost(w, r) {
			return
		}
		var in struct{ Email, Password string }
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			writeJSONError(w, http.StatusBadRequest, "Send a JSON body with email and password.")
			return
		}
		token, u, err := svc.Login(r.Context(), in.Email, in.Password, clientIP(r), r.UserAgent())
		var throttled *auth.ThrottledError
		switch {
		case errors.As(err, &throttled):
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(throttled.RetryAfter.Seconds()))))
			writeJSONError(w, http.StatusTooManyRequests, throttled.Error())
			return
		case errors.Is(err, auth.ErrBusy):
			w.Header().Set("Retry-After", "5")
			writeJSONError(w, http.StatusServiceUnavailable, err.Error())
			return
		case errors.Is(err, auth.ErrBadCredentials):
			writeJSONError(w, http.StatusUnauthorized, err.Error())
			return
		case err != nil:
			writeJSONError(w, http.StatusInternalServerError, "Sign-in failed on our side; try again.")
			return
		}
		// Secure follows the scheme: the demo and the tests are plain HTTP.
		http.SetCookie(w, &http.Cookie{ //nolint:gosec // G124: HttpOnly and SameSite set, Secure on HTTPS
			Name: SessionCookie, Value: token, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode,
			Secure: secureCookies || r.TLS != nil, MaxAge: int(auth.SessionIdle.Seconds()),
		})
		writeJSON(w, http.StatusOK, map[string]any{"user": map[string]any{
			"id": u.ID, "email": u.Email, "name": u.Name, "role": u.Role,
		}})
	})
}

// logoutHandler serves POST /auth/logout: ends the session, clears the cookie.
func logoutHandler(svc *auth.Service, socks *sockets, secureCookies bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !jsonPost(w, r) {
			return
		}
		if c, err := r.Cookie(SessionCookie); err == nil {
			if err := svc.Logout(r.Context(), c.Value); err != nil {
				writeJSONError(w, http.StatusInternalServerError, "Sign-out failed on our side; try again.")
				return
			}
			socks.endSession(c.Value)
		}
		http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", HttpOnly: true, //nolint:gosec // G124: as at login
			SameSite: http.SameSiteLaxMode, Secure: secureCookies || r.TLS != nil, MaxAge: -1})
		w.WriteHeader(http.StatusNoContent)
	})
}

// jsonPost answers and returns false unless r is a POST with a JSON body:
// a cross-site HTML form can send neither a JSON content type nor this
// combination, so sign-in and sign-out cannot be forged from another site.
func jsonPost(w http.ResponseWriter, r *http.Request) bool {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeJSONError(w, http.StatusMethodNotAllowed, "Use POST.")
		return false
	}
	if !isJSON(r) {
		writeJSONError(w, http.StatusUnsupportedMediaType, "Send Content-Type: application/json.")
		return false
	}
	return true
}

// clientAddress returns how to find a request's client address: the peer,
// or, when the peer is a trusted reverse proxy, the nearest address in
// X-Forwarded-For that is not one of the trusted proxies. With no trusted
// proxies (the default) X-Forwarded-For is ignored, since anyone can send it.
func clientAddress(trusted []netip.Prefix) func(*http.Request) string {
	isTrusted := func(s string) bool {
		a, err := netip.ParseAddr(strings.TrimSpace(s))
		return err == nil && slices.ContainsFunc(trusted, func(p netip.Prefix) bool { return p.Contains(a.Unmap()) })
	}
	return func(r *http.Request) string {
		peer, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			peer = r.RemoteAddr
		}
		if !isTrusted(peer) {
			return peer
		}
		hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
		for i := len(hops) - 1; i >= 0; i-- {
			if hop := strings.TrimSpace(hops[i]); hop != "" && !isTrusted(hop) {
				if _, err := netip.ParseAddr(hop); err == nil {
					return hop
				}
				return peer // a malformed hop: do not let it name a throttle key
			}
		}
		return peer
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeJSONError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
