// Package console is the sandbox's operator console: server-rendered pages
// where a signed-in sandbox user acts as any Ironclad user, edits templates
// and sets webhook delivery faults. Every form calls the same core
// operations as the public API.
package console

import "tradewind/server/sandbox/web"

// Console serves the console pages.
type Console struct{ *web.Pages }

// New builds the console on the sandbox's pages.
func New(pages *web.Pages) *Console { return &Console{pages} }
