package sandbox

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"tradewind/server/sandbox/webhooks"
)

const apiPrefix = "/public/api/v1"

// call is one authenticated public-API request.
type call struct {
	s      *Sandbox
	w      http.ResponseWriter
	r      *http.Request
	params map[string]string
	actor  *user
	token  *accessToken
}

func (c *call) ok(v any) error {
	writeJSON(c.w, http.StatusOK, v)
	return nil
}

func (c *call) noContent() error {
	c.w.Header().Set("Cache-Control", "no-store, no-cache")
	c.w.WriteHeader(http.StatusNoContent)
	return nil
}

// decode reads a JSON body; an empty body decodes as {}.
func (c *call) decode(v any) error {
	if err := json.NewDecoder(c.r.Body).Decode(v); err != nil && !errors.Is(err, io.EOF) {
		return errInvalidParam("body", "request body is not valid JSON: %v", err)
	}
	return nil
}

// apiHandler runs the pipeline every public-API request goes through:
// faults, authentication, rate limit, actor, scope, handler.
type apiHandler struct {
	s        *Sandbox
	routes   []apiRoute
	webhooks http.Handler
}

func (s *Sandbox) api() http.Handler {
	h := &apiHandler{s: s, routes: s.apiRoutes()}
	h.webhooks = s.hub.Handler(webhookActor)
	return h
}

func (h *apiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s := h.s
	if !s.injectFaults(w, r) {
		return
	}
	apiPath := strings.TrimPrefix(r.URL.Path, apiPrefix)
	tok, err := s.authenticate(r)
	if err != nil {
		writeAPIError(w, err)
		return
	}
	if ok, wait := s.limiter.allow(s.companyID(), bucketFor(r.Method, apiPath), s.now()); !ok {
		writeTooMany(w, wait, "rate limit exceeded; retry after the Retry-After interval")
		return
	}
	actor, err := s.resolveActor(r, tok)
	if err != nil {
		writeAPIError(w, err)
		return
	}
	if strings.HasPrefix(apiPath, "/webhooks") {
		h.serveWebhooks(w, r, apiPath, actor, tok)
		return
	}
	rt, params := findRoute(h.routes, r.Method, pathSegments(r, apiPrefix))
	if rt == nil {
		writeAPIError(w, errNotFound("", "not found"))
		return
	}
	if !hasAnyScope(tok.Scopes, rt.scopes) {
		writeAPIError(w, errForbidden("token does not have the required scope "+strings.Join(rt.scopes, " or ")))
		return
	}
	c := &call{s: s, w: w, r: r, params: params, actor: actor, token: tok}
	if err := rt.handle(c); err != nil {
		writeAPIError(w, err)
	}
}

// webhookActorKey carries the resolved actor to the webhooks package's
// handler, which asks for it through webhookActor.
type webhookActorKey struct{}

func (h *apiHandler) serveWebhooks(w http.ResponseWriter, r *http.Request, apiPath string, actor *user, tok *accessToken) {
	var a webhooks.Actor
	_ = h.s.read(func(st *state) error {
		a = webhooks.Actor{UserID: actor.ID, Email: actor.Email, CanManageAPI: st.canManageAPI(actor),
			Scopes: tok.Scopes, CompanyID: st.Company.ID, GrantType: grantType(tok)}
		return nil
	})
	r2 := r.Clone(context.WithValue(r.Context(), webhookActorKey{}, a))
	r2.URL.Path, r2.URL.RawPath = apiPath, ""
	h.webhooks.ServeHTTP(w, r2)
	if r.Method != http.MethodGet {
		h.s.stateChanged()
	}
}

func webhookActor(r *http.Request) (webhooks.Actor, bool) {
	a, ok := r.Context().Value(webhookActorKey{}).(webhooks.Actor)
	return a, ok
}

func grantType(t *accessToken) string {
	if t.UserID == "" {
		return "clientCredentials"
	}
	return "authorizationCode"
}

func hasAnyScope(granted, wanted []string) bool {
	for _, w := range wanted {
		if contains(granted, w) {
			return true
		}
	}
	return len(wanted) == 0
}

func (s *Sandbox) companyID() string {
	var id string
	_ = s.read(func(st *state) error { id = st.Company.ID; return nil })
	return id
}

// authenticate checks the bearer token: unknown, revoked and expired tokens
// get Ironclad's three 401 messages.
func (s *Sandbox) authenticate(r *http.Request) (*accessToken, error) {
	raw, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !found {
		return nil, errUnauthorized("invalid authentication token")
	}
	var tok accessToken
	err := s.read(func(st *state) error {
		t := st.Tokens[strings.TrimSpace(raw)]
		switch {
		case t == nil:
			return errUnauthorized("invalid authentication token")
		case t.Revoked:
			return errUnauthorized("token has been revoked")
		case !s.now().Before(t.Expires):
			return errUnauthorized("token has expired")
		}
		tok = *t
		return nil
	})
	return &tok, err
}

// resolveActor is the token's user for authorization-code tokens; client
// credentials tokens must name one with x-as-user-id or x-as-user-email.
func (s *Sandbox) resolveActor(r *http.Request, tok *accessToken) (*user, error) {
	var actor *user
	err := s.read(func(st *state) error {
		if tok.UserID != "" {
			actor = st.userByID(tok.UserID)
			if actor == nil {
				return errUnauthorized("invalid authentication token")
			}
			return nil
		}
		id, email := r.Header.Get("x-as-user-id"), r.Header.Get("x-as-user-email")
		switch {
		case id != "":
			actor = st.userByID(id)
		case email != "":
			actor = st.userByEmail(email)
		default:
			return errMissingParam("x-as-user-email", "x-as-user-email or x-as-user-id header is required when using a client credentials token")
		}
		if actor == nil {
			return errInvalidParam("x-as-user-email", "user specified by x-as-user-email or x-as-user-id does not exist")
		}
		return nil
	})
	return actor, err
}

// injectFaults applies configured latency, forced 429s and random 5xx; it
// reports whether the request should go on.
func (s *Sandbox) injectFaults(w http.ResponseWriter, r *http.Request) bool {
	f, latency := s.faults.next()
	if latency > 0 {
		select {
		case <-time.After(latency):
		case <-r.Context().Done():
			return false
		}
	}
	switch f {
	case fault429:
		writeTooMany(w, time.Second, "rate limit exceeded (injected fault)")
		return false
	case fault500:
		writeAPIError(w, &apiError{Status: http.StatusInternalServerError, Code: "SERVER_ERROR", Message: "internal server error (injected fault)"})
		return false
	}
	return true
}

func writeTooMany(w http.ResponseWriter, wait time.Duration, message string) {
	w.Header().Set("Retry-After", strconv.Itoa(int(math.Max(1, math.Ceil(wait.Seconds())))))
	writeAPIError(w, &apiError{Status: http.StatusTooManyRequests, Code: "TOO_MANY_REQUESTS", Message: message})
}

// paging reads 0-based page and pageSize (1–100, default 20).
func paging(r *http.Request) (page, size int, err error) {
	page, err = queryInt(r, "page", 0, 0, 100000000)
	if err != nil {
		return 0, 0, err
	}
	size, err = queryInt(r, "pageSize", 20, 1, 100)
	return page, size, err
}

func queryInt(r *http.Request, name string, def, lo, hi int) (int, error) {
	raw := r.URL.Query().Get(name)
	if raw == "" {
		return def, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < lo || n > hi {
		return 0, errInvalidParam("/?"+name, "invalid query value '%s'; %s must be an integer between %d and %d", raw, name, lo, hi)
	}
	return n, nil
}

type pageJSON[T any] struct {
	Page     int `json:"page"`
	PageSize int `json:"pageSize"`
	Count    int `json:"count"`
	List     []T `json:"list"`
}

// paginate slices items into a page response.
func paginate[T any](items []T, page, size int) pageJSON[T] {
	out := pageJSON[T]{Page: page, PageSize: size, Count: len(items), List: []T{}}
	start := page * size
	if start < len(items) {
		out.List = items[start:min(start+size, len(items))]
	}
	return out
}

func queryBool(r *http.Request, name string) bool {
	v, _ := strconv.ParseBool(r.URL.Query().Get(name))
	return v
}
