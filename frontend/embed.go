// Package frontend holds the single-page app. Its build output (dist/) is
// embedded into the tradewind binary; dist/.gitkeep is committed so the Go
// build works before the SPA has ever been built.
package frontend

import "embed"

// Dist is the built SPA: dist/index.html and dist/assets/*.
//
//go:embed all:dist
var Dist embed.FS
