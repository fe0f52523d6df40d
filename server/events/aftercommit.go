package events

import (
	"context"
	"time"

	"tradewind/ent"
)

// AfterCommit runs fn once the transaction in ctx commits (at once when ctx
// carries none). Subscribers must never hear of a change that rolled back.
func AfterCommit(ctx context.Context, fn func()) {
	tx := ent.TxFromContext(ctx)
	if tx == nil {
		fn()
		return
	}
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			if err := next.Commit(ctx, tx); err != nil {
				return err
			}
			fn()
			return nil
		})
	})
}

// PublishAfterCommit publishes ev once the transaction in ctx commits. An
// entity created or loaded inside the transaction still points at it, so a
// subscriber asking for one of its edges would query a finished
// transaction: when ev names its entity (ID) it is re-read after the commit.
func (b *Broker) PublishAfterCommit(ctx context.Context, ev Event) {
	inTx := ent.TxFromContext(ctx) != nil
	AfterCommit(ctx, func() {
		b.mu.Lock()
		load := b.load
		b.mu.Unlock()
		if inTx && ev.ID != "" && load != nil {
			// A fresh context: the request's one carries its GraphQL selection,
			// which entgql's node loader would use to pick the columns.
			loadCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			data, err := load(loadCtx, ev.ID)
			cancel()
			if err != nil {
				return // deleted since, or unreadable: nobody can be told about it
			}
			ev.Data = data
		}
		b.Publish(ev)
	})
}
