//go:build ignore

// gen.go plans a new versioned migration for each dialect from the ent schema
// (Atlas via ent). `make generate` runs it with the name "changes"; it writes
// nothing when the schema and the migrations already agree.
//
// SQLite is planned against an in-memory database; Postgres against a scratch
// database on TRADEWIND_DEV_DATABASE_URL (default the local server).
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	"github.com/jackc/pgx/v5/stdlib"
	"modernc.org/sqlite"

	"tradewind/ent/migrate"
)

func main() {
	// Atlas opens dev databases by the driver names the ent docs use.
	sql.Register("sqlite3", &sqlite.Driver{})
	sql.Register("postgres", stdlib.GetDefaultDriver())
	ctx := context.Background()
	name := "changes"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	plan(ctx, "server/database/migrations/sqlite", dialect.SQLite, "sqlite://plan?mode=memory&_pragma=foreign_keys(1)", name)
	pgURL, drop := scratchPostgres(ctx)
	defer drop()
	plan(ctx, "server/database/migrations/postgres", dialect.Postgres, pgURL, name)
}

func plan(ctx context.Context, dirPath, dia, devURL, name string) {
	dir, err := atlas.NewLocalDir(dirPath)
	if err != nil {
		log.Fatal(err)
	}
	// A fixed timestamp formatter would make versions collide; Atlas's default
	// (UTC yyyymmddhhmmss) keeps them ordered.
	err = migrate.NamedDiff(ctx, devURL, name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dia),
		schema.WithFormatter(atlas.DefaultFormatter),
		schema.WithDropIndex(true),
		schema.WithDropColumn(true),
	)
	if err != nil && !strings.Contains(err.Error(), "no changes") {
		log.Fatalf("planning %s migration: %v", dia, err)
	}
}

func scratchPostgres(ctx context.Context) (string, func()) {
	base := os.Getenv("TRADEWIND_DEV_DATABASE_URL")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		log.Fatal(err)
	}
	dbName := fmt.Sprintf("tradewind_plan_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+dbName); err != nil {
		log.Fatalf("creating scratch Postgres database (is Postgres running?): %v", err)
	}
	url := strings.Replace(base, "/postgres?", "/"+dbName+"?", 1)
	return url, func() {
		_, _ = admin.ExecContext(ctx, "DROP DATABASE "+dbName+" WITH (FORCE)")
		admin.Close()
	}
}
