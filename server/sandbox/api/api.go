// Package api serves Ironclad's public workflow API (/public/api/v1): the
// request pipeline, the endpoint and scope table, and one handler per
// endpoint. Webhook endpoints are handed to package webhooks.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"

	"tradewind/server/sandbox/core"
	"tradewind/server/sandbox/webhooks"
)

// Prefix is where the public API is served under the sandbox root.
const Prefix = "/public/api/v1"

// call is one authenticated public-API request.
type call struct {
	s      *core.Sim
	w      http.ResponseWriter
	r      *http.Request
	params map[string]string
	actor  *core.User
	token  *core.AccessToken
}

func (c *call) ok(v any) error {
	core.WriteJSON(c.w, http.StatusOK, v)
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
		return core.ErrInvalidParam("body", "request body is not valid JSON: %v", err)
	}
	return nil
}

// apiHandler runs the pipeline every public-API request goes through:
// faults, authentication, rate limit, actor, scope, handler.
type apiHandler struct {
	s        *core.Sim
	routes   []apiRoute
	webhooks http.Handler
}

// New builds the public API handler, mounted at Prefix.
func New(sim *core.Sim) http.Handler {
	h := &apiHandler{s: sim, routes: endpoints(sim.Config.CommentDelete)}
	h.webhooks = sim.Hub.Handler(webhookActor)
	return h
}

func (h *apiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s := h.s
	if !s.InjectFaults(w, r) {
		return
	}
	apiPath := strings.TrimPrefix(r.URL.Path, Prefix)
	tok, err := s.Authenticate(r)
	if err != nil {
		core.WriteAPIError(w, err)
		return
	}
	if ok, wait := s.Limiter.Allow(s.CompanyID(), core.BucketFor(r.Method, apiPath), s.Now()); !ok {
		core.WriteTooMany(w, wait, "rate limit exceeded; retry after the Retry-After interval")
		return
	}
	actor, err := s.ResolveActor(r, tok)
	if err != nil {
		core.WriteAPIError(w, err)
		return
	}
	if strings.HasPrefix(apiPath, "/webhooks") {
		h.serveWebhooks(w, r, apiPath, actor, tok)
		return
	}
	rt, params := findRoute(h.routes, r.Method, pathSegments(r, Prefix))
	if rt == nil {
		core.WriteAPIError(w, core.ErrNotFound("", "not found"))
		return
	}
	if !core.HasAnyScope(tok.Scopes, rt.scopes) {
		core.WriteAPIError(w, core.ErrForbidden("token does not have the required scope "+strings.Join(rt.scopes, " or ")))
		return
	}
	c := &call{s: s, w: w, r: r, params: params, actor: actor, token: tok}
	if err := rt.handle(c); err != nil {
		core.WriteAPIError(w, err)
	}
}

// webhookActorKey carries the resolved actor to the webhooks package's
// handler, which asks for it through webhookActor.
type webhookActorKey struct{}

func (h *apiHandler) serveWebhooks(w http.ResponseWriter, r *http.Request, apiPath string, actor *core.User, tok *core.AccessToken) {
	var a webhooks.Actor
	_ = h.s.Read(func(st *core.State) error {
		a = webhooks.Actor{UserID: actor.ID, Email: actor.Email, CanManageAPI: st.CanManageAPI(actor),
			Scopes: tok.Scopes, CompanyID: st.Company.ID, GrantType: core.GrantType(tok)}
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
		return 0, core.ErrInvalidParam("/?"+name, "invalid query value '%s'; %s must be an integer between %d and %d", raw, name, lo, hi)
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
