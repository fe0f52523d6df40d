// Package secrets encrypts secrets at rest (OAuth tokens, client secrets) with
// AES-256-GCM. The key comes from TRADEWIND_SECRET_KEY or from a key file that
// is generated, mode 0600, in the data directory on first start.
package secrets

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// KeyFileName is the key file created in the data directory when no key is configured.
const KeyFileName = "secret.key"

// Box seals and opens secrets.
type Box struct{ aead cipher.AEAD }

// New returns a Box for a 32-byte key.
func New(key []byte) (*Box, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("secret key must be 32 bytes, got %d", len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Box{aead: aead}, nil
}

// Seal encrypts plaintext; the random nonce is stored in front of the ciphertext.
func (b *Box) Seal(plaintext []byte) []byte {
	nonce := make([]byte, b.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return b.aead.Seal(nonce, nonce, plaintext, nil)
}

// SealString is Seal for strings; the empty string stays empty (nothing stored).
func (b *Box) SealString(s string) []byte {
	if s == "" {
		return nil
	}
	return b.Seal([]byte(s))
}

// Open decrypts what Seal produced.
func (b *Box) Open(sealed []byte) ([]byte, error) {
	n := b.aead.NonceSize()
	if len(sealed) < n {
		return nil, errors.New("secrets: ciphertext too short")
	}
	out, err := b.aead.Open(nil, sealed[:n], sealed[n:], nil)
	if err != nil {
		return nil, errors.New("secrets: cannot decrypt (wrong TRADEWIND_SECRET_KEY?)")
	}
	return out, nil
}

// OpenString is Open for strings; nothing stored opens as "".
func (b *Box) OpenString(sealed []byte) (string, error) {
	if len(sealed) == 0 {
		return "", nil
	}
	out, err := b.Open(sealed)
	return string(out), err
}

// LoadKey returns the configured key (64 hex characters or base64 of 32 bytes),
// or reads — creating on first start — the key file in dataDir.
func LoadKey(configured, dataDir string) ([]byte, error) {
	if configured != "" {
		return parseKey(configured)
	}
	path := filepath.Join(dataDir, KeyFileName)
	if raw, err := os.ReadFile(path); err == nil { //nolint:gosec // G304: the operator's data directory
		return parseKey(strings.TrimSpace(string(raw)))
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600) //nolint:gosec // G304: as above
	if err != nil {
		return nil, fmt.Errorf("creating %s: %w", path, err)
	}
	defer f.Close()
	if _, err := f.WriteString(hex.EncodeToString(key) + "\n"); err != nil {
		return nil, err
	}
	return key, nil
}

func parseKey(s string) ([]byte, error) {
	if k, err := hex.DecodeString(s); err == nil && len(k) == 32 {
		return k, nil
	}
	if k, err := base64.StdEncoding.DecodeString(s); err == nil && len(k) == 32 {
		return k, nil
	}
	return nil, errors.New("secret key must be 32 bytes as 64 hex characters or base64")
}
