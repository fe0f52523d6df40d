package auth

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"tradewind/ent"
	"tradewind/ent/apitoken"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/session"
	"tradewind/ent/user"
)

// Session lifetime: sliding, renewed on use, capped.
const (
	SessionIdle       = 7 * 24 * time.Hour
	sessionTouchEvery = time.Minute
)

// Service signs people in and out and authenticates requests.
type Service struct {
	client  *ent.Client
	now     func() time.Time
	byEmail *throttle
	byIP    *throttle
}

// NewService returns the auth service. Sign-in is throttled to 5 failures per
// email and 20 per IP address in 15 minutes.
func NewService(client *ent.Client) *Service {
	return &Service{
		client:  client,
		now:     time.Now,
		byEmail: newThrottle(5, 15*time.Minute, time.Now),
		byIP:    newThrottle(20, 15*time.Minute, time.Now),
	}
}

// ErrBadCredentials is the one answer to a wrong email or a wrong password.
var ErrBadCredentials = errors.New("Email or password is incorrect.")

// ThrottledError says how long to wait.
type ThrottledError struct{ RetryAfter time.Duration }

func (e *ThrottledError) Error() string {
	return fmt.Sprintf("Too many sign-in attempts. Try again in %d minutes.", int(math.Ceil(e.RetryAfter.Minutes())))
}

// Login checks the credentials and starts a session; it returns the session
// token for the cookie. Unknown emails cost as much time as wrong passwords.
func (s *Service) Login(ctx context.Context, email, password, ip, userAgent string) (string, *ent.User, error) {
	email = NormalizeEmail(email)
	emailKey, ipKey := "email:"+email, "ip:"+ip
	if wait := max(s.byEmail.blocked(emailKey), s.byIP.blocked(ipKey)); wait > 0 {
		return "", nil, &ThrottledError{RetryAfter: wait}
	}
	u, err := s.client.User.Query().Where(user.Email(email)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return "", nil, err
	}
	hash := dummyHash
	if u != nil {
		hash = u.PasswordHash
	}
	ok := CheckPassword(hash, password)
	if u == nil || !ok || u.Disabled {
		s.byEmail.fail(emailKey)
		s.byIP.fail(ipKey)
		return "", nil, ErrBadCredentials
	}
	s.byEmail.reset(emailKey)
	token := newToken("")
	now := s.now()
	_, err = s.client.Session.Create().
		SetUser(u).SetTokenHash(hashToken(token)).
		SetExpiresAt(now.Add(SessionIdle)).SetLastSeenAt(now).
		SetIP(ip).SetUserAgent(truncate(userAgent, 255)).
		Save(ctx)
	if err != nil {
		return "", nil, err
	}
	u, err = u.Update().SetLastSignInAt(now).Save(ctx)
	return token, u, err
}

// Logout ends the session with this token (nothing happens for an unknown one).
func (s *Service) Logout(ctx context.Context, token string) error {
	_, err := s.client.Session.Delete().Where(session.TokenHash(hashToken(token))).Exec(ctx)
	return err
}

// SessionViewer returns the viewer for a session cookie, or nil when the
// session is unknown, expired or its user disabled.
func (s *Service) SessionViewer(ctx context.Context, token string) (*Viewer, error) {
	if token == "" {
		return nil, nil
	}
	sess, err := s.client.Session.Query().
		Where(session.TokenHash(hashToken(token))).WithUser().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	now := s.now()
	if now.After(sess.ExpiresAt) || sess.Edges.User.Disabled {
		return nil, nil
	}
	if now.Sub(sess.LastSeenAt) > sessionTouchEvery {
		// Sliding expiry, written at most once a minute per session.
		err := s.client.Session.UpdateOne(sess).SetLastSeenAt(now).SetExpiresAt(now.Add(SessionIdle)).Exec(ctx)
		if err != nil {
			return nil, err
		}
	}
	return &Viewer{User: sess.Edges.User, Scopes: []string{ScopeRead, ScopeWrite}}, nil
}

// TokenViewer returns the viewer for an API token, or nil when it is unknown,
// revoked, expired or its owner disabled.
func (s *Service) TokenViewer(ctx context.Context, token string) (*Viewer, error) {
	if !strings.HasPrefix(token, APITokenPrefix) {
		return nil, nil
	}
	t, err := s.client.APIToken.Query().
		Where(apitoken.TokenHash(hashToken(token))).WithOwner().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	now := s.now()
	if t.RevokedAt != nil || (t.ExpiresAt != nil && now.After(*t.ExpiresAt)) || t.Edges.Owner.Disabled {
		return nil, nil
	}
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) > time.Minute {
		if err := s.client.APIToken.UpdateOne(t).SetLastUsedAt(now).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return &Viewer{User: t.Edges.Owner, TokenID: string(t.ID), Scopes: t.Scopes}, nil
}

// EndSessions signs the user out everywhere except the session whose token is
// keepToken (pass "" to end them all).
func EndSessions(ctx context.Context, client *ent.Client, userID pulid.ID, keepToken string) error {
	q := client.Session.Delete().Where(session.HasUserWith(user.ID(userID)))
	if keepToken != "" {
		q = q.Where(session.Not(session.TokenHash(hashToken(keepToken))))
	}
	_, err := q.Exec(ctx)
	return err
}

// DeleteExpiredSessions removes sessions past their expiry; a periodic job calls it.
func (s *Service) DeleteExpiredSessions(ctx context.Context) (int, error) {
	return s.client.Session.Delete().Where(session.ExpiresAtLT(s.now())).Exec(ctx)
}

// NormalizeEmail lower-cases and trims an email address.
func NormalizeEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
