package ironclad

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestEgressRefusesLocalAddressesUnlessAllowed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	defer srv.Close()
	if _, err := NewEgressClient(false).Get(srv.URL); err == nil || !strings.Contains(err.Error(), "local or private address") {
		t.Fatalf("loopback without the flag: err %v, want it refused", err)
	}
	for _, u := range []string{"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]:1/"} {
		if _, err := NewEgressClient(false).Get(u); err == nil || !strings.Contains(err.Error(), "local or private address") {
			t.Errorf("%s: err %v, want it refused before connecting", u, err)
		}
	}
	resp, err := NewEgressClient(true).Get(srv.URL)
	if err != nil {
		t.Fatalf("loopback with the flag: %v", err)
	}
	resp.Body.Close()
}

func TestEgressNeverFollowsARedirectToAnotherHost(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }))
	defer other.Close()
	// Same address, another host name: a redirect may not change hosts.
	target := strings.Replace(other.URL, "127.0.0.1", "localhost", 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/same" {
			http.Redirect(w, r, "/done", http.StatusFound)
			return
		}
		if r.URL.Path == "/done" {
			w.WriteHeader(http.StatusOK)
			return
		}
		http.Redirect(w, r, target+"/internal", http.StatusFound)
	}))
	defer srv.Close()
	if _, err := NewEgressClient(true).Get(srv.URL + "/away"); !errors.Is(err, ErrRedirectToOtherHost) {
		t.Fatalf("redirect to another host: err %v, want ErrRedirectToOtherHost", err)
	}
	resp, err := NewEgressClient(true).Get(srv.URL + "/same")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("redirect on the same host: %v %v", resp, err)
	}
	resp.Body.Close()
}

func TestCustomBaseURLMustUseHTTPSUnlessLocalIsAllowed(t *testing.T) {
	if err := CheckBaseURL("http://ironclad.example", false); err == nil {
		t.Fatal("http accepted without the flag")
	}
	for _, c := range []struct {
		base  string
		local bool
	}{{"https://acme.ironcladapp.com", false}, {"http://127.0.0.1:9090", true}} {
		if err := CheckBaseURL(c.base, c.local); err != nil {
			t.Errorf("%s (local %v): %v", c.base, c.local, err)
		}
	}
}
