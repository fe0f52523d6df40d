package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"tradewind/server/audit"
	"tradewind/server/events"
	"tradewind/server/servertest"
)

func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// auditEvent writes a real audit entry and returns its broker event without
// publishing it, so a test controls the publishing rate.
func auditEvent(t *testing.T, s *servertest.Server, i int) events.Event {
	t.Helper()
	e, err := s.DB.Client.AuditEntry.Create().SetAction(fmt.Sprintf("test.%d", i)).SetTargetType(strings.Repeat("x", 16<<10)).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return events.Event{Topic: audit.Topic, Data: e}
}
