package server

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"strings"

	"tradewind/graph"
	"tradewind/server/auth"
)

// SessionCookie names the session cookie.
const SessionCookie = "tradewind_session"

// maxBodyBytes bounds request bodies of the API and sign-in.
const maxBodyBytes = 1 << 20

type requestIDKey struct{}

// RequestID returns the request's id (also sent as X-Request-Id).
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// withRequestID tags each request with an id for logs and error messages.
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		id := hex.EncodeToString(b)
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id)))
	})
}

// withSecurityHeaders sets the headers every response carries.
func withSecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "+
			"img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
		if r.TLS != nil {
			h.Set("Strict-Transport-Security", "max-age=63072000")
		}
		next.ServeHTTP(w, r)
	})
}

// withLogging logs each request with its id, status and duration (never a
// query string, which may carry OAuth codes).
func withLogging(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		level := slog.LevelDebug
		if sw.status >= 500 {
			level = slog.LevelError
		}
		logger.Log(r.Context(), level, "http", "method", r.Method, "path", r.URL.Path, "status", sw.status, "request_id", RequestID(r.Context()))
	})
}

// authenticator puts the viewer in the context: an API token (Authorization:
// Bearer) or the session cookie. A bad bearer token is refused outright
// rather than silently treated as anonymous.
func authenticator(svc *auth.Service, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if token := bearer(r.Header.Get("Authorization")); token != "" {
			v, err := svc.TokenViewer(ctx, token)
			if err != nil {
				http.Error(w, "authentication failed", http.StatusInternalServerError)
				return
			}
			if v == nil {
				w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
				writeJSONError(w, http.StatusUnauthorized, "The API token is invalid, expired or revoked.")
				return
			}
			ctx = context.WithValue(auth.WithViewer(ctx, v), bearerTokenKey{}, token)
			next.ServeHTTP(w, r.WithContext(ctx))
			return
		}
		if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" {
			v, err := svc.SessionViewer(ctx, c.Value)
			if err != nil {
				http.Error(w, "authentication failed", http.StatusInternalServerError)
				return
			}
			if v != nil {
				ctx = auth.WithViewer(ctx, v)
				ctx = context.WithValue(ctx, graph.SessionTokenKey{}, c.Value)
				ctx = context.WithValue(ctx, cookieAuthKey{}, true)
			}
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

type cookieAuthKey struct{}

// bearerTokenKey carries the API token that authenticated the request, so a
// websocket opened with it can check it again (server/wsauth.go).
type bearerTokenKey struct{}

// requireJSONForCookiePosts refuses cookie-authenticated POSTs without a JSON
// content type: a cross-site HTML form cannot send one, so this stops CSRF.
func requireJSONForCookiePosts(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.Context().Value(cookieAuthKey{}) == true && !isJSON(r) {
			writeJSONError(w, http.StatusUnsupportedMediaType, "Send Content-Type: application/json.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// limitBody bounds the request body.
func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
		next.ServeHTTP(w, r)
	})
}

func isJSON(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "application/json"
}

func bearer(h string) string {
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// statusWriter remembers the status code and still lets websockets hijack.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	h, ok := w.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("hijacking not supported")
	}
	w.status = http.StatusSwitchingProtocols
	return h.Hijack()
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
