// Package server wires Tradewind together: configuration, the database, the
// GraphQL handler, sign-in, the SPA, background jobs and the demo sandbox.
package server

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Config is everything `tradewind serve` can be told. Loaded once, validated,
// logged with secrets redacted, passed down.
type Config struct {
	Addr         string // listen address
	DataDir      string // SQLite database and the generated secret key live here
	DatabaseURL  string // postgres://… ; empty means SQLite in DataDir
	Demo         bool   // mount the Ironclad sandbox and seed the demo admin and forms
	DemoPublic   bool   // allow --demo beyond loopback (its sandbox control API then needs an admin session)
	PublicURL    string // how browsers reach Tradewind (OAuth callback, Origin checks); default http://Addr
	SecretKey    string // 32 bytes (hex or base64) encrypting secrets at rest; default a key file in DataDir
	DemoPassword string // the demo admin's and requester's password when they are created; default random, printed then
	LogFormat    string // text or json
	// IroncladAllowLocal lets custom Ironclad base URLs use http and reach
	// loopback, private and link-local addresses (a local sandbox).
	IroncladAllowLocal bool
	// TrustedProxies are the addresses (CIDRs) of reverse proxies whose
	// X-Forwarded-For names the client; empty: the peer is the client.
	TrustedProxies string
	// HTTP timeouts (Run): reading a whole request, writing a response, and
	// an idle keep-alive connection. Websockets clear them once upgraded.
	ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	trustedProxies                         []netip.Prefix
}

// flagSpec ties one flag to its field and TRADEWIND_* variable.
type flagSpec struct {
	name, usage string
	str         *string
	boolean     *bool
}

func (c *Config) specs() []flagSpec {
	return []flagSpec{
		{name: "addr", usage: "address to listen on", str: &c.Addr},
		{name: "data-dir", usage: "directory for the SQLite database and the secret key file", str: &c.DataDir},
		{name: "database-url", usage: "Postgres URL (postgres://user@host:5432/db); empty for SQLite in --data-dir", str: &c.DatabaseURL},
		{name: "demo", usage: "serve the demo: built-in Ironclad sandbox, demo admin and forms", boolean: &c.Demo},
		{name: "demo-public", usage: "allow --demo on a non-loopback address or public URL", boolean: &c.DemoPublic},
		{name: "public-url", usage: "URL browsers use to reach Tradewind (default http://<addr>)", str: &c.PublicURL},
		{name: "secret-key", usage: "32-byte key (hex or base64) for secrets at rest (default: key file in --data-dir)", str: &c.SecretKey},
		{name: "demo-password", usage: "password of the demo admin and requester (default: random, printed)", str: &c.DemoPassword},
		{name: "log-format", usage: "text or json", str: &c.LogFormat},
		{name: "ironclad-allow-local", usage: "let custom Ironclad base URLs use http and local or private addresses (local sandboxes)", boolean: &c.IroncladAllowLocal},
		{name: "trusted-proxies", usage: "comma-separated CIDRs of reverse proxies whose X-Forwarded-For is believed (default: none)", str: &c.TrustedProxies},
	}
}

// EnvName is the environment variable for a flag: --data-dir → TRADEWIND_DATA_DIR.
func EnvName(flagName string) string {
	return "TRADEWIND_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// DefaultConfig is the configuration before flags and environment.
func DefaultConfig() Config {
	return Config{Addr: "127.0.0.1:8080", DataDir: "./data", LogFormat: "text",
		ReadTimeout: 30 * time.Second, WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
}

// BindFlags registers serve's flags on fs; each flag's default comes from its
// TRADEWIND_* variable when set, so flags beat the environment, which beats defaults.
func (c *Config) BindFlags(fs *flag.FlagSet, getenv func(string) string) error {
	for _, s := range c.specs() {
		env := getenv(EnvName(s.name))
		usage := s.usage + " [" + EnvName(s.name) + "]"
		if s.boolean != nil {
			def := *s.boolean
			if env != "" {
				v, err := parseBool(env)
				if err != nil {
					return fmt.Errorf("%s: %w", EnvName(s.name), err)
				}
				def = v
			}
			fs.BoolVar(s.boolean, s.name, def, usage)
			continue
		}
		def := *s.str
		if env != "" {
			def = env
		}
		fs.StringVar(s.str, s.name, def, usage)
	}
	return nil
}

func parseBool(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "1", "true", "yes", "on":
		return true, nil
	case "0", "false", "no", "off":
		return false, nil
	}
	return false, fmt.Errorf("want true or false, got %q", s)
}

// Validate fills derived defaults and checks the values.
func (c *Config) Validate() error {
	var errs []error
	if c.Addr == "" {
		errs = append(errs, errors.New("--addr is required"))
	}
	if c.DatabaseURL == "" && c.DataDir == "" {
		errs = append(errs, errors.New("--data-dir or --database-url is required"))
	}
	if c.PublicURL == "" {
		c.PublicURL = "http://" + c.Addr
	}
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("--public-url must be an http(s) URL, got %q", c.PublicURL))
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("--log-format must be text or json, got %q", c.LogFormat))
	}
	if c.Demo && !c.DemoPublic && !c.demoIsLocal() {
		errs = append(errs, errors.New("--demo serves a simulator with an unauthenticated control API and a known admin account: "+
			"it runs only on a loopback address and public URL; add --demo-public to run it elsewhere anyway"))
	}
	c.trustedProxies = nil
	for _, p := range strings.Split(c.TrustedProxies, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		prefix, err := netip.ParsePrefix(p)
		if err != nil {
			addr, aerr := netip.ParseAddr(p)
			if aerr != nil {
				errs = append(errs, fmt.Errorf("--trusted-proxies: %q is neither an address nor a CIDR", p))
				continue
			}
			prefix = netip.PrefixFrom(addr, addr.BitLen())
		}
		c.trustedProxies = append(c.trustedProxies, prefix.Masked())
	}
	return errors.Join(errs...)
}

// demoIsLocal reports whether only this machine can reach the demo.
func (c *Config) demoIsLocal() bool {
	u, err := url.Parse(c.PublicURL)
	return err == nil && isLoopbackHost(u.Hostname()) && isLoopbackHost(hostOf(c.Addr))
}

func hostOf(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	return host
}

func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	a, err := netip.ParseAddr(host)
	return err == nil && a.IsLoopback()
}

// Redacted returns the config as log attributes, secrets hidden.
func (c Config) Redacted() []any {
	hide := func(s string) string {
		if s == "" {
			return ""
		}
		return "[redacted]"
	}
	dbURL := c.DatabaseURL
	if u, err := url.Parse(dbURL); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "redacted")
			dbURL = u.String()
		}
	}
	return []any{"addr", c.Addr, "data_dir", c.DataDir, "database_url", dbURL, "demo", c.Demo, "demo_public", c.DemoPublic,
		"public_url", c.PublicURL, "secret_key", hide(c.SecretKey), "demo_password", hide(c.DemoPassword), "log_format", c.LogFormat, "trusted_proxies", c.TrustedProxies, "ironclad_allow_local", c.IroncladAllowLocal}
}
