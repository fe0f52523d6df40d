package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"time"

	"tradewind/graph"
	"tradewind/server/auth"
)

// schemaFile serves GET /graphql/schema.graphql: the SDL the server runs
// (graph.SDL, byte for byte graph/schema.graphql), for tools that generate
// code from it, to signed-in users and API tokens. Its ETag is the SDL's
// hash, so a tool can ask with If-None-Match whether the schema changed.
func schemaFile() http.Handler {
	sdl := graph.SDL()
	sum := sha256.Sum256(sdl)
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if auth.FromContext(r.Context()) == nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="tradewind"`)
			writeJSONError(w, http.StatusUnauthorized, "Sign in, or send an API token as Authorization: Bearer <token>.")
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/plain; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", etag)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(sdl))
	})
}
