package database

import (
	"context"
	"database/sql"
	"database/sql/driver"

	entsql "entgo.io/ent/dialect/sql"

	"tradewind/ent"
)

// River joins a transaction through its *sql.Tx, which ent keeps to itself.
// A slot in the context catches it when ent begins the transaction, so jobs
// can be inserted in the same transaction as the change that causes them.
type sqlTxSlot struct{ tx *sql.Tx }

type sqlTxSlotKey struct{}

// WithSQLTxSlot returns ctx ready to record the *sql.Tx of the next ent
// transaction begun with it (client.Tx(ctx) or client.OpenTx(ctx)).
func WithSQLTxSlot(ctx context.Context) context.Context {
	return context.WithValue(ctx, sqlTxSlotKey{}, &sqlTxSlot{})
}

// SQLTx returns the *sql.Tx of the ent transaction begun with ctx, or nil.
func SQLTx(ctx context.Context) *sql.Tx {
	if s, ok := ctx.Value(sqlTxSlotKey{}).(*sqlTxSlot); ok {
		return s.tx
	}
	return nil
}

func recordSQLTx(ctx context.Context, tx any) {
	s, ok := ctx.Value(sqlTxSlotKey{}).(*sqlTxSlot)
	if !ok || s.tx != nil {
		return
	}
	if et, ok := tx.(*entsql.Tx); ok {
		s.tx, _ = et.Tx.(*sql.Tx)
	}
}

// TxOpener opens ent transactions for entgql.Transactioner whose *sql.Tx
// SQLTx can find.
func TxOpener(client *ent.Client) func(ctx context.Context) (context.Context, driver.Tx, error) {
	return func(ctx context.Context) (context.Context, driver.Tx, error) {
		return client.OpenTx(WithSQLTxSlot(ctx))
	}
}
