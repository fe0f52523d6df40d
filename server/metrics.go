package server

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"tradewind/server/auth"
)

// maxOperationNames bounds the operation names /metrics labels: names are
// chosen by clients, so past this many the rest are counted as "other".
const maxOperationNames = 200

// metrics counts HTTP requests, GraphQL operations by name and errors by code.
type metrics struct {
	mu         sync.Mutex
	names      map[string]struct{} // operation names given a label of their own
	registry   *prometheus.Registry
	httpTotal  *prometheus.CounterVec
	opDuration *prometheus.HistogramVec
	gqlErrors  *prometheus.CounterVec
}

func newMetrics() *metrics {
	m := &metrics{
		names:    map[string]struct{}{},
		registry: prometheus.NewRegistry(),
		httpTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tradewind_http_requests_total", Help: "HTTP requests by route and status class.",
		}, []string{"route", "code"}),
		opDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "tradewind_graphql_operation_seconds", Help: "GraphQL operation latency by operation type and name.",
			Buckets: []float64{.001, .0025, .005, .01, .02, .05, .1, .25, .5, 1, 2.5},
		}, []string{"type", "name"}),
		gqlErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tradewind_graphql_errors_total", Help: "GraphQL errors by extensions.code.",
		}, []string{"code"}),
	}
	m.registry.MustRegister(m.httpTotal, m.opDuration, m.gqlErrors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

// instrument counts requests to a route.
func (m *metrics) instrument(route string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		m.httpTotal.WithLabelValues(route, statusClass(sw.status)).Inc()
	})
}

func statusClass(code int) string {
	return string(rune('0'+code/100)) + "xx" //nolint:gosec // G115: an HTTP status over 100 is three digits
}

// gqlgen extension: operation latency and error codes.

func (m *metrics) ExtensionName() string                   { return "Metrics" }
func (m *metrics) Validate(graphql.ExecutableSchema) error { return nil }

func (m *metrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	start := time.Now()
	resp := next(ctx)
	if !graphql.HasOperationContext(ctx) {
		return resp
	}
	oc := graphql.GetOperationContext(ctx)
	opType, name := "unknown", oc.OperationName
	if oc.Operation != nil {
		opType = string(oc.Operation.Operation)
		if name == "" {
			name = oc.Operation.Name
		}
	}
	if opType != "subscription" {
		m.opDuration.WithLabelValues(opType, m.label(ctx, name)).Observe(time.Since(start).Seconds())
	}
	if resp != nil {
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" {
				code = "UNKNOWN"
			}
			m.gqlErrors.WithLabelValues(code).Inc()
		}
	}
	return resp
}

// label is the operation's label: its name while the set of names is under
// its bound; "other" beyond it; "anonymous" for unnamed operations and for
// signed-out callers (who could otherwise fill the set).
func (m *metrics) label(ctx context.Context, name string) string {
	if name == "" || auth.FromContext(ctx) == nil {
		return "anonymous"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.names[name]; ok {
		return name
	}
	if len(m.names) >= maxOperationNames || len(name) > 100 {
		return "other"
	}
	m.names[name] = struct{}{}
	return name
}

var _ graphql.ResponseInterceptor = (*metrics)(nil)
