package server

import (
	"context"
	"errors"
	"time"

	"entgo.io/ent/dialect"

	"tradewind/ent"
	"tradewind/ent/schema/pulid"
	"tradewind/server/auth"
	"tradewind/server/events"
)

// startRelay connects this replica's broker to the others sharing the
// Postgres database, so a change made through one replica reaches the
// subscriptions open on every replica. SQLite has a single replica.
func (s *Server) startRelay(ctx context.Context) error {
	if s.DB.Dialect != dialect.Postgres {
		return nil
	}
	relay := events.NewPostgresRelay(s.cfg.DatabaseURL, s.DB.SQL, s.Broker, s.loadNode, s.log.With("component", "events"))
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	ready := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		relay.Run(runCtx, ready)
	}()
	s.stopRelay = func() {
		cancel()
		<-done
	}
	select {
	case <-ready:
		return nil
	case <-time.After(10 * time.Second):
		s.closeRelay()
		return errors.New("could not LISTEN for events on Postgres within 10 s")
	}
}

// loadNode re-reads an entity by its global ID as Tradewind itself (no
// viewer): each subscription checked its viewer when it was opened.
func (s *Server) loadNode(ctx context.Context, id string) (any, error) {
	return s.DB.Client.Noder(auth.WithoutViewer(ctx), pulid.ID(id), ent.WithNodeType(ent.IDToType))
}

func (s *Server) closeRelay() {
	if s.stopRelay != nil {
		s.stopRelay()
		s.stopRelay = nil
	}
}
