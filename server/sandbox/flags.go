package sandbox

import (
	"flag"
	"strings"
	"time"

	"tradewind/server/sandbox/core"
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

// durationList is a comma-separated list of durations.
type durationList struct{ values *[]time.Duration }

func (l durationList) String() string {
	if l.values == nil {
		return ""
	}
	parts := make([]string, len(*l.values))
	for i, d := range *l.values {
		parts[i] = d.String()
	}
	return strings.Join(parts, ",")
}

func (l durationList) Set(v string) error {
	*l.values = nil
	for _, part := range strings.Split(v, ",") {
		d, err := time.ParseDuration(strings.TrimSpace(part))
		if err != nil {
			return err
		}
		*l.values = append(*l.values, d)
	}
	return nil
}

// RegisterFlags binds the sandbox's flags for `tradewind sandbox` to a
// Config and returns it; --addr belongs to the caller.
func RegisterFlags(fs *flag.FlagSet) *Config {
	cfg := &Config{}
	fs.StringVar(&cfg.PublicURL, "public-url", "", "externally visible base URL of the sandbox root (default http://<addr>)")
	fs.StringVar(&cfg.ClientID, "client-id", core.DefaultClientID, "OAuth client id of the seeded client")
	fs.StringVar(&cfg.ClientSecret, "client-secret", core.DefaultClientSecret, "OAuth client secret of the seeded client")
	fs.Var(stringList{&cfg.RedirectURIs}, "redirect-uri", "registered OAuth redirect URI (repeatable)")
	fs.DurationVar(&cfg.TokenTTL, "token-ttl", core.DefaultTokenTTL, "access token lifetime")
	fs.BoolVar(&cfg.CommentDelete, "comment-delete", true, "offer DELETE /workflows/{id}/comments/{commentId} (not in real Ironclad)")
	fs.StringVar(&cfg.StatePath, "state-file", "", "persist state to this JSON file (empty: memory only)")
	fs.Var(durationList{&cfg.WebhookRetrySchedule}, "webhook-retry", "delays between webhook delivery attempts, e.g. 1s,2s,4s (default: Ironclad's)")
	// Fault injection from the start; /_control/faults and /_control/webhooks/faults change it at run time.
	fs.DurationVar(&cfg.Faults.Latency, "fault-latency", 0, "added latency on every API answer")
	fs.Float64Var(&cfg.Faults.ErrorRate, "fault-error-rate", 0, "share (0..1) of API requests answered 500")
	fs.IntVar(&cfg.Faults.Force429, "fault-429", 0, "answer the next N API requests with 429")
	fs.IntVar(&cfg.Faults.DropAfterCreate, "fault-drop-after-create", 0, "launch the next N workflows, then close the connection without an answer")
	fs.IntVar(&cfg.Faults.ErrorAfterCreate, "fault-error-after-create", 0, "launch the next N workflows, then answer 500")
	fs.Float64Var(&cfg.WebhookFaults.DropRate, "fault-webhook-drop-rate", 0, "share (0..1) of webhook deliveries dropped")
	fs.BoolVar(&cfg.WebhookFaults.Duplicate, "fault-webhook-duplicate", false, "deliver every webhook twice")
	fs.DurationVar(&cfg.WebhookFaults.Delay, "fault-webhook-delay", 0, "delay every webhook delivery")
	fs.BoolVar(&cfg.WebhookFaults.Reorder, "fault-webhook-reorder", false, "hold webhook deliveries and release them out of order when switched off")
	return cfg
}
