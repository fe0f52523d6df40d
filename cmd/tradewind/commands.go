package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"tradewind/ent/user"
	"tradewind/server"
	"tradewind/server/apperr"
	"tradewind/server/audit"
	"tradewind/server/database"
	"tradewind/server/events"
	"tradewind/server/jobs"
	"tradewind/server/sandbox"
	"tradewind/server/users"
)

var errUsage = errors.New("usage")

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errUsage
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "unexpected arguments: %v\n", fs.Args())
		return errUsage
	}
	return nil
}

func newLogger(format string, w io.Writer) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg := server.DefaultConfig()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := cfg.BindFlags(fs, getenv); err != nil {
		return err
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	if cfg.DatabaseURL != "" && cfg.SecretKey == "" {
		// Each replica would generate a key file of its own, and none could
		// read the tokens another one stored.
		return errors.New("--secret-key (or TRADEWIND_SECRET_KEY) is required with --database-url: every replica sharing the database must use the same key; generate one with: openssl rand -hex 32")
	}
	logger := newLogger(cfg.LogFormat, stderr)
	logger.Info("starting tradewind", cfg.Redacted()...)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	s, err := server.New(ctx, cfg, logger, stdout)
	if err != nil {
		ln.Close()
		return err
	}
	return s.Run(ctx, ln)
}

// dbFlags are the flags of commands that only need the database.
type dbFlags struct{ dataDir, databaseURL string }

func (d *dbFlags) bind(fs *flag.FlagSet, getenv func(string) string) {
	def := server.DefaultConfig()
	dataDir := def.DataDir
	if v := getenv(server.EnvName("data-dir")); v != "" {
		dataDir = v
	}
	fs.StringVar(&d.dataDir, "data-dir", dataDir, "directory of the SQLite database ["+server.EnvName("data-dir")+"]")
	fs.StringVar(&d.databaseURL, "database-url", getenv(server.EnvName("database-url")), "Postgres URL ["+server.EnvName("database-url")+"]")
}

func (d *dbFlags) open(ctx context.Context) (*database.DB, error) {
	db, err := database.Open(d.databaseURL, d.dataDir)
	if err != nil {
		return nil, err
	}
	if _, err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := jobs.Migrate(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func migrate(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var d dbFlags
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	d.bind(fs, getenv)
	if err := parse(fs, args); err != nil {
		return err
	}
	db, err := database.Open(d.databaseURL, d.dataDir)
	if err != nil {
		return err
	}
	defer db.Close()
	applied, err := db.Migrate(ctx)
	if err != nil {
		return err
	}
	if err := jobs.Migrate(ctx, db); err != nil {
		return err
	}
	if len(applied) == 0 {
		fmt.Fprintln(stdout, "The database is up to date.")
		return nil
	}
	fmt.Fprintf(stdout, "Applied %d migration(s): %s\n", len(applied), strings.Join(applied, ", "))
	return nil
}

func userCreate(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	var d dbFlags
	var email, name, role string
	fs := flag.NewFlagSet("user create", flag.ContinueOnError)
	fs.SetOutput(stderr)
	d.bind(fs, getenv)
	fs.StringVar(&email, "email", "", "the user's email (required)")
	fs.StringVar(&name, "name", "", "the user's name (required)")
	fs.StringVar(&role, "role", "requester", "admin, requester or viewer")
	if err := parse(fs, args); err != nil {
		return err
	}
	password, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("reading the password from standard input: %w", err)
	}
	password = strings.TrimRight(password, "\r\n")
	db, err := d.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := users.NewService(audit.NewRecorder(db.Client, events.NewBroker(1)))
	u, err := svc.Create(ctx, db.Client, users.NewUser{
		Email: email, Name: name, Role: user.Role(strings.ToUpper(role)), Password: password,
	})
	if err != nil {
		return fmt.Errorf("%w%s", err, flagHint(err))
	}
	fmt.Fprintf(stdout, "Created %s %s <%s> (%s)\n", strings.ToLower(string(u.Role)), u.Name, u.Email, u.ID)
	return nil
}

// flagHint names the command-line flag behind a service's input-field error.
func flagHint(err error) string {
	e, ok := apperr.As(err)
	if !ok {
		return ""
	}
	switch e.Field {
	case "email", "name", "role":
		return " (--" + e.Field + ")"
	case "password":
		return " (the password read from standard input)"
	}
	return ""
}

func sandboxCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sandbox", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:9090", "address to listen on")
	cfg := sandbox.RegisterFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if cfg.PublicURL == "" {
		cfg.PublicURL = "http://" + *addr
	}
	cfg.Logger = newLogger("text", stderr)
	sb, err := sandbox.New(*cfg)
	if err != nil {
		return err
	}
	defer sb.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: sb, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	fmt.Fprintf(stdout, "Ironclad sandbox on %s (client %s; users admin@ironclad.example and legal@ironclad.example, password sandbox)\n", cfg.PublicURL, cfg.ClientID)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}
