package sandbox

import (
	"net/http"

	"github.com/google/uuid"
)

// routes is the sandbox root: OAuth, sign-in, the public API, the console
// and the control API.
func (s *Sandbox) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /oauth/authorize", s.handleAuthorize)
	mux.HandleFunc("POST /oauth/authorize", s.handleAuthorize)
	mux.HandleFunc("POST /oauth/token", s.handleToken)
	mux.HandleFunc("GET /oauth/userinfo", s.handleUserInfo)
	mux.HandleFunc("GET /oauth/company-info", s.handleCompanyInfo)
	mux.HandleFunc("GET /login", s.handleLoginPage)
	mux.HandleFunc("POST /login", s.handleLogin)
	mux.HandleFunc("POST /logout", s.handleLogout)
	mux.HandleFunc("GET /assets/sandbox.css", s.handleStylesheet)
	mux.Handle(apiPrefix+"/", s.api())
	s.consoleRoutes(mux)
	mux.Handle("/_control/", s.control())
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, s.BasePath()+"/console", http.StatusFound)
	})
	return withRequestID(mux)
}

// withRequestID stamps every response with Ironclad's request id headers.
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := uuid.NewString()
		w.Header().Set("x-ironclad-requestid", id)
		w.Header().Set("x-response-id", id)
		next.ServeHTTP(w, r)
	})
}
