package server

import (
	"encoding/json"
	"mime"
	"net/http"
)

// graphQLOverHTTP makes gqlgen's answers to requests that fail before
// execution follow the GraphQL-over-HTTP specification:
//   - with Content-Type application/json, a document that does not parse or
//     validate, or variables that do not coerce, is answered 200 with
//     `errors` (gqlgen answers 422), since legacy clients read only the body;
//   - with application/graphql-response+json, such a response (4xx) has no
//     `data` entry at all (gqlgen writes "data": null).
//
// Only error responses are touched; websocket upgrades pass through.
func graphQLOverHTTP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(&specWriter{ResponseWriter: w}, r)
	})
}

type specWriter struct {
	http.ResponseWriter
	wroteHeader bool
	dropData    bool
}

func (w *specWriter) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	mt, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type"))
	switch {
	case mt == "application/json" && code == http.StatusUnprocessableEntity:
		code = http.StatusOK
	case mt == "application/graphql-response+json" && code >= 400:
		w.dropData = true
	}
	w.ResponseWriter.WriteHeader(code)
}

// Write receives gqlgen's whole response in one call (it marshals, then writes).
func (w *specWriter) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	if !w.dropData {
		return w.ResponseWriter.Write(b)
	}
	var body map[string]json.RawMessage
	if err := json.Unmarshal(b, &body); err != nil {
		return w.ResponseWriter.Write(b)
	}
	delete(body, "data")
	out, err := json.Marshal(body)
	if err != nil {
		return 0, err
	}
	if _, err := w.ResponseWriter.Write(out); err != nil {
		return 0, err
	}
	return len(b), nil
}

func (w *specWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
