package sandbox

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"
)

// Sandbox users sign in on the sandbox's own page (never Tradewind's); the
// cookie is scoped to the sandbox root so it does not mix with the host app.
const sessionCookie = "ironclad_sandbox_session"

func (s *Sandbox) cookiePath() string {
	if p := s.basePath(); p != "" {
		return p + "/"
	}
	return "/"
}

func (s *Sandbox) sessionUser(r *http.Request) *user {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return nil
	}
	var u *user
	_ = s.read(func(st *state) error {
		u = st.userByID(st.Sessions[c.Value])
		return nil
	})
	return u
}

// csrfToken binds a form post to the session that rendered it.
func csrfToken(r *http.Request) string {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256([]byte("csrf:" + c.Value))
	return hex.EncodeToString(sum[:16])
}

// safeNext keeps post-login redirects inside the sandbox.
func (s *Sandbox) safeNext(next string) string {
	if strings.HasPrefix(next, s.basePath()+"/") && !strings.HasPrefix(next, "//") {
		return next
	}
	return s.basePath() + "/console"
}

// requireUser redirects to the sign-in page when nobody is signed in.
func (s *Sandbox) requireUser(w http.ResponseWriter, r *http.Request) *user {
	if u := s.sessionUser(r); u != nil {
		return u
	}
	next := s.basePath() + r.URL.Path
	if r.URL.RawQuery != "" {
		next += "?" + r.URL.RawQuery
	}
	http.Redirect(w, r, s.basePath()+"/login?next="+url.QueryEscape(next), http.StatusFound)
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

func (s *Sandbox) seededEmails() []string {
	var emails []string
	_ = s.read(func(st *state) error {
		for _, u := range st.Users {
			emails = append(emails, u.Email)
		}
		return nil
	})
	return emails
}

// loginFor describes the sign-in page that continues to next.
func (s *Sandbox) loginFor(next, email string) loginData {
	d := loginData{Next: next, Email: email, Users: s.seededEmails()}
	_ = s.read(func(st *state) error {
		d.Company = st.Company.DisplayName
		if u, err := url.Parse(next); err == nil && u.Path == s.basePath()+"/oauth/authorize" {
			if c := st.clientByID(u.Query().Get("client_id")); c != nil {
				d.ClientName = c.Name
			}
		}
		return nil
	})
	return d
}

func (s *Sandbox) handleLoginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "login", page{Title: "Sign in", Data: s.loginFor(s.safeNext(r.URL.Query().Get("next")), "")})
}

func (s *Sandbox) handleLogin(w http.ResponseWriter, r *http.Request) {
	email, password, next := r.PostFormValue("email"), r.PostFormValue("password"), s.safeNext(r.PostFormValue("next"))
	sid := newSecret()
	err := s.change(func(tx *txn) error {
		u := tx.st.userByEmail(email)
		if u == nil || u.Password != password {
			return errUnauthorized("Incorrect email or password.")
		}
		tx.st.Sessions[sid] = u.ID
		return nil
	})
	if err != nil {
		s.render(w, http.StatusUnauthorized, "login", page{Title: "Sign in", Error: err.(*apiError).Message,
			Data: s.loginFor(next, email)})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: sid, Path: s.cookiePath(), HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Sandbox) handleLogout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		_ = s.change(func(tx *txn) error { delete(tx.st.Sessions, c.Value); return nil })
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: s.cookiePath(), MaxAge: -1})
	target := s.basePath() + "/login"
	// "Not you? Sign out" on the consent page signs in again and continues
	// the same authorization.
	if next := r.PostFormValue("next"); next != "" && s.safeNext(next) == next {
		target += "?next=" + url.QueryEscape(next)
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}
