package sandbox

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// apiError is Ironclad's public-API error body ({code,message,param}) plus the
// HTTP status it travels with. Core operations return it so that the API, the
// console and the control API all report the very same failure.
type apiError struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Param   string `json:"param,omitempty"`
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

func errInvalidParam(param, format string, args ...any) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "INVALID_PARAM", Message: fmt.Sprintf(format, args...), Param: param}
}

func errMissingParam(param, message string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "MISSING_PARAM", Message: message, Param: param}
}

func errInvalidState(param, message string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "INVALID_STATE", Message: message, Param: param}
}

func errNotFound(param, message string) *apiError {
	return &apiError{Status: http.StatusNotFound, Code: "NOT_FOUND", Message: message, Param: param}
}

func errForbidden(message string) *apiError {
	return &apiError{Status: http.StatusForbidden, Code: "FORBIDDEN", Message: message}
}

func errUnauthorized(message string) *apiError {
	return &apiError{Status: http.StatusUnauthorized, Code: "UNAUTHORIZED", Message: message}
}

func errWorkflowNotFound() *apiError {
	return errNotFound("workflowId", "workflow does not exist")
}

// asAPIError turns any error into the body a client sees; unexpected errors
// become SERVER_ERROR so no internal detail leaks.
func asAPIError(err error) *apiError {
	if e, ok := err.(*apiError); ok {
		return e
	}
	return &apiError{Status: http.StatusInternalServerError, Code: "SERVER_ERROR", Message: "internal server error"}
}

// writeJSON writes v with Ironclad's content type and caching headers.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store, no-cache")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeAPIError(w http.ResponseWriter, err error) {
	e := asAPIError(err)
	writeJSON(w, e.Status, e)
}

// oauthError is the RFC 6749 error body the OAuth endpoints use instead of
// the public API's {code,message}.
type oauthError struct {
	Status      int    `json:"-"`
	Err         string `json:"error"`
	Description string `json:"error_description,omitempty"`
}

func (e *oauthError) Error() string { return e.Err + ": " + e.Description }

func writeOAuthError(w http.ResponseWriter, e *oauthError) {
	writeJSON(w, e.Status, e)
}
