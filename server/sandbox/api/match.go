package api

import (
	"net/http"
	"net/url"
	"strings"
)

// apiRoute is one public-API endpoint with the scopes that may call it
// (any one suffices). The table of routes is the scope table of API.md §0.5.
// A small router instead of http.ServeMux because Ironclad's paths overlap
// in ways ServeMux rejects (/workflows/async/{jobId} vs /workflows/{id}/approvals).
type apiRoute struct {
	method  string
	pattern []string
	scopes  []string
	handle  func(c *call) error
}

func route(method, pattern string, handle func(c *call) error, scopes ...string) apiRoute {
	return apiRoute{method: method, pattern: strings.Split(strings.Trim(pattern, "/"), "/"), scopes: scopes, handle: handle}
}

// match returns the path parameters when the route matches; literal
// segments must match exactly, {name} segments take any one segment.
func (rt apiRoute) match(method string, segs []string) (map[string]string, bool) {
	if method != rt.method || len(segs) != len(rt.pattern) {
		return nil, false
	}
	params := map[string]string{}
	for i, p := range rt.pattern {
		if strings.HasPrefix(p, "{") {
			params[strings.Trim(p, "{}")] = segs[i]
			continue
		}
		if p != segs[i] {
			return nil, false
		}
	}
	return params, true
}

// pathSegments splits an escaped path and unescapes each segment, so that
// role names like "Counterparty%20Signer" or "A%2FB" stay one segment.
func pathSegments(r *http.Request, prefix string) []string {
	escaped := strings.TrimPrefix(r.URL.EscapedPath(), prefix)
	parts := strings.Split(strings.Trim(escaped, "/"), "/")
	for i, p := range parts {
		if u, err := url.PathUnescape(p); err == nil {
			parts[i] = u
		}
	}
	return parts
}

// findRoute picks the first matching route; routes with literal segments
// are listed before overlapping wildcard ones.
func findRoute(routes []apiRoute, method string, segs []string) (*apiRoute, map[string]string) {
	for i := range routes {
		if params, ok := routes[i].match(method, segs); ok {
			return &routes[i], params
		}
	}
	return nil, nil
}
