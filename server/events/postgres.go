package events

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
)

// pgChannel is the LISTEN/NOTIFY channel shared by every replica.
const pgChannel = "tradewind_events"

// Loader re-reads the entity an event names (by global ID).
type Loader func(ctx context.Context, id string) (any, error)

// PostgresRelay carries events between replicas that share a Postgres
// database: each Publish with an ID becomes a NOTIFY (sent after the
// publisher's commit, since publishers publish after commit), and every
// other replica LISTENs, re-reads the entity and publishes it locally.
type PostgresRelay struct {
	url    string
	db     *sql.DB
	broker *Broker
	load   Loader
	origin string
	log    *slog.Logger
}

type notice struct {
	Origin  string          `json:"o"`
	Topic   string          `json:"t"`
	ID      string          `json:"id,omitempty"`
	Payload json.RawMessage `json:"p,omitempty"`
}

// NewPostgresRelay connects broker to the other replicas of databaseURL.
// Run must be started for events to arrive.
func NewPostgresRelay(databaseURL string, db *sql.DB, broker *Broker, load Loader, logger *slog.Logger) *PostgresRelay {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	r := &PostgresRelay{url: databaseURL, db: db, broker: broker, load: load, origin: hex.EncodeToString(b), log: logger}
	broker.SetRelay(r.send)
	return r
}

func (r *PostgresRelay) send(ev Event) {
	payload, _ := json.Marshal(notice{Origin: r.origin, Topic: ev.Topic, ID: ev.ID, Payload: ev.Payload})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := r.db.ExecContext(ctx, "SELECT pg_notify($1, $2)", pgChannel, string(payload)); err != nil {
		r.log.Warn("relaying an event to other replicas failed", "topic", ev.Topic, "error", err)
	}
}

// Run listens until ctx ends, reconnecting after errors. ready is closed
// once the first LISTEN is in place (tests wait on it).
func (r *PostgresRelay) Run(ctx context.Context, ready chan<- struct{}) {
	backoff := time.Second
	for ctx.Err() == nil {
		err := r.listen(ctx, ready)
		ready = nil
		if ctx.Err() != nil {
			return
		}
		r.log.Warn("event relay disconnected; reconnecting", "error", err, "in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}

func (r *PostgresRelay) listen(ctx context.Context, ready chan<- struct{}) error {
	conn, err := pgx.Connect(ctx, r.url)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+pgChannel); err != nil {
		return err
	}
	if ready != nil {
		close(ready)
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		var msg notice
		if json.Unmarshal([]byte(n.Payload), &msg) != nil || msg.Origin == r.origin {
			continue
		}
		var data any
		if msg.Payload != nil {
			data, err = r.broker.decode(ctx, msg.Topic, msg.Payload)
		} else {
			data, err = r.load(ctx, msg.ID)
		}
		if err != nil {
			r.log.Warn("a relayed event cannot be read", "topic", msg.Topic, "id", msg.ID, "error", err)
			continue
		}
		r.broker.deliver(Event{Topic: msg.Topic, Data: data, ID: msg.ID, Payload: msg.Payload})
	}
}
