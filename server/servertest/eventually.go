package servertest

import (
	"testing"
	"time"
)

// Eventually waits for a state (never for a time): it polls cond and fails
// the test only when the state never comes, after a minute.
func Eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("never reached: %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
