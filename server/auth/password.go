package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"

	"tradewind/server/apperr"
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 12

// argon2id parameters (OWASP's second recommended set: 19 MiB would be the
// minimum; 64 MiB, 1 pass, 4 lanes keeps sign-in under ~50 ms on 2 cores).
const (
	argonTime    = 1
	argonMemory  = 64 * 1024
	argonThreads = 4
	argonKeyLen  = 32
)

// HashPassword returns an encoded argon2id hash ("$argon2id$v=19$m=…,t=…,p=…$salt$key").
func HashPassword(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key)), nil
}

// CheckPassword reports whether password matches the encoded hash, in constant time.
func CheckPassword(encoded, password string) bool {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var mem uint32
	var t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &mem, &t, &p); err != nil {
		return false
	}
	salt, err1 := base64.RawStdEncoding.DecodeString(parts[4])
	want, err2 := base64.RawStdEncoding.DecodeString(parts[5])
	if err := errors.Join(err1, err2); err != nil {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, t, mem, p, uint32(len(want))) //nolint:gosec // G115: a hash's length
	return subtle.ConstantTimeCompare(got, want) == 1
}

// ValidatePassword checks a new password; field names the input field for the error.
func ValidatePassword(field, password string) error {
	if len([]rune(password)) < MinPasswordLength {
		return apperr.BadInput(field, "Use at least %d characters.", MinPasswordLength)
	}
	if len(password) > 1024 {
		return apperr.BadInput(field, "Use at most 1024 characters.")
	}
	return nil
}

// dummyHash is checked when no user has the email, so a wrong email takes as
// long as a wrong password and reveals nothing.
var dummyHash = func() string {
	h, err := HashPassword("tradewind-no-such-user")
	if err != nil {
		panic(err)
	}
	return h
}()
