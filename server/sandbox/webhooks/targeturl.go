package webhooks

import (
	"net"
	"net/url"
	"strings"
)

// checkTargetURL enforces Ironclad's rule that targets are HTTPS URLs. Plain
// HTTP is accepted only for loopback hosts (127.0.0.0/8, ::1, localhost) so a
// developer's Tradewind can receive deliveries without a certificate; no
// other host may be reached in clear text, as in Ironclad.
func checkTargetURL(raw string) (ok bool, message string) {
	u, err := url.Parse(raw)
	if err != nil || u.Opaque != "" || u.Host == "" || u.Hostname() == "" {
		return false, "targetURL must be a valid HTTPS url"
	}
	switch strings.ToLower(u.Scheme) {
	case "https":
		return true, ""
	case "http":
		if isLoopbackHost(u.Hostname()) {
			return true, ""
		}
		return false, "targetURL must be an HTTPS url"
	default:
		return false, "targetURL must be an HTTPS url"
	}
}

func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
