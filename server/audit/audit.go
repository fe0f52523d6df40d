// Package audit writes the audit trail: who changed what, from what, to what.
// Entries are written in the caller's transaction and announced to
// subscribers only after it commits.
package audit

import (
	"context"

	"tradewind/ent"
	"tradewind/server/auth"
	"tradewind/server/events"
)

// Topic is the broker topic of new audit entries.
const Topic = "audit"

// CredentialsTopic carries again the entries about users and API tokens:
// open websockets re-check their credentials on them (server/wsauth.go).
const CredentialsTopic = "credentials"

// Change describes one change. Before and After hold only what a person may
// see: never a password hash, token or secret.
type Change struct {
	Action     string // e.g. "user.create"
	TargetType string // e.g. "User"
	TargetID   string
	Before     map[string]any
	After      map[string]any
}

// Recorder writes entries.
type Recorder struct {
	client *ent.Client
	broker *events.Broker
}

// NewRecorder returns a Recorder.
func NewRecorder(client *ent.Client, broker *events.Broker) *Recorder {
	return &Recorder{client: client, broker: broker}
}

// Record writes the change, as the viewer in ctx (or "system").
func (r *Recorder) Record(ctx context.Context, c Change) (*ent.AuditEntry, error) {
	client := r.client
	if tx := ent.TxFromContext(ctx); tx != nil {
		client = tx.Client()
	}
	create := client.AuditEntry.Create().
		SetAction(c.Action).SetTargetType(c.TargetType).SetTargetID(c.TargetID).
		SetBefore(c.Before).SetAfter(c.After).SetActorLabel("system")
	if v := auth.FromContext(ctx); v != nil {
		create.SetActor(v.User).SetActorLabel(v.User.Name + " <" + v.User.Email + ">")
	}
	entry, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	r.broker.PublishAfterCommit(ctx, events.Event{Topic: Topic, Data: entry, ID: string(entry.ID)})
	if c.TargetType == "User" || c.TargetType == "APIToken" {
		r.broker.PublishAfterCommit(ctx, events.Event{Topic: CredentialsTopic, Data: entry, ID: string(entry.ID)})
	}
	return entry, nil
}
