package server

import (
	"encoding/json"
	"errors"
	"math"
	"net"
	"net/http"
	"strconv"

	"tradewind/server/auth"
)

// loginHandler serves POST /auth/login: JSON {email, password} → session cookie.
func loginHandler(svc *auth.Service, secureCookies bool) http.Handler {
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
func logoutHandler(svc *auth.Service, secureCookies bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !jsonPost(w, r) {
			return
		}
		if c, err := r.Cookie(SessionCookie); err == nil {
			if err := svc.Logout(r.Context(), c.Value); err != nil {
				writeJSONError(w, http.StatusInternalServerError, "Sign-out failed on our side; try again.")
				return
			}
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

// clientIP is the peer address. X-Forwarded-For is not trusted: behind a
// proxy, all sign-ins share the proxy's throttle budget, which is safe.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
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
