package sandbox

import (
	"embed"
	htmltemplate "html/template"
	"net/http"
)

//go:embed web/*.html
var webFiles embed.FS

// pages are the server-rendered HTML pages (login, consent, console).
type pages struct{ t *htmltemplate.Template }

func loadPages() *pages {
	return &pages{t: htmltemplate.Must(htmltemplate.New("").ParseFS(webFiles, "web/*.html"))}
}

// page is what every HTML template receives.
type page struct {
	Title string
	Base  string
	User  *user
	Error string
	Data  any
}

func (s *Sandbox) render(w http.ResponseWriter, status int, name string, p page) {
	p.Base = s.basePath()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if err := s.pages.t.ExecuteTemplate(w, name, p); err != nil {
		s.log.Error("sandbox: render page", "page", name, "err", err)
	}
}

func (s *Sandbox) renderMessage(w http.ResponseWriter, r *http.Request, status int, title, message string) {
	s.render(w, status, "message", page{Title: title, User: s.sessionUser(r), Data: message})
}
