package ironclad

import (
	"fmt"
	"net/url"
	"strings"
)

// Paths below a base URL. Every Ironclad stack (and the sandbox) serves the
// public API and OAuth under the same prefixes, so a connection is fully
// described by its base URL.
const (
	apiPrefix   = "/public/api/v1"
	oauthPrefix = "/oauth"
)

// Environment is one Ironclad stack a connection can point at.
type Environment struct {
	Key     string // stable identifier stored with a connection: "na", "eu", "demo"
	Name    string // label shown to administrators
	BaseURL string // scheme and host, no trailing slash
}

// Environments lists the public Ironclad stacks. Each is separate: its own
// OAuth client registrations, users and ids. A custom base URL (a purchased
// sandbox, or Tradewind's simulator) is accepted wherever a base URL is.
func Environments() []Environment {
	return []Environment{
		{Key: "na", Name: "Ironclad (North America)", BaseURL: "https://ironcladapp.com"},
		{Key: "eu", Name: "Ironclad (Europe)", BaseURL: "https://eu1.ironcladapp.com"},
		{Key: "demo", Name: "Ironclad Demo", BaseURL: "https://demo.ironcladapp.com"},
	}
}

// EnvironmentByKey finds a public environment by its key.
func EnvironmentByKey(key string) (Environment, bool) {
	for _, e := range Environments() {
		if e.Key == key {
			return e, true
		}
	}
	return Environment{}, false
}

// NormalizeBaseURL validates a base URL typed by an administrator and returns
// it without a trailing slash. Administrators often paste the API root they
// saw in Ironclad's docs, so a trailing /public/api/v1 is removed.
func NormalizeBaseURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("ironclad: base URL: %w", err)
	}
	if u.Scheme != "https" && u.Scheme != "http" {
		return "", fmt.Errorf("ironclad: base URL %q must start with https:// (or http:// for a local sandbox)", raw)
	}
	if u.Host == "" {
		return "", fmt.Errorf("ironclad: base URL %q has no host", raw)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return "", fmt.Errorf("ironclad: base URL %q must not carry credentials, a query or a fragment", raw)
	}
	path := strings.TrimRight(u.Path, "/")
	path = strings.TrimSuffix(path, apiPrefix)
	return u.Scheme + "://" + u.Host + strings.TrimRight(path, "/"), nil
}
