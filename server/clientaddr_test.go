package server

import (
	"net/http"
	"net/netip"
	"testing"
)

func TestClientAddressBelievesOnlyTrustedProxies(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}
	cases := []struct {
		name, peer, xff string
		trusted         []netip.Prefix
		want            string
	}{
		{"no proxies configured: the header is ignored", "10.1.2.3:5000", "203.0.113.9", nil, "10.1.2.3"},
		{"untrusted peer: the header is ignored", "198.51.100.7:5000", "203.0.113.9", proxies, "198.51.100.7"},
		{"trusted peer: the client it names", "10.1.2.3:5000", "203.0.113.9", proxies, "203.0.113.9"},
		{"a forged first hop is skipped", "10.1.2.3:5000", "1.1.1.1, 203.0.113.9, 10.0.0.5", proxies, "203.0.113.9"},
		{"garbage names no one", "10.1.2.3:5000", "not-an-ip", proxies, "10.1.2.3"},
	}
	for _, c := range cases {
		r := &http.Request{RemoteAddr: c.peer, Header: http.Header{}}
		if c.xff != "" {
			r.Header.Set("X-Forwarded-For", c.xff)
		}
		if got := clientAddress(c.trusted)(r); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}

func TestTrustedProxiesAreParsed(t *testing.T) {
	c := DefaultConfig()
	c.TrustedProxies = "10.0.0.0/8, 192.168.1.1"
	if err := c.Validate(); err != nil || len(c.trustedProxies) != 2 {
		t.Fatalf("err %v, proxies %v", err, c.trustedProxies)
	}
	c.TrustedProxies = "proxy.internal"
	if err := c.Validate(); err == nil {
		t.Fatal("a host name was accepted as a trusted proxy")
	}
}
