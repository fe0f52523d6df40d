package auth

import (
	"context"
	"slices"
	"strings"
	"time"

	"tradewind/ent"
	"tradewind/ent/apitoken"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/user"
	"tradewind/server/apperr"
)

// APITokenPrefix starts every API token, so secret scanners can recognise them.
const APITokenPrefix = "twk_"

// NewAPIToken is what CreateAPIToken asks for.
type NewAPIToken struct {
	Name          string
	Scopes        []string
	ExpiresInDays *int
}

// CreateAPIToken creates a token for owner and returns it with its one-time value.
func CreateAPIToken(ctx context.Context, client *ent.Client, owner *ent.User, in NewAPIToken) (*ent.APIToken, string, error) {
	name := strings.TrimSpace(in.Name)
	if name == "" || len(name) > 100 {
		return nil, "", apperr.BadInput("name", "Give the token a name of 1 to 100 characters, e.g. the tool that will use it.")
	}
	scopes, err := normalizeScopes(in.Scopes)
	if err != nil {
		return nil, "", err
	}
	if owner.Role == user.RoleVIEWER && slices.Contains(scopes, ScopeWrite) {
		return nil, "", apperr.BadInput("scopes", "Viewers have read-only access, so their tokens can only have the READ scope.")
	}
	token := newToken(APITokenPrefix)
	create := client.APIToken.Create().
		SetOwner(owner).SetName(name).SetScopes(scopes).
		SetTokenHash(hashToken(token)).SetHint(token[:len(APITokenPrefix)+4])
	if in.ExpiresInDays != nil {
		if *in.ExpiresInDays < 1 || *in.ExpiresInDays > 3650 {
			return nil, "", apperr.BadInput("expiresInDays", "Choose between 1 and 3650 days, or leave it empty for no expiry.")
		}
		create.SetExpiresAt(time.Now().Add(time.Duration(*in.ExpiresInDays) * 24 * time.Hour))
	}
	t, err := create.Save(ctx)
	return t, token, err
}

// normalizeScopes accepts READ or READ+WRITE (WRITE alone implies READ).
func normalizeScopes(in []string) ([]string, error) {
	out := []string{ScopeRead}
	for _, s := range in {
		switch s {
		case ScopeRead:
		case ScopeWrite:
			if !slices.Contains(out, ScopeWrite) {
				out = append(out, ScopeWrite)
			}
		default:
			return nil, apperr.BadInput("scopes", "Unknown scope %q: use READ or WRITE.", s)
		}
	}
	return out, nil
}

// RevokeAPIToken revokes one of the viewer's tokens (admins may revoke anyone's).
func RevokeAPIToken(ctx context.Context, client *ent.Client, v *Viewer, id pulid.ID) (*ent.APIToken, error) {
	q := client.APIToken.Query().Where(apitoken.ID(id))
	if !v.IsAdmin() {
		q = q.Where(apitoken.HasOwnerWith(user.ID(v.User.ID)))
	}
	t, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("API token")
	}
	if err != nil {
		return nil, err
	}
	if t.RevokedAt != nil {
		return t, nil
	}
	return t.Update().SetRevokedAt(time.Now()).Save(ctx)
}
