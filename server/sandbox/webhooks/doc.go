// Package webhooks simulates Ironclad CLM's webhook subsystem for the
// Tradewind sandbox: the /webhooks management endpoints, the verification
// key, and signed deliveries with Ironclad's retry and auto-deactivation
// rules, plus fault injection so Tradewind's receiver can be tested against
// lost, duplicated, late and out-of-order events.
//
// The behaviour follows ../shared/ironclad/API.md §13 and the recorded HTTP
// exchanges; every choice the sources leave open is listed in
// docs/sandbox-webhooks.md.
package webhooks
