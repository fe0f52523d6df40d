// Package sandbox is Tradewind's Ironclad CLM simulator: OAuth, the public
// workflow API, an operator console and a JSON control API, with webhooks
// delegated to package webhooks. Behaviour follows ../shared/ironclad/API.md
// and the recorded exchanges; choices the sources leave open are listed in
// docs/sandbox.md.
//
// This package only assembles the simulator: the state and every operation
// on it live in core, and each HTTP surface in its own package (api, oauth,
// web, console, control, webhooks), all mounted by routes.go.
package sandbox

import (
	"net/http"

	"tradewind/server/sandbox/core"
)

// Config configures a Sandbox. The zero value of every field has a default.
type Config = core.Config

// Faults disturb API and token responses (see core.Faults).
type Faults = core.Faults

// RateLimits are the public API's per-minute limits (see core.RateLimits).
type RateLimits = core.RateLimits

// The seeded users and templates, which tests and the demo name.
const (
	AdminEmail       = core.AdminEmail
	LegalEmail       = core.LegalEmail
	FinanceEmail     = core.FinanceEmail
	IntegrationEmail = core.IntegrationEmail

	TemplateEveryFieldType    = core.TemplateEveryFieldType
	TemplateVendorAgreement   = core.TemplateVendorAgreement
	TemplatePurchaseOrder     = core.TemplatePurchaseOrder
	TemplateProcurementIntake = core.TemplateProcurementIntake
)

// Sandbox is the simulator; it is an http.Handler rooted at the sandbox root.
type Sandbox struct {
	sim     *core.Sim
	handler http.Handler
}

// New builds a sandbox, loading Config.StatePath when it exists.
func New(cfg Config) (*Sandbox, error) {
	sim, err := core.NewSim(cfg)
	if err != nil {
		return nil, err
	}
	return &Sandbox{sim: sim, handler: routes(sim)}, nil
}

// ServeHTTP serves the sandbox; paths are relative to the sandbox root.
func (s *Sandbox) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// Close stops background work (async jobs, webhook delivery) and writes any
// pending state.
func (s *Sandbox) Close() error { return s.sim.Close() }
