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

// Session lifetime: sliding (renewed on use, SessionIdle after the last
// use) and capped: SessionMaxAge after sign-in a session ends whatever its use.
const (
	SessionIdle       = 7 * 24 * time.Hour
	SessionMaxAge     = 30 * 24 * time.Hour
	sessionTouchEvery = time.Minute
)

// Service signs people in and out and authenticates requests.
type Service struct {
	client  *ent.Client
	now     func() time.Time
	byEmail *throttle
	byIP    *throttle
	hashing chan struct{} // one slot per password check running now
}

// maxConcurrentHashes bounds the password checks running at once (64 MiB of
// argon2 each); hashWait is how long a sign-in waits for a slot.
const (
	maxConcurrentHashes = 4
	hashWait            = 10 * time.Second
)

// ErrBusy: too many password checks are running; the caller should retry.
var ErrBusy = errors.New("Too many sign-ins are being checked right now; try again in a few seconds.")

// NewService returns the auth service. Sign-in is throttled to 5 failures per
// email and 20 per IP address in 15 minutes.
func NewService(client *ent.Client) *Service {
	return &Service{
		client:  client,
		now:     time.Now,
		byEmail: newThrottle(5, 15*time.Minute, time.Now),
		byIP:    newThrottle(20, 15*time.Minute, time.Now),
		hashing: make(chan struct{}, maxConcurrentHashes),
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
	// Count the attempt as a failure before checking it, so parallel
	// attempts cannot all pass the throttle before any of them is counted.
	if wait := reserve(s.byEmail, emailKey, s.byIP, ipKey); wait > 0 {
		return "", nil, &ThrottledError{RetryAfter: wait}
	}
	u, ok, err := s.checkCredentials(ctx, email, password)
	if err != nil {
		s.byEmail.release(emailKey)
		s.byIP.release(ipKey)
		return "", nil, err
	}
	if !ok {
		return "", nil, ErrBadCredentials
	}
	s.byEmail.reset(emailKey)
	s.byIP.release(ipKey)
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

// reserve records a failure for both keys unless either is blocked, and
// then returns how long to wait.
func reserve(byEmail *throttle, emailKey string, byIP *throttle, ipKey string) time.Duration {
	if wait := byEmail.reserve(emailKey); wait > 0 {
		return wait
	}
	if wait := byIP.reserve(ipKey); wait > 0 {
		byEmail.release(emailKey)
		return wait
	}
	return 0
}

// checkCredentials checks the password (unknown emails cost as much time as
// wrong passwords) in one of the bounded hashing slots.
func (s *Service) checkCredentials(ctx context.Context, email, password string) (*ent.User, bool, error) {
	u, err := s.client.User.Query().Where(user.Email(email)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, false, err
	}
	hash := dummyHash
	if u != nil {
		hash = u.PasswordHash
	}
	wait := time.NewTimer(hashWait)
	defer wait.Stop()
	select {
	case s.hashing <- struct{}{}:
	case <-wait.C:
		return nil, false, ErrBusy
	case <-ctx.Done():
		return nil, false, ctx.Err()
	}
	ok := CheckPassword(hash, password)
	<-s.hashing
	return u, u != nil && ok && !u.Disabled, nil
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
	if now.After(sess.ExpiresAt) || now.After(sess.CreatedAt.Add(SessionMaxAge)) || sess.Edges.User.Disabled {
		return nil, nil
	}
	if now.Sub(sess.LastSeenAt) > sessionTouchEvery {
		// Sliding expiry, written at most once a minute per session, never
		// beyond the session's maximum age.
		expires := now.Add(SessionIdle)
		if end := sess.CreatedAt.Add(SessionMaxAge); end.Before(expires) {
			expires = end
		}
		err := s.client.Session.UpdateOne(sess).SetLastSeenAt(now).SetExpiresAt(expires).Exec(ctx)
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

// RevokeAPITokens revokes every API token of the user (a password reset by
// an admin: whoever knew the old password may have made tokens).
func RevokeAPITokens(ctx context.Context, client *ent.Client, userID pulid.ID) error {
	return client.APIToken.Update().
		Where(apitoken.HasOwnerWith(user.ID(userID)), apitoken.RevokedAtIsNil()).
		SetRevokedAt(time.Now()).Exec(ctx)
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
