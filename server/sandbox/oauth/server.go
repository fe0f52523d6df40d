// Package oauth is the sandbox's OAuth 2.0 provider: the authorization page
// with its consent screen, the token endpoint, userinfo and company-info.
// Grants and tokens themselves are state, kept by package core.
package oauth

import "tradewind/server/sandbox/web"

// Server serves the OAuth endpoints.
type Server struct{ *web.Pages }

// New builds the OAuth endpoints on the sandbox's pages.
func New(pages *web.Pages) *Server { return &Server{pages} }
