package database

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"entgo.io/ent/dialect"
)

// Migrations holds the versioned migrations planned from the ent schema by
// `make generate` (migrations/gen.go), one directory per dialect.
//
//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var Migrations embed.FS

const migrationsTable = "tradewind_migrations"

func (db *DB) migrationDir() string {
	if db.Dialect == dialect.Postgres {
		return "migrations/postgres"
	}
	return "migrations/sqlite"
}

// Pending lists the versions not yet applied, in order.
func (db *DB) Pending(ctx context.Context) ([]string, error) {
	if err := db.ensureTable(ctx); err != nil {
		return nil, err
	}
	applied := map[string]bool{}
	rows, err := db.SQL.QueryContext(ctx, "SELECT version FROM "+migrationsTable)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		applied[v] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	all, err := db.versions()
	if err != nil {
		return nil, err
	}
	var pending []string
	for _, v := range all {
		if !applied[v] {
			pending = append(pending, v)
		}
	}
	return pending, nil
}

// Migrate applies every pending migration, each in its own transaction, and
// returns the versions it applied.
func (db *DB) Migrate(ctx context.Context) ([]string, error) {
	pending, err := db.Pending(ctx)
	if err != nil {
		return nil, err
	}
	for _, v := range pending {
		body, err := Migrations.ReadFile(path.Join(db.migrationDir(), v+".sql"))
		if err != nil {
			return nil, err
		}
		if err := db.apply(ctx, v, string(body)); err != nil {
			return nil, fmt.Errorf("migration %s: %w", v, err)
		}
	}
	return pending, nil
}

func (db *DB) apply(ctx context.Context, version, body string) error {
	tx, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	for _, stmt := range statements(body) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("%w\n%s", err, stmt)
		}
	}
	ins := "INSERT INTO " + migrationsTable + " (version, applied_at) VALUES (?, ?)"
	if db.Dialect == dialect.Postgres {
		ins = "INSERT INTO " + migrationsTable + " (version, applied_at) VALUES ($1, $2)"
	}
	if _, err := tx.ExecContext(ctx, ins, version, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

func (db *DB) ensureTable(ctx context.Context) error {
	_, err := db.SQL.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS "+migrationsTable+
		" (version varchar(255) PRIMARY KEY, applied_at varchar(64) NOT NULL)")
	return err
}

func (db *DB) versions() ([]string, error) {
	entries, err := fs.ReadDir(Migrations, db.migrationDir())
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".sql") {
			out = append(out, strings.TrimSuffix(e.Name(), ".sql"))
		}
	}
	sort.Strings(out)
	return out, nil
}

// statements splits an Atlas-planned file into statements. Atlas writes one
// statement per line ending in ";" and comment lines starting with "--".
func statements(body string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteString("\n")
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}
