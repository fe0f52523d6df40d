package sandbox

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"

	"tradewind/server/sandbox/webhooks"
)

const apiPrefix = "/public/api/v1"

// call is one authenticated public-API request.
type call struct {
	s      *Sandbox
	w      http.ResponseWriter
	r      *http.Request
	params map[string]string
	actor  *User
	token  *AccessToken
}

func (c *call) ok(v any) error {
	WriteJSON(c.w, http.StatusOK, v)
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
		return ErrInvalidParam("body", "request body is not valid JSON: %v", err)
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
	h.webhooks = s.Hub.Handler(webhookActor)
	return h
}

func (h *apiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s := h.s
	if !s.InjectFaults(w, r) {
		return
	}
	apiPath := strings.TrimPrefix(r.URL.Path, apiPrefix)
	tok, err := s.Authenticate(r)
	if err != nil {
		WriteAPIError(w, err)
		return
	}
	if ok, wait := s.Limiter.Allow(s.CompanyID(), BucketFor(r.Method, apiPath), s.Now()); !ok {
		WriteTooMany(w, wait, "rate limit exceeded; retry after the Retry-After interval")
		return
	}
	actor, err := s.ResolveActor(r, tok)
	if err != nil {
		WriteAPIError(w, err)
		return
	}
	if strings.HasPrefix(apiPath, "/webhooks") {
		h.serveWebhooks(w, r, apiPath, actor, tok)
		return
	}
	rt, params := findRoute(h.routes, r.Method, pathSegments(r, apiPrefix))
	if rt == nil {
		WriteAPIError(w, ErrNotFound("", "not found"))
		return
	}
	if !HasAnyScope(tok.Scopes, rt.scopes) {
		WriteAPIError(w, ErrForbidden("token does not have the required scope "+strings.Join(rt.scopes, " or ")))
		return
	}
	c := &call{s: s, w: w, r: r, params: params, actor: actor, token: tok}
	if err := rt.handle(c); err != nil {
		WriteAPIError(w, err)
	}
}

// webhookActorKey carries the resolved actor to the webhooks package's
// handler, which asks for it through webhookActor.
type webhookActorKey struct{}

func (h *apiHandler) serveWebhooks(w http.ResponseWriter, r *http.Request, apiPath string, actor *User, tok *AccessToken) {
	var a webhooks.Actor
	_ = h.s.Read(func(st *State) error {
		a = webhooks.Actor{UserID: actor.ID, Email: actor.Email, CanManageAPI: st.CanManageAPI(actor),
			Scopes: tok.Scopes, CompanyID: st.Company.ID, GrantType: GrantType(tok)}
		return nil
	})
	r2 := r.Clone(context.WithValue(r.Context(), webhookActorKey{}, a))
	r2.URL.Path, r2.URL.RawPath = apiPath, ""
	h.webhooks.ServeHTTP(w, r2)
	if r.Method != http.MethodGet {
		h.s.StateChanged()
	}
}

func webhookActor(r *http.Request) (webhooks.Actor, bool) {
	a, ok := r.Context().Value(webhookActorKey{}).(webhooks.Actor)
	return a, ok
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
		return 0, ErrInvalidParam("/?"+name, "invalid query value '%s'; %s must be an integer between %d and %d", raw, name, lo, hi)
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
