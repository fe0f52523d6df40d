package core

import (
	"crypto/rand"
	"encoding/hex"

	"github.com/google/uuid"
)

// Identifier formats follow the recordings: 24-hex Mongo-style ids for
// workflows, templates and users; UUIDv7 for comments; nanoid-like strings
// for document keys, versions and async jobs; UUID for records.

func newHexID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

const nanoAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-"

func newNanoID() string {
	b := make([]byte, 21)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = nanoAlphabet[int(b[i])%len(nanoAlphabet)]
	}
	return string(b)
}

func newCommentID() string {
	id, err := uuid.NewV7()
	if err != nil {
		return uuid.NewString()
	}
	return id.String()
}

// NewSecret returns an opaque bearer credential (tokens, codes, sessions).
func NewSecret() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
