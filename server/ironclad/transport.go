package ironclad

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"time"
)

// maxResponseBody bounds what one response may make us buffer.
const maxResponseBody = 32 << 20

// call is one logical API call; do turns it into one or more HTTP attempts.
type call struct {
	method string
	path   string // below the API root (or below /oauth when oauth is set), already escaped
	oauth  bool
	query  url.Values
	body   any // JSON-encoded when non-nil
	out    any // JSON-decoded when non-nil; a *[]byte receives the raw body
	// ownLimit marks an endpoint with a limit of its own (one reminder per
	// signer per hour): its 429 is returned as is, neither retried nor
	// allowed to pause the connection's bucket.
	ownLimit bool
}

// idempotent calls may be repeated when an attempt's outcome is unknown.
// Every POST Tradewind makes creates or triggers something (a launch, a
// comment, a signature request), so POSTs are not.
func (cl call) idempotent() bool { return cl.method != http.MethodPost }

// pathf builds a path, escaping each argument as one path segment (role
// names such as "Counterparty Signer" carry spaces).
func pathf(format string, segments ...string) string {
	args := make([]any, len(segments))
	for i, s := range segments {
		args[i] = url.PathEscape(s)
	}
	return fmt.Sprintf(format, args...)
}

// attemptResult is what one HTTP exchange produced.
type attemptResult struct {
	err        error
	status     int  // 0 when no response arrived
	sent       bool // false only when the request surely never reached Ironclad
	final      bool // not worth retrying whatever the policy
	retryAfter time.Duration
	token      string // the access token sent, to invalidate it on 401
}

// invalidator is implemented by token sources that can drop an access token
// Ironclad refused (revoked or expired early) so the next Token refreshes.
type invalidator interface{ Invalidate(accessToken string) }

func (c *Client) do(ctx context.Context, cl call) error {
	var payload []byte
	if cl.body != nil {
		var err error
		if payload, err = json.Marshal(cl.body); err != nil {
			return fmt.Errorf("ironclad: %s %s: encode request: %w", cl.method, cl.path, err)
		}
	}
	b := bucketFor(cl.method, cl.path)
	if cl.oauth {
		b = bucketOther
	}
	reauthorised := false
	for attempt := 1; ; attempt++ {
		if err := c.limiter.wait(ctx, b); err != nil {
			return fmt.Errorf("ironclad: %s %s: waiting for rate limit: %w", cl.method, cl.path, err)
		}
		res := c.attempt(ctx, cl, payload, attempt)
		if res.err == nil {
			return nil
		}
		if res.status == http.StatusUnauthorized && !reauthorised {
			if inv, ok := c.tokens.(invalidator); ok {
				// One fresh token per call: a revoked grant then surfaces as
				// ErrReconnectNeeded from the refresh instead of a bare 401.
				reauthorised = true
				inv.Invalidate(res.token)
				continue
			}
		}
		wait, retry := c.shouldRetry(ctx, cl, res, attempt)
		if !retry {
			return finalError(cl, res)
		}
		c.log.LogAttrs(ctx, slog.LevelWarn, "ironclad call retried",
			slog.String("method", cl.method), slog.String("path", cl.path),
			slog.Int("attempt", attempt), slog.Int("status", res.status),
			slog.Duration("wait", wait), slog.String("error", res.err.Error()))
		if res.status == http.StatusTooManyRequests {
			// Ironclad counts per company: every client of this connection
			// waits, not just this call.
			c.limiter.pause(b, wait)
			continue
		}
		if err := sleep(ctx, wait); err != nil {
			return finalError(cl, res)
		}
	}
}

func (c *Client) shouldRetry(ctx context.Context, cl call, r attemptResult, attempt int) (time.Duration, bool) {
	if r.final || attempt >= c.retry.MaxAttempts || ctx.Err() != nil {
		return 0, false
	}
	backoff := c.retry.backoff(attempt)
	switch {
	case r.status == http.StatusTooManyRequests:
		// Refused before processing, so safe for any method.
		if cl.ownLimit || r.retryAfter > c.retry.MaxRetryAfter {
			return 0, false
		}
		if r.retryAfter > 0 {
			return r.retryAfter, true
		}
		return backoff, true
	case r.status == 0 && !r.sent:
		return backoff, true
	case !cl.idempotent():
		return 0, false
	case r.status == 0, r.status == http.StatusInternalServerError, r.status == http.StatusBadGateway,
		r.status == http.StatusServiceUnavailable, r.status == http.StatusGatewayTimeout:
		return max(backoff, r.retryAfter), true
	}
	return 0, false
}

// finalError marks a non-idempotent call whose last attempt may have taken
// effect, so callers reconcile instead of blindly repeating it.
func finalError(cl call, r attemptResult) error {
	unknown := r.sent && (r.status == 0 || r.status >= 500)
	if !cl.idempotent() && unknown {
		return fmt.Errorf("%w: %w", ErrOutcomeUnknown, r.err)
	}
	return r.err
}

func (c *Client) attempt(ctx context.Context, cl call, payload []byte, n int) attemptResult {
	actx, cancel := context.WithTimeout(ctx, c.retry.AttemptTimeout)
	defer cancel()
	req, token, err := c.newRequest(actx, cl, payload)
	if err != nil {
		return attemptResult{err: err, final: true}
	}
	start := time.Now()
	resp, err := c.http.Do(req)
	if err != nil {
		return attemptResult{
			err:  fmt.Errorf("ironclad: %s %s: %w", cl.method, cl.path, err),
			sent: !isDialError(err),
		}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBody))
	c.log.LogAttrs(ctx, slog.LevelDebug, "ironclad call",
		slog.String("method", cl.method), slog.String("path", cl.path), slog.Int("attempt", n),
		slog.Int("status", resp.StatusCode), slog.String("request_id", resp.Header.Get("x-ironclad-requestid")),
		slog.Duration("took", time.Since(start)))
	if err != nil {
		return attemptResult{err: fmt.Errorf("ironclad: %s %s: read response: %w", cl.method, cl.path, err), sent: true}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		apiErr := parseError(cl.method, cl.path, resp, body)
		return attemptResult{err: apiErr, status: resp.StatusCode, sent: true, retryAfter: apiErr.RetryAfter, token: token}
	}
	if err := decodeBody(body, cl.out); err != nil {
		return attemptResult{err: fmt.Errorf("ironclad: %s %s: decode response: %w", cl.method, cl.path, err),
			status: resp.StatusCode, sent: true, final: true}
	}
	return attemptResult{}
}

func (c *Client) newRequest(ctx context.Context, cl call, payload []byte) (*http.Request, string, error) {
	target := c.apiRoot + cl.path
	if cl.oauth {
		target = c.oauthRoot + cl.path
	}
	if len(cl.query) > 0 {
		target += "?" + cl.query.Encode()
	}
	var body io.Reader
	if payload != nil {
		body = bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(ctx, cl.method, target, body)
	if err != nil {
		return nil, "", fmt.Errorf("ironclad: %s %s: %w", cl.method, cl.path, err)
	}
	req.Header.Set("Accept", "application/json")
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	c.actor.apply(req.Header)
	if c.tokens == nil {
		return req, "", nil
	}
	tok, err := c.tokens.Token()
	if err != nil {
		if errors.Is(err, ErrReconnectNeeded) {
			return nil, "", err
		}
		return nil, "", fmt.Errorf("ironclad: obtain access token: %w", err)
	}
	tok.SetAuthHeader(req)
	return req, tok.AccessToken, nil
}

func decodeBody(body []byte, out any) error {
	if out == nil {
		return nil
	}
	if raw, ok := out.(*[]byte); ok {
		*raw = body
		return nil
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	return json.Unmarshal(body, out)
}

// isDialError reports a failure to connect at all, after which the request
// certainly did not reach Ironclad and any call may be retried.
func isDialError(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial"
}

// fetch makes a call whose response decodes into a new T.
func fetch[T any](ctx context.Context, c *Client, cl call) (*T, error) {
	out := new(T)
	cl.out = out
	if err := c.do(ctx, cl); err != nil {
		return nil, err
	}
	return out, nil
}
