package webhooks

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
)

// Values of the X-Ironclad-Webhook-Verification fields. Ironclad's docs name
// the fields but not these values; a third-party receiver verifies
// RSA-SHA256 PKCS#1 v1.5, so that is what the sandbox signs with.
const (
	signAlgorithm     = "RSA-SHA256"
	signatureEncoding = "base64"
	keyBits           = 2048
)

// verification is the JSON carried in X-Ironclad-Webhook-Verification, in
// the field order of Ironclad's documentation.
type verification struct {
	Nonce         string `json:"nonce"`
	SignAlgorithm string `json:"signAlgorithm"`
	Signature     string `json:"signature"`
	Encoding      string `json:"encoding"`
}

// signDelivery signs eventID + body + nonce, the concatenation Ironclad's
// receivers verify, and returns the header value.
func signDelivery(key *rsa.PrivateKey, eventID string, body []byte, nonce string) (string, error) {
	h := sha256.New()
	h.Write([]byte(eventID))
	h.Write(body)
	h.Write([]byte(nonce))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, h.Sum(nil))
	if err != nil {
		return "", fmt.Errorf("sign delivery: %w", err)
	}
	header, err := marshalCompact(verification{
		Nonce:         nonce,
		SignAlgorithm: signAlgorithm,
		Signature:     base64.StdEncoding.EncodeToString(sig),
		Encoding:      signatureEncoding,
	})
	if err != nil {
		return "", fmt.Errorf("encode verification header: %w", err)
	}
	return string(header), nil
}

// newNonce is a fresh random value per HTTP attempt, so no two requests
// (retries and duplicates included) carry the same signature input.
func newNonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// publicKeyPEM renders the key the way GET /webhooks/verification-key was
// recorded: an SPKI "PUBLIC KEY" block with 64-column lines.
func publicKeyPEM(key *rsa.PrivateKey) ([]byte, error) {
	der, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("marshal public key: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}), nil
}

func privateKeyPEM(key *rsa.PrivateKey) ([]byte, error) {
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("marshal private key: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), nil
}

func parsePrivateKeyPEM(data []byte) (*rsa.PrivateKey, error) {
	block, _ := pem.Decode(data)
	if block == nil || block.Type != "PRIVATE KEY" {
		return nil, errors.New("no PKCS#8 PRIVATE KEY block")
	}
	parsed, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("parse private key: %w", err)
	}
	key, ok := parsed.(*rsa.PrivateKey)
	if !ok {
		return nil, errors.New("private key is not RSA")
	}
	if key.N.BitLen() < keyBits {
		return nil, fmt.Errorf("RSA key has %d bits, want at least %d", key.N.BitLen(), keyBits)
	}
	return key, nil
}

// Sign returns the X-Ironclad-Webhook-Verification value of one delivery
// attempt, signed with key as the sandbox signs (a fresh nonce): for tools
// that stand in for Ironclad, such as cmd/loadgen.
func Sign(key *rsa.PrivateKey, eventID string, body []byte) (string, error) {
	return signDelivery(key, eventID, body, newNonce())
}
