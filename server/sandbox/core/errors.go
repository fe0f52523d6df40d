package core

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// APIError is Ironclad's public-API error body ({code,message,param}) plus the
// HTTP status it travels with. Core operations return it so that the API, the
// console and the control API all report the very same failure.
type APIError struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Param   string `json:"param,omitempty"`
}

func (e *APIError) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

func ErrInvalidParam(param, format string, args ...any) *APIError {
	return &APIError{Status: http.StatusBadRequest, Code: "INVALID_PARAM", Message: fmt.Sprintf(format, args...), Param: param}
}

func ErrMissingParam(param, message string) *APIError {
	return &APIError{Status: http.StatusBadRequest, Code: "MISSING_PARAM", Message: message, Param: param}
}

func ErrInvalidState(param, message string) *APIError {
	return &APIError{Status: http.StatusBadRequest, Code: "INVALID_STATE", Message: message, Param: param}
}

func ErrNotFound(param, message string) *APIError {
	return &APIError{Status: http.StatusNotFound, Code: "NOT_FOUND", Message: message, Param: param}
}

func ErrForbidden(message string) *APIError {
	return &APIError{Status: http.StatusForbidden, Code: "FORBIDDEN", Message: message}
}

func ErrUnauthorized(message string) *APIError {
	return &APIError{Status: http.StatusUnauthorized, Code: "UNAUTHORIZED", Message: message}
}

func errWorkflowNotFound() *APIError {
	return ErrNotFound("workflowId", "workflow does not exist")
}

// AsAPIError turns any error into the body a client sees; unexpected errors
// become SERVER_ERROR so no internal detail leaks.
func AsAPIError(err error) *APIError {
	if e, ok := err.(*APIError); ok {
		return e
	}
	return &APIError{Status: http.StatusInternalServerError, Code: "SERVER_ERROR", Message: "internal server error"}
}

// WriteJSON writes v with Ironclad's content type and caching headers.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store, no-cache")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func WriteAPIError(w http.ResponseWriter, err error) {
	e := AsAPIError(err)
	WriteJSON(w, e.Status, e)
}

// OAuthError is the RFC 6749 error body the OAuth endpoints use instead of
// the public API's {code,message}.
type OAuthError struct {
	Status      int    `json:"-"`
	Err         string `json:"error"`
	Description string `json:"error_description,omitempty"`
}

func (e *OAuthError) Error() string { return e.Err + ": " + e.Description }

func WriteOAuthError(w http.ResponseWriter, e *OAuthError) {
	WriteJSON(w, e.Status, e)
}
