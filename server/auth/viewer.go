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

// RequireViewer returns the signed-in viewer or UNAUTHENTICATED.
func RequireViewer(ctx context.Context) (*Viewer, error) {
	v := FromContext(ctx)
	if v == nil {
		return nil, apperr.Unauthenticated()
	}
	return v, nil
}

// RequireAdmin allows admins only.
func RequireAdmin(ctx context.Context) (*Viewer, error) {
	v, err := RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if !v.IsAdmin() {
		return nil, apperr.Forbidden("Only admins can do this.")
	}
	return v, nil
}

// RequireWriter allows viewers whose role and credentials permit changes:
// not the VIEWER role, not a READ-only token.
func RequireWriter(ctx context.Context) (*Viewer, error) {
	v, err := RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if !v.CanWrite() {
		return nil, apperr.Forbidden("This API token is read-only; create a token with the WRITE scope to make changes.")
	}
	if v.User.Role == user.RoleVIEWER {
		return nil, apperr.Forbidden("Viewers have read-only access.")
	}
	return v, nil
}

// RequireAdminWriter allows admins whose credentials permit changes.
func RequireAdminWriter(ctx context.Context) (*Viewer, error) {
	if _, err := RequireAdmin(ctx); err != nil {
		return nil, err
	}
	return RequireWriter(ctx)
}

// RequireStaff allows admins and viewers (read access to the whole
// integration: connections, sync events, everyone's requests), not requesters.
func RequireStaff(ctx context.Context) (*Viewer, error) {
	v, err := RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if v.User.Role == user.RoleREQUESTER {
		return nil, apperr.Forbidden("Only admins and viewers can see this.")
	}
	return v, nil
}
