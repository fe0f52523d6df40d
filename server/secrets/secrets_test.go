package secrets

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestSealOpenRoundTrip(t *testing.T) {
	key, err := LoadKey("", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	box, err := New(key)
	if err != nil {
		t.Fatal(err)
	}
	sealed := box.SealString("refresh-token-value")
	if bytes.Contains(sealed, []byte("refresh-token-value")) {
		t.Fatal("sealed value contains the plaintext")
	}
	got, err := box.OpenString(sealed)
	if err != nil || got != "refresh-token-value" {
		t.Fatalf("OpenString = %q, %v", got, err)
	}
	sealed[len(sealed)-1] ^= 1
	if _, err := box.Open(sealed); err == nil {
		t.Fatal("tampered ciphertext opened")
	}
}

func TestKeyFileIsCreatedPrivateAndReused(t *testing.T) {
	dir := t.TempDir()
	k1, err := LoadKey("", dir)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(filepath.Join(dir, KeyFileName))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode = %v, want 0600", info.Mode().Perm())
	}
	k2, err := LoadKey("", dir)
	if err != nil || !bytes.Equal(k1, k2) {
		t.Fatalf("second LoadKey differs: %v", err)
	}
}

func TestConfiguredKeyFormats(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", true},
		{"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", true},
		{"too-short", false},
	} {
		_, err := LoadKey(tc.in, t.TempDir())
		if (err == nil) != tc.ok {
			t.Errorf("LoadKey(%q) err = %v, want ok=%v", tc.in, err, tc.ok)
		}
	}
}
