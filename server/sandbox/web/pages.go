// Package web renders the sandbox's HTML pages (sign-in, consent, console)
// from the templates in this directory, and keeps the sandbox sign-in
// session the OAuth and console pages rely on.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	htmltemplate "html/template"
	"net/http"
	"strings"
	"time"

	"tradewind/server/sandbox/core"
)

//go:embed *.html sandbox.css
var webFiles embed.FS

// pages are the server-rendered HTML pages (login, consent, console).
type pages struct {
	t   *htmltemplate.Template
	css []byte
	tag string // the stylesheet's ETag
}

func loadPages() *pages {
	css, err := webFiles.ReadFile("sandbox.css")
	if err != nil {
		panic(err)
	}
	sum := sha256.Sum256(css)
	t := htmltemplate.Must(htmltemplate.New("").Funcs(htmltemplate.FuncMap{"actas": actAsFor}).ParseFS(webFiles, "*.html"))
	return &pages{t: t, css: css, tag: `"` + hex.EncodeToString(sum[:8]) + `"`}
}

// Page is what every HTML template receives.
type Page struct {
	Title string
	Base  string
	User  *core.User
	Error string
	Data  any
	// Company is the Ironclad company's display name.
	Company string
	// Console pages carry the operator navigation; the sign-in, consent
	// and OAuth error pages are what an end user sees, and do not.
	Console bool
	// Section is the console navigation entry to highlight.
	Section string
}

// actAsOption is one user in an "as" selector.
type actAsOption struct {
	Email, Name string
	Selected    bool
}

// actAsFor lists every user for an "as" selector, selected one chosen.
func actAsFor(users []*core.User, selected string) []actAsOption {
	out := make([]actAsOption, 0, len(users))
	for _, u := range users {
		out = append(out, actAsOption{Email: u.Email, Name: u.DisplayName(), Selected: u.Email == selected})
	}
	return out
}

func (s *Pages) Render(w http.ResponseWriter, status int, name string, p Page) {
	p.Base = s.BasePath()
	_ = s.Read(func(st *core.State) error { p.Company = st.Company.DisplayName; return nil })
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if err := s.pages.t.ExecuteTemplate(w, name, p); err != nil {
		s.Log.Error("sandbox: render page", "page", name, "err", err)
	}
}

func (s *Pages) RenderMessage(w http.ResponseWriter, r *http.Request, status int, title, message string) {
	s.Render(w, status, "message", Page{Title: title, User: s.SessionUser(r), Data: message,
		Console: strings.HasPrefix(r.URL.Path, "/console")})
}

// Stylesheet serves the pages' one stylesheet (no inline styles or
// scripts, so the pages work under a strict Content-Security-Policy).
func (s *Pages) Stylesheet(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", s.pages.tag)
	http.ServeContent(w, r, "sandbox.css", time.Time{}, bytes.NewReader(s.pages.css))
}

// Pages renders the sandbox's HTML pages and keeps the sandbox sign-in
// session; the oauth and console packages build on it.
type Pages struct {
	*core.Sim
	pages *pages
}

// New loads the page templates.
func New(sim *core.Sim) *Pages { return &Pages{Sim: sim, pages: loadPages()} }
