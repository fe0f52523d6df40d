// Package control is the sandbox's JSON control API (/_control) for tests
// and demos: faults, rate limits, tokens, clients, workflows, templates and
// webhook deliveries. It is unauthenticated by design: the sandbox is a
// local simulator.
package control

import "tradewind/server/sandbox/core"

// Control serves the control API.
type Control struct{ *core.Sim }

// New builds the control API on the simulator.
func New(sim *core.Sim) *Control { return &Control{sim} }
