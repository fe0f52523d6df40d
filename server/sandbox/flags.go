package sandbox

import (
	"flag"
	"strings"
)

// stringList is a repeatable string flag.
type stringList struct{ values *[]string }

func (l stringList) String() string {
	if l.values == nil {
		return ""
	}
	return strings.Join(*l.values, ",")
}

func (l stringList) Set(v string) error {
	*l.values = append(*l.values, v)
	return nil
}

// RegisterFlags binds the sandbox's flags for `tradewind sandbox` to a
// Config and returns it; --addr belongs to the caller.
func RegisterFlags(fs *flag.FlagSet) *Config {
	cfg := &Config{}
	fs.StringVar(&cfg.PublicURL, "public-url", "", "externally visible base URL of the sandbox root (default http://<addr>)")
	fs.StringVar(&cfg.ClientID, "client-id", defaultClientID, "OAuth client id of the seeded client")
	fs.StringVar(&cfg.ClientSecret, "client-secret", defaultClientSecret, "OAuth client secret of the seeded client")
	fs.Var(stringList{&cfg.RedirectURIs}, "redirect-uri", "registered OAuth redirect URI (repeatable)")
	fs.DurationVar(&cfg.TokenTTL, "token-ttl", defaultTokenTTL, "access token lifetime")
	fs.BoolVar(&cfg.CommentDelete, "comment-delete", true, "offer DELETE /workflows/{id}/comments/{commentId} (not in real Ironclad)")
	fs.StringVar(&cfg.StatePath, "state-file", "", "persist state to this JSON file (empty: memory only)")
	return cfg
}
