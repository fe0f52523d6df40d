package database_test

import (
	"context"
	"path/filepath"
	"testing"

	"tradewind/server/database"
	"tradewind/server/servertest"
)

func TestMigrationsApplyFromEmptyOnBothDialects(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		ctx := context.Background()
		var db *database.DB
		var err error
		if dialect == servertest.Postgres {
			db, err = database.Open(servertest.NewPostgresDatabase(t), "")
		} else {
			db, err = database.OpenSQLite(filepath.Join(t.TempDir(), "t.db"))
		}
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		pending, err := db.Pending(ctx)
		if err != nil || len(pending) == 0 {
			t.Fatalf("pending on an empty database = %v, %v; want every migration", pending, err)
		}
		applied, err := db.Migrate(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(applied) != len(pending) {
			t.Fatalf("applied %v, want %v", applied, pending)
		}
		if again, err := db.Migrate(ctx); err != nil || len(again) != 0 {
			t.Fatalf("second run applied %v, %v; want nothing", again, err)
		}
		// The schema works: ent can write and read every table it knows.
		u, err := db.Client.User.Create().SetEmail("a@example.com").SetName("A").SetPasswordHash("x").Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Client.Request.Create().SetTitle("r").SetRequester(u).Save(ctx); err != nil {
			t.Fatal(err)
		}
	})
}
