package graph

import (
	"strings"

	"tradewind/ent"
	"tradewind/server/apperr"
)

// Tokens cannot mint tokens or change passwords: a leaked token must not be
// able to entrench itself.
func apperrForbiddenTokenMinting() error {
	return apperr.Forbidden("Sign in with your password to manage API tokens and passwords; an API token cannot.")
}

// nodeError turns entgql's not-found into NOT_FOUND; a node the viewer may not
// see is reported the same way, so IDs reveal nothing.
func nodeError(err error) error {
	if ent.IsNotFound(err) || strings.Contains(err.Error(), "could not resolve to a node") || strings.Contains(err.Error(), "IDToType") {
		return apperr.NotFound("Node")
	}
	return err
}
