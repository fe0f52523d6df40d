package events

import (
	"context"

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

// PublishAfterCommit publishes ev once the transaction in ctx commits.
func (b *Broker) PublishAfterCommit(ctx context.Context, ev Event) {
	AfterCommit(ctx, func() { b.Publish(ev) })
}
