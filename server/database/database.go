// Package database opens Tradewind's database (SQLite in the data directory by
// default, Postgres when a URL is given) and applies the embedded migrations.
package database

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver

	"tradewind/ent"
)

// DB is an open database: the ent client and the pool beneath it.
type DB struct {
	Client     *ent.Client
	SQL        *sql.DB
	Dialect    string // dialect.SQLite or dialect.Postgres
	URL        string // Postgres: the database URL, for what needs a connection of its own (LISTEN)
	statements *atomic.Int64
}

// Open connects to databaseURL, or to SQLite at dataDir/tradewind.db when it is empty.
func Open(databaseURL, dataDir string) (*DB, error) {
	if databaseURL != "" {
		if !strings.HasPrefix(databaseURL, "postgres://") && !strings.HasPrefix(databaseURL, "postgresql://") {
			return nil, fmt.Errorf("database URL must start with postgres:// (SQLite needs no URL: use --data-dir)")
		}
		db, err := sql.Open("pgx", databaseURL)
		if err != nil {
			return nil, err
		}
		db.SetMaxOpenConns(20)
		db.SetMaxIdleConns(20) // database/sql keeps 2 by default: busier moments would open and close connections all the time
		d := wrap(db, dialect.Postgres)
		d.URL = databaseURL
		return d, nil
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("creating data dir: %w", err)
	}
	return OpenSQLite(filepath.Join(dataDir, "tradewind.db"))
}

// OpenSQLite opens (creating) a SQLite database file with WAL, foreign keys and
// a busy timeout, so concurrent writers wait instead of failing.
func OpenSQLite(path string) (*DB, error) {
	dsn := "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// database/sql keeps 2 idle connections by default: with more requests in
	// flight each statement could open a connection (file, pragmas, schema
	// parse) and close it again; 8 concurrent typical queries did 150 times
	// in 400 queries.
	db.SetMaxIdleConns(16)
	return wrap(db, dialect.SQLite), nil
}

func wrap(db *sql.DB, name string) *DB {
	n := new(atomic.Int64)
	drv := countingDriver{Driver: entsql.OpenDB(name, db), n: n}
	return &DB{Client: ent.NewClient(ent.Driver(drv)), SQL: db, Dialect: name, statements: n}
}

// Statements is how many SQL statements ent has sent so far.
func (db *DB) Statements() int64 { return db.statements.Load() }

// Ping checks the database answers.
func (db *DB) Ping(ctx context.Context) error { return db.SQL.PingContext(ctx) }

// Close closes the client and the pool.
func (db *DB) Close() error { return db.Client.Close() }
