package ironclad

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// An admin chooses a custom base URL, so where Tradewind's Ironclad calls go
// is an admin's input: without limits it would let them make the server read
// internal services (a cloud metadata endpoint, a database's HTTP port) and
// show them what came back. Unless local Ironclads are allowed (a sandbox
// on this machine or network), calls go over https to public addresses only,
// and never follow a redirect to another host.

// CheckBaseURL refuses a normalised base URL that is not https, unless
// allowLocal (http is for local sandboxes).
func CheckBaseURL(base string, allowLocal bool) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	if u.Scheme != "https" && !allowLocal {
		return fmt.Errorf("ironclad: base URL %q must use https", base)
	}
	return nil
}

// NewEgressClient returns the HTTP client for calls to Ironclad. Unless
// allowLocal, it refuses to connect to loopback, private, link-local,
// shared (CGNAT) and unspecified addresses, checked on the address actually
// dialled so DNS cannot point a public name at an internal one.
func NewEgressClient(allowLocal bool) *http.Client {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	if !allowLocal {
		dialer.Control = refuseLocalAddress
		transport.Proxy = nil // a proxy would dial on our behalf, past the check
	}
	transport.DialContext = dialer.DialContext
	return &http.Client{Transport: transport, CheckRedirect: sameHostRedirects}
}

var sharedAddressSpace = netip.MustParsePrefix("100.64.0.0/10")

func refuseLocalAddress(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return err
	}
	a = a.Unmap()
	if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() ||
		a.IsMulticast() || a.IsUnspecified() || sharedAddressSpace.Contains(a) {
		return fmt.Errorf("ironclad: refusing to connect to %s: a local or private address (allowed only with --ironclad-allow-local)", a)
	}
	return nil
}

// ErrRedirectToOtherHost is returned when Ironclad's answer redirects to another host.
var ErrRedirectToOtherHost = errors.New("ironclad: refusing to follow a redirect to another host")

func sameHostRedirects(req *http.Request, via []*http.Request) error {
	if len(via) >= 5 {
		return errors.New("ironclad: stopped after 5 redirects")
	}
	if req.URL.Host != via[0].URL.Host || (via[0].URL.Scheme == "https" && req.URL.Scheme != "https") {
		return ErrRedirectToOtherHost
	}
	return nil
}
