// Command tradewind is Tradewind's single binary: the server, its migrations,
// user administration and the standalone Ironclad sandbox.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr))
}

const usage = `Usage: tradewind <command> [flags]

Commands:
  serve         serve Tradewind (--demo for the demo with the built-in Ironclad sandbox)
  migrate       apply pending database migrations and exit
  user create   create a user; the password is read from standard input
  sandbox       run the Ironclad simulator alone
  version       print the version

Every flag can also be set as TRADEWIND_<FLAG>, e.g. --data-dir as TRADEWIND_DATA_DIR.
Run 'tradewind <command> -h' for a command's flags.
`

// run is main without globals, so tests can drive every command.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "serve":
		err = serve(ctx, args[1:], getenv, stdout, stderr)
	case "migrate":
		err = migrate(ctx, args[1:], getenv, stdout, stderr)
	case "user":
		if len(args) < 2 || args[1] != "create" {
			fmt.Fprint(stderr, "Usage: tradewind user create --email E --name N --role admin|requester|viewer [--data-dir D | --database-url U] < password\n")
			return 2
		}
		err = userCreate(ctx, args[2:], getenv, stdin, stdout, stderr)
	case "sandbox":
		err = sandboxCmd(ctx, args[1:], getenv, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "tradewind", version)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "tradewind: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err != nil {
		if err == errUsage {
			return 2
		}
		fmt.Fprintln(stderr, "tradewind:", err)
		return 1
	}
	return 0
}
