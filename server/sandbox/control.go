package sandbox

import (
	"encoding/json"
	"net/http"
	"time"

	"tradewind/server/sandbox/webhooks"
)

// control is the JSON control API for tests and demos. It is unauthenticated
// by design: the sandbox is a local simulator. See docs/sandbox.md.
func (s *Sandbox) control() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /_control/events", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, s.loggedEvents()) })
	mux.HandleFunc("GET /_control/faults", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, s.faults.get()) })
	mux.HandleFunc("PUT /_control/faults", s.controlSetFaults)
	mux.HandleFunc("GET /_control/rate-limits", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, s.limiter.current()) })
	mux.HandleFunc("PUT /_control/rate-limits", s.controlSetRateLimits)
	mux.HandleFunc("POST /_control/tokens/revoke", s.controlTokens(true))
	mux.HandleFunc("POST /_control/tokens/expire", s.controlTokens(false))
	mux.HandleFunc("GET /_control/clients", s.controlListClients)
	mux.HandleFunc("PUT /_control/clients", s.controlPutClient)
	mux.HandleFunc("POST /_control/workflows", s.controlLaunch)
	mux.HandleFunc("POST /_control/workflows/{id}/actions", s.controlAction)
	mux.HandleFunc("GET /_control/templates", s.controlListDesigns)
	mux.HandleFunc("POST /_control/templates/{id}/fields", s.controlEditDesign)
	mux.HandleFunc("POST /_control/templates/{id}/publish", s.controlPublish)
	mux.HandleFunc("GET /_control/webhooks/faults", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, webhookFaultsOf(s.hub.Faults())) })
	mux.HandleFunc("PUT /_control/webhooks/faults", s.controlSetWebhookFaults)
	mux.HandleFunc("GET /_control/webhooks/deliveries", s.controlDeliveries)
	return mux
}

// decodeControl reads a JSON body, answering 400 itself when it cannot.
func decodeControl(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		writeAPIError(w, errInvalidParam("body", "request body is not valid JSON: %v", err))
		return false
	}
	return true
}

func (s *Sandbox) controlSetFaults(w http.ResponseWriter, r *http.Request) {
	var f Faults
	if decodeControl(w, r, &f) {
		s.faults.set(f)
		writeJSON(w, 200, s.faults.get())
	}
}

func (s *Sandbox) controlSetRateLimits(w http.ResponseWriter, r *http.Request) {
	var l RateLimits
	if decodeControl(w, r, &l) {
		l.Window = s.limiter.current().Window
		s.limiter.setLimits(l)
		writeJSON(w, 200, s.limiter.current())
	}
}

// tokenControl names what to revoke or expire: one access token, one
// refresh token, or everything issued to a client.
type tokenControl struct {
	AccessToken  string `json:"accessToken"`
	RefreshToken string `json:"refreshToken"`
	ClientID     string `json:"clientId"`
}

func (s *Sandbox) controlTokens(revoke bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var tc tokenControl
		if !decodeControl(w, r, &tc) {
			return
		}
		n := 0
		_ = s.change(func(tx *txn) error {
			for k, t := range tx.st.Tokens {
				if k == tc.AccessToken || (tc.ClientID != "" && t.ClientID == tc.ClientID) {
					if revoke {
						t.Revoked = true
					} else {
						t.Expires = tx.now
					}
					n++
				}
			}
			for k, t := range tx.st.Refresh {
				if revoke && (k == tc.RefreshToken || (tc.ClientID != "" && t.ClientID == tc.ClientID)) {
					t.Revoked = true
					n++
				}
			}
			return nil
		})
		writeJSON(w, 200, map[string]int{"affected": n})
	}
}

func (s *Sandbox) controlListClients(w http.ResponseWriter, r *http.Request) {
	var out []client
	_ = s.read(func(st *state) error {
		for _, c := range st.Clients {
			out = append(out, *c)
		}
		return nil
	})
	writeJSON(w, 200, out)
}

// controlPutClient registers or replaces an OAuth client.
func (s *Sandbox) controlPutClient(w http.ResponseWriter, r *http.Request) {
	var c client
	if !decodeControl(w, r, &c) {
		return
	}
	if c.ID == "" || c.Secret == "" {
		writeAPIError(w, errMissingParam("id", "a client needs an id and a secret"))
		return
	}
	if len(c.Scopes) == 0 {
		c.Scopes = allScopes
	}
	_ = s.change(func(tx *txn) error {
		if old := tx.st.clientByID(c.ID); old != nil {
			*old = c
			return nil
		}
		tx.st.Clients = append(tx.st.Clients, &c)
		return nil
	})
	writeJSON(w, 200, c)
}

// writeWorkflow answers with the workflow in the public API's shape.
func (s *Sandbox) writeWorkflow(w http.ResponseWriter, id string, err error) {
	if err != nil {
		writeAPIError(w, err)
		return
	}
	var out workflowJSON
	_ = s.read(func(st *state) error {
		out = s.view(st).workflow(st.workflowByRef(id))
		return nil
	})
	writeJSON(w, 200, out)
}

func (s *Sandbox) controlLaunch(w http.ResponseWriter, r *http.Request) {
	var body struct {
		As          string         `json:"as"`
		Template    string         `json:"template"`
		Attributes  map[string]any `json:"attributes"`
		UseDefaults bool           `json:"useDefaultValues"`
	}
	if !decodeControl(w, r, &body) {
		return
	}
	id, err := s.launchAs(body.As, launchRequest{Template: body.Template, Attributes: body.Attributes, UseDefaults: body.UseDefaults})
	s.writeWorkflow(w, id, err)
}

func (s *Sandbox) controlAction(w http.ResponseWriter, r *http.Request) {
	var a workflowAction
	if !decodeControl(w, r, &a) {
		return
	}
	id, err := s.performAction(r.PathValue("id"), a)
	s.writeWorkflow(w, id, err)
}

func (s *Sandbox) controlListDesigns(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, 200, s.designs())
}

func (s *Sandbox) controlEditDesign(w http.ResponseWriter, r *http.Request) {
	var e fieldEdit
	if !decodeControl(w, r, &e) {
		return
	}
	controlChange(s, w, func(tx *txn) (designJSON, error) {
		d, err := tx.editDesign(r.PathValue("id"), e)
		if err != nil {
			return designJSON{}, err
		}
		return designOf(d), nil
	})
}

func (s *Sandbox) controlPublish(w http.ResponseWriter, r *http.Request) {
	controlChange(s, w, func(tx *txn) (schemaJSON, error) {
		t, err := tx.publishDesign(r.PathValue("id"))
		if err != nil {
			return schemaJSON{}, err
		}
		return schemaOf(t), nil
	})
}

// controlChange runs op as one state change and answers with its result.
func controlChange[T any](s *Sandbox, w http.ResponseWriter, op func(tx *txn) (T, error)) {
	var out T
	err := s.change(func(tx *txn) error {
		var err error
		out, err = op(tx)
		return err
	})
	if err != nil {
		writeAPIError(w, err)
		return
	}
	writeJSON(w, 200, out)
}

func (s *Sandbox) controlSetWebhookFaults(w http.ResponseWriter, r *http.Request) {
	var f webhookFaults
	if !decodeControl(w, r, &f) {
		return
	}
	s.hub.SetFaults(webhooks.Faults{DropRate: f.DropRate, DropNext: f.DropNext, Duplicate: f.Duplicate,
		Delay: time.Duration(f.DelayMS) * time.Millisecond, Reorder: f.Reorder})
	writeJSON(w, 200, webhookFaultsOf(s.hub.Faults()))
}

func (s *Sandbox) controlDeliveries(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, 200, s.deliveries())
}
