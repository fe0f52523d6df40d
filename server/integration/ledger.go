package integration

import (
	"context"
	"fmt"
	"reflect"

	"tradewind/ent"
	"tradewind/ent/syncevent"
)

// LedgerEntry is one sync-ledger entry Tradewind writes about its own work.
type LedgerEntry struct {
	Direction        syncevent.Direction
	Kind             string
	Status           syncevent.Status
	Summary, Error   string
	Connection       *ent.Connection
	IroncladWorkflow *ent.IroncladWorkflow
	Request          *ent.Request // the request the call or webhook was about, if any
	Payload          map[string]any
}

// RecordLedger writes the entry and announces it after commit.
func (s *Service) RecordLedger(ctx context.Context, client *ent.Client, e LedgerEntry) (*ent.SyncEvent, error) {
	create := client.SyncEvent.Create().SetDirection(e.Direction).SetKind(e.Kind).SetStatus(e.Status).
		SetSummary(e.Summary).SetError(e.Error).SetAttempts(1).SetConnection(e.Connection)
	if e.IroncladWorkflow != nil {
		create.SetIroncladWorkflow(e.IroncladWorkflow)
	}
	if e.Request != nil {
		create.SetRequestID(e.Request.ID)
	}
	if e.Payload != nil {
		create.SetPayload(e.Payload)
	}
	ev, err := create.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("recording a sync event: %w", err)
	}
	s.publishSyncEvent(ctx, ev)
	return ev, nil
}

func equalValue(a, b any) bool { return reflect.DeepEqual(a, b) }
