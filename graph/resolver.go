package graph

import (
	"context"

	"tradewind/ent"
	"tradewind/server/audit"
	"tradewind/server/auth"
	"tradewind/server/catalog"
	"tradewind/server/comments"
	"tradewind/server/events"
	"tradewind/server/integration"
	"tradewind/server/mapping"
	"tradewind/server/requestforms"
	"tradewind/server/requests"
	ironsync "tradewind/server/sync"
	"tradewind/server/users"
)

// Resolver holds the services resolvers call. Resolvers only check access,
// call a service and return ent entities; the services hold the logic.
type Resolver struct {
	Client *ent.Client
	Auth   *auth.Service
	Users  *users.Service
	Audit  *audit.Recorder
	Broker *events.Broker
	// Ironclad: connections, and the imported workflows' catalog.
	Integration *integration.Service
	Catalog     *catalog.Service
	// Request forms and Map Request Forms.
	Forms *requestforms.Service
	Maps  *mapping.Service
	// Workflows, requests and their tasks; Ironclad's side of them.
	Requests *requests.Service
	Sync     *ironsync.Service
	Comments *comments.Service // threads on requests and their Ironclad mirror
}

// db returns the transaction's client inside a mutation (entgql.Transactioner
// opened one), the plain client otherwise.
func (r *Resolver) db(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return r.Client
}

// SessionTokenKey carries the session cookie's token, so changePassword can
// keep the current session while ending the others.
type SessionTokenKey struct{}

func sessionToken(ctx context.Context) string {
	t, _ := ctx.Value(SessionTokenKey{}).(string)
	return t
}
