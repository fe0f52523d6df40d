// Package apperr holds the errors services return to people. Each has a code
// (exposed as extensions.code in GraphQL) and a sentence a person can act on.
// Any other error is internal: logged with the request id, shown generically.
package apperr

import (
	"errors"
	"fmt"
)

// Codes, as GraphQL clients see them in extensions.code.
const (
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeNotFound        = "NOT_FOUND"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeConflict        = "CONFLICT"
	CodeRateLimited     = "RATE_LIMITED"
	CodeIronclad        = "IRONCLAD_ERROR"
	CodeInternal        = "INTERNAL"
)

// Error is an error meant for the person who caused it.
type Error struct {
	Code    string
	Message string
	// Field, for BAD_USER_INPUT, names the offending input field by its
	// domain name ("email", "pages[2].title"); graph/ maps it to the GraphQL
	// input path, the CLI to its flag.
	Field string
}

func (e *Error) Error() string { return e.Message }

// Unauthenticated: nobody is signed in.
func Unauthenticated() error {
	return &Error{Code: CodeUnauthenticated, Message: "Sign in to continue."}
}

// Forbidden: signed in, but not allowed.
func Forbidden(msg string) error { return &Error{Code: CodeForbidden, Message: msg} }

// NotFound: the thing does not exist or the viewer may not know it does.
func NotFound(what string) error {
	return &Error{Code: CodeNotFound, Message: what + " not found."}
}

// BadInput names the input field that is wrong and says how to fix it.
func BadInput(field, format string, args ...any) error {
	return &Error{Code: CodeBadUserInput, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Conflict: the change clashes with the current state.
func Conflict(format string, args ...any) error {
	return &Error{Code: CodeConflict, Message: fmt.Sprintf(format, args...)}
}

// RateLimited: try again later.
func RateLimited(msg string) error { return &Error{Code: CodeRateLimited, Message: msg} }

// As returns the *Error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

// HasCode reports whether err carries the code.
func HasCode(err error, code string) bool {
	e, ok := As(err)
	return ok && e.Code == code
}
