package server

import (
	"context"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics counts HTTP requests, GraphQL operations by name and errors by code.
type metrics struct {
	registry   *prometheus.Registry
	httpTotal  *prometheus.CounterVec
	opDuration *prometheus.HistogramVec
	gqlErrors  *prometheus.CounterVec
}

func newMetrics() *metrics {
	m := &metrics{
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
	if name == "" {
		name = "anonymous"
	}
	if opType != "subscription" {
		m.opDuration.WithLabelValues(opType, name).Observe(time.Since(start).Seconds())
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

var _ graphql.ResponseInterceptor = (*metrics)(nil)
