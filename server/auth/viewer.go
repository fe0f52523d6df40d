// Package auth signs people in (sessions, API tokens), throttles guessing and
// decides what each viewer may do.
package auth

import (
	"context"
	"slices"

	"tradewind/ent"
	"tradewind/ent/user"
	"tradewind/server/apperr"
)

// Token scopes.
const (
	ScopeRead  = "READ"
	ScopeWrite = "WRITE"
)

// Viewer is who is asking: a signed-in user, through a session or an API token.
type Viewer struct {
	User    *ent.User
	TokenID string   // set when authenticated by an API token
	Scopes  []string // the token's scopes; a session has READ and WRITE
}

// IsAdmin reports whether the viewer is an admin.
func (v *Viewer) IsAdmin() bool { return v != nil && v.User.Role == user.RoleADMIN }

// CanWrite reports whether the viewer's credentials allow changes at all.
func (v *Viewer) CanWrite() bool { return v != nil && slices.Contains(v.Scopes, ScopeWrite) }

type viewerKey struct{}

// WithViewer returns ctx carrying v.
func WithViewer(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// WithoutViewer returns ctx with no viewer: reads as Tradewind itself.
func WithoutViewer(ctx context.Context) context.Context {
	return context.WithValue(ctx, viewerKey{}, (*Viewer)(nil))
}

// FromContext returns the viewer, or nil for anonymous requests.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(viewerKey{}).(*Viewer)
	return v
}

// CanRead reports whether the viewer's credentials allow reading: every
// scope does (WRITE includes READ).
func (v *Viewer) CanRead() bool {
	return v != nil && (slices.Contains(v.Scopes, ScopeRead) || v.CanWrite())
}

// Allow returns the viewer when its role is one of roles and its credentials
// allow the access (write: a change); else UNAUTHENTICATED or FORBIDDEN.
// The schema's @hasRole calls it for every field it marks.
func Allow(ctx context.Context, roles []user.Role, write bool) (*Viewer, error) {
	v := FromContext(ctx)
	switch {
	case v == nil:
		return nil, apperr.Unauthenticated()
	case write && !v.CanWrite():
		return nil, apperr.Forbidden("This API token is read-only; create a token with the WRITE scope to make changes.")
	case !write && !v.CanRead():
		return nil, apperr.Forbidden("This API token cannot read; create a token with the READ scope.")
	case slices.Contains(roles, v.User.Role):
		return v, nil
	case write && v.User.Role == user.RoleVIEWER:
		return nil, apperr.Forbidden("Viewers have read-only access.")
	case slices.Equal(roles, []user.Role{user.RoleADMIN}):
		return nil, apperr.Forbidden("Only admins can do this.")
	default:
		return nil, apperr.Forbidden("Only admins and viewers can see this.")
	}
}
