package webhooks

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/google/uuid"
)

// Error codes of Ironclad's public API that this package answers with.
const (
	codeInvalidParam = "INVALID_PARAM"
	codeMissingParam = "MISSING_PARAM"
	codeNotFound     = "NOT_FOUND"
	codeForbidden    = "FORBIDDEN"
	codeUnauthorized = "UNAUTHORIZED"
	codeServerError  = "SERVER_ERROR"
)

// apiError is Ironclad's public-API error body; param is left out when empty
// because Ironclad omits it for errors not tied to one parameter.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Param   string `json:"param,omitempty"`
}

// WriteError writes Ironclad's error body {"code","message","param"} with the
// headers every public-API answer carries (see setAPIHeaders). It is exported
// so the sandbox core can share one implementation instead of a twin.
func WriteError(w http.ResponseWriter, status int, code, message, param string) {
	writeJSON(w, status, apiError{Code: code, Message: message, Param: param})
}

// writeJSON writes v as compact JSON the way Ironclad's Node service does.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := marshalCompact(v)
	if err != nil {
		body = []byte(`{"code":"` + codeServerError + `","message":"internal server error"}`)
		status = http.StatusInternalServerError
	}
	setAPIHeaders(w.Header())
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// setAPIHeaders adds the headers recorded on every Ironclad answer. The
// request id is kept when a middleware of the caller has already set one, so
// one request never carries two ids.
func setAPIHeaders(h http.Header) {
	h.Set("Cache-Control", "no-store, no-cache")
	if h.Get("X-Ironclad-Requestid") == "" {
		id := uuid.NewString()
		h.Set("X-Ironclad-Requestid", id)
		h.Set("X-Response-Id", id)
	}
}

// marshalCompact mirrors JavaScript's JSON.stringify: compact and without
// Go's HTML escaping of <, > and &. Receivers verify signatures over the
// exact bytes, so the body must look like what Ironclad would send.
func marshalCompact(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
