package ironclad

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Error is a refusal from Ironclad: an HTTP status outside 2xx together with
// Ironclad's {code, message, param} body. It never carries request headers,
// so it can be logged and shown without leaking a token.
type Error struct {
	StatusCode int
	Code       string // Ironclad's code, e.g. NOT_FOUND, INVALID_STATE, FORBIDDEN
	Message    string
	Param      string
	RequestID  string // x-ironclad-requestid, what Ironclad support asks for
	Method     string
	Path       string        // below the API root, without the query
	RetryAfter time.Duration // from Retry-After on 429/503, zero when absent
}

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "ironclad: %s %s: %d", e.Method, e.Path, e.StatusCode)
	if e.Code != "" {
		b.WriteString(" " + e.Code)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if e.Param != "" {
		b.WriteString(" (param " + e.Param + ")")
	}
	if e.RequestID != "" {
		b.WriteString(" [request " + e.RequestID + "]")
	}
	return b.String()
}

// maxErrorMessage bounds what an error keeps of Ironclad's message.
const maxErrorMessage = 300

// parseError builds an Error from a non-2xx response body. Ironclad mostly
// answers {code, message, param}; a few document endpoints answer a bare JSON
// string, proxies answer HTML, and OAuth helpers may answer {error, error_description}.
func parseError(method, path string, resp *http.Response, body []byte) *Error {
	e := &Error{
		StatusCode: resp.StatusCode,
		Method:     method,
		Path:       path,
		RequestID:  resp.Header.Get("x-ironclad-requestid"),
		RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()),
	}
	var shaped struct {
		Code             string          `json:"code"`
		Message          string          `json:"message"`
		Param            json.RawMessage `json:"param"`
		OAuthError       string          `json:"error"`
		OAuthDescription string          `json:"error_description"`
	}
	var bare string
	switch {
	case json.Unmarshal(body, &shaped) == nil:
		e.Code, e.Message = shaped.Code, shaped.Message
		e.Param = paramString(shaped.Param)
		if e.Code == "" && shaped.OAuthError != "" {
			e.Code, e.Message = shaped.OAuthError, shaped.OAuthDescription
		}
	case json.Unmarshal(body, &bare) == nil:
		e.Message = bare
	default:
		// Not Ironclad's JSON (an HTML page from a proxy, say): never shown,
		// since the base URL may point at something that is not Ironclad.
		e.Message = fmt.Sprintf("the server answered %d with a body that is not Ironclad's JSON error", resp.StatusCode)
	}
	if len(e.Message) > maxErrorMessage {
		e.Message = e.Message[:maxErrorMessage] + "…"
	}
	return e
}

// paramString accepts param as a string or anything else (seen as a list in
// some validation errors) and keeps it readable.
func paramString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// Sentinel errors callers branch on.
var (
	// ErrReconnectNeeded means the stored grant is no longer usable (refresh
	// refused with invalid_grant, or no refresh token left): an administrator
	// must connect Ironclad again. It is sticky until a new token is set.
	ErrReconnectNeeded = errors.New("ironclad: connection must be re-authorised")
	// ErrNotSupported means this Ironclad stack lacks an optional endpoint
	// (DELETE comment exists only in Tradewind's sandbox).
	ErrNotSupported = errors.New("ironclad: operation not supported by this Ironclad environment")
	// ErrOutcomeUnknown wraps the failure of a non-idempotent call (a launch,
	// a comment) that may or may not have taken effect; it was not retried.
	ErrOutcomeUnknown = errors.New("ironclad: outcome unknown, not retried")
)

// AsError returns the Ironclad refusal inside err, if any.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

func hasStatusOrCode(err error, status int, code string) bool {
	e, ok := AsError(err)
	return ok && (e.StatusCode == status || e.Code == code)
}

// IsNotFound reports a missing resource. Ironclad answers some of those with
// 400 and code NOT_FOUND (an unknown template id), so the code counts too.
func IsNotFound(err error) bool { return hasStatusOrCode(err, http.StatusNotFound, "NOT_FOUND") }

// IsForbidden reports a permission refusal (missing scope, not a participant…).
func IsForbidden(err error) bool { return hasStatusOrCode(err, http.StatusForbidden, "FORBIDDEN") }

// IsUnauthorized reports a token Ironclad refused even after a refresh.
func IsUnauthorized(err error) bool {
	return hasStatusOrCode(err, http.StatusUnauthorized, "UNAUTHORIZED")
}

// IsRateLimited reports a 429 that outlasted the retry policy.
func IsRateLimited(err error) bool {
	return hasStatusOrCode(err, http.StatusTooManyRequests, "TOO_MANY_REQUESTS")
}

// IsInvalidState reports an action refused because of the workflow's step or
// status (pausing outside Review, approving out of order…).
func IsInvalidState(err error) bool {
	e, ok := AsError(err)
	return ok && e.Code == "INVALID_STATE"
}

// IsNoChange reports Ironclad's refusal of an attribute update that changes
// nothing; for a sync that pushes values it means "already up to date".
func IsNoChange(err error) bool {
	e, ok := AsError(err)
	return ok && e.Code == "INVALID_PARAM" && strings.Contains(strings.ToLower(e.Message), "no information changed")
}

// IsMissingAPIManagement reports that the connected user may not manage
// webhooks: Ironclad answers 403 on the webhook-management endpoints to users
// without API management rights. Tradewind then asks an administrator who has
// them to connect. A 403 for a missing scope names the scope and is not this.
func IsMissingAPIManagement(err error) bool {
	e, ok := AsError(err)
	return ok && e.StatusCode == http.StatusForbidden && strings.HasPrefix(e.Path, "/webhooks") &&
		!strings.Contains(strings.ToLower(e.Message), "scope")
}
