package web

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"

	"tradewind/server/sandbox/core"
)

// Sandbox users sign in on the sandbox's own page (never Tradewind's); the
// cookie is scoped to the sandbox root so it does not mix with the host app.
const sessionCookie = "ironclad_sandbox_session"

func (s *Pages) cookiePath() string {
	if p := s.BasePath(); p != "" {
		return p + "/"
	}
	return "/"
}

func (s *Pages) SessionUser(r *http.Request) *core.User {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return nil
	}
	var u *core.User
	_ = s.Read(func(st *core.State) error {
		u = st.UserByID(st.Sessions[c.Value])
		return nil
	})
	return u
}

// CSRFToken binds a form post to the session that rendered it.
func CSRFToken(r *http.Request) string {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256([]byte("csrf:" + c.Value))
	return hex.EncodeToString(sum[:16])
}

// safeNext keeps post-login redirects inside the sandbox.
func (s *Pages) safeNext(next string) string {
	if strings.HasPrefix(next, s.BasePath()+"/") && !strings.HasPrefix(next, "//") {
		return next
	}
	return s.BasePath() + "/console"
}

// RequireUser redirects to the sign-in page when nobody is signed in.
func (s *Pages) RequireUser(w http.ResponseWriter, r *http.Request) *core.User {
	if u := s.SessionUser(r); u != nil {
		return u
	}
	next := s.BasePath() + r.URL.Path
	if r.URL.RawQuery != "" {
		next += "?" + r.URL.RawQuery
	}
	http.Redirect(w, r, s.BasePath()+"/login?next="+url.QueryEscape(next), http.StatusFound)
	return nil
}

type loginData struct {
	Next, Email string
	Users       []string
	// ClientName is the app the sign-in continues to, when it continues
	// an OAuth authorization.
	ClientName string
	Company    string
}

func (s *Pages) seededEmails() []string {
	var emails []string
	_ = s.Read(func(st *core.State) error {
		for _, u := range st.Users {
			emails = append(emails, u.Email)
		}
		return nil
	})
	return emails
}

// loginFor describes the sign-in page that continues to next.
func (s *Pages) loginFor(next, email string) loginData {
	d := loginData{Next: next, Email: email, Users: s.seededEmails()}
	_ = s.Read(func(st *core.State) error {
		d.Company = st.Company.DisplayName
		if u, err := url.Parse(next); err == nil && u.Path == s.BasePath()+"/oauth/authorize" {
			if c := st.ClientByID(u.Query().Get("client_id")); c != nil {
				d.ClientName = c.Name
			}
		}
		return nil
	})
	return d
}

func (s *Pages) LoginPage(w http.ResponseWriter, r *http.Request) {
	s.Render(w, http.StatusOK, "login", Page{Title: "Sign in", Data: s.loginFor(s.safeNext(r.URL.Query().Get("next")), "")})
}

func (s *Pages) Login(w http.ResponseWriter, r *http.Request) {
	email, password, next := r.PostFormValue("email"), r.PostFormValue("password"), s.safeNext(r.PostFormValue("next"))
	sid := core.NewSecret()
	err := s.Change(func(tx *core.Txn) error {
		u := tx.St.UserByEmail(email)
		if u == nil || u.Password != password {
			return core.ErrUnauthorized("Incorrect email or password.")
		}
		tx.St.Sessions[sid] = u.ID
		return nil
	})
	if err != nil {
		s.Render(w, http.StatusUnauthorized, "login", Page{Title: "Sign in", Error: err.(*core.APIError).Message,
			Data: s.loginFor(next, email)})
		return
	}
	// The simulator is served over plain HTTP on loopback in the demo and tests.
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: sid, Path: s.cookiePath(), HttpOnly: true, SameSite: http.SameSiteLaxMode}) //nolint:gosec // G124: see above
	http.Redirect(w, r, next, http.StatusSeeOther)                                                                                         //nolint:gosec // G710: next went through safeNext (inside the sandbox)
}

func (s *Pages) Logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		_ = s.Change(func(tx *core.Txn) error { delete(tx.St.Sessions, c.Value); return nil })
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: s.cookiePath(), MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode}) //nolint:gosec // G124: a deletion; plain HTTP on loopback
	target := s.BasePath() + "/login"
	// "Not you? Sign out" on the consent page signs in again and continues
	// the same authorization.
	if next := r.PostFormValue("next"); next != "" && s.safeNext(next) == next {
		target += "?next=" + url.QueryEscape(next)
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}
