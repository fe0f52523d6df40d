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
	mux.HandleFunc("GET /_control/events", func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, 200, s.LoggedEvents()) })
	mux.HandleFunc("GET /_control/faults", func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, 200, s.Faults.Get()) })
	mux.HandleFunc("PUT /_control/faults", s.controlSetFaults)
	mux.HandleFunc("GET /_control/rate-limits", func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, 200, s.Limiter.Current()) })
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
	mux.HandleFunc("GET /_control/webhooks/faults", func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, 200, WebhookFaultsOf(s.Hub.Faults())) })
	mux.HandleFunc("PUT /_control/webhooks/faults", s.controlSetWebhookFaults)
	mux.HandleFunc("GET /_control/webhooks/deliveries", s.controlDeliveries)
	return mux
}

// decodeControl reads a JSON body, answering 400 itself when it cannot.
func decodeControl(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		WriteAPIError(w, ErrInvalidParam("body", "request body is not valid JSON: %v", err))
		return false
	}
	return true
}

func (s *Sandbox) controlSetFaults(w http.ResponseWriter, r *http.Request) {
	var f Faults
	if decodeControl(w, r, &f) {
		s.Faults.Set(f)
		WriteJSON(w, 200, s.Faults.Get())
	}
}

func (s *Sandbox) controlSetRateLimits(w http.ResponseWriter, r *http.Request) {
	var l RateLimits
	if decodeControl(w, r, &l) {
		l.Window = s.Limiter.Current().Window
		s.Limiter.SetLimits(l)
		WriteJSON(w, 200, s.Limiter.Current())
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
		_ = s.Change(func(tx *Txn) error {
			for k, t := range tx.St.Tokens {
				if k == tc.AccessToken || (tc.ClientID != "" && t.ClientID == tc.ClientID) {
					if revoke {
						t.Revoked = true
					} else {
						t.Expires = tx.Now
					}
					n++
				}
			}
			for k, t := range tx.St.Refresh {
				if revoke && (k == tc.RefreshToken || (tc.ClientID != "" && t.ClientID == tc.ClientID)) {
					t.Revoked = true
					n++
				}
			}
			return nil
		})
		WriteJSON(w, 200, map[string]int{"affected": n})
	}
}

func (s *Sandbox) controlListClients(w http.ResponseWriter, r *http.Request) {
	var out []Client
	_ = s.Read(func(st *State) error {
		for _, c := range st.Clients {
			out = append(out, *c)
		}
		return nil
	})
	WriteJSON(w, 200, out)
}

// controlPutClient registers or replaces an OAuth client.
func (s *Sandbox) controlPutClient(w http.ResponseWriter, r *http.Request) {
	var c Client
	if !decodeControl(w, r, &c) {
		return
	}
	if c.ID == "" || c.Secret == "" {
		WriteAPIError(w, ErrMissingParam("id", "a client needs an id and a secret"))
		return
	}
	if len(c.Scopes) == 0 {
		c.Scopes = AllScopes
	}
	_ = s.Change(func(tx *Txn) error {
		if old := tx.St.ClientByID(c.ID); old != nil {
			*old = c
			return nil
		}
		tx.St.Clients = append(tx.St.Clients, &c)
		return nil
	})
	WriteJSON(w, 200, c)
}

// writeWorkflow answers with the workflow in the public API's shape.
func (s *Sandbox) writeWorkflow(w http.ResponseWriter, id string, err error) {
	if err != nil {
		WriteAPIError(w, err)
		return
	}
	var out WorkflowJSON
	_ = s.Read(func(st *State) error {
		out = s.View(st).Workflow(st.WorkflowByRef(id))
		return nil
	})
	WriteJSON(w, 200, out)
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
	id, err := s.LaunchAs(body.As, LaunchRequest{Template: body.Template, Attributes: body.Attributes, UseDefaults: body.UseDefaults})
	s.writeWorkflow(w, id, err)
}

func (s *Sandbox) controlAction(w http.ResponseWriter, r *http.Request) {
	var a WorkflowAction
	if !decodeControl(w, r, &a) {
		return
	}
	id, err := s.PerformAction(r.PathValue("id"), a)
	s.writeWorkflow(w, id, err)
}

func (s *Sandbox) controlListDesigns(w http.ResponseWriter, r *http.Request) {
	WriteJSON(w, 200, s.Designs())
}

func (s *Sandbox) controlEditDesign(w http.ResponseWriter, r *http.Request) {
	var e FieldEdit
	if !decodeControl(w, r, &e) {
		return
	}
	controlChange(s, w, func(tx *Txn) (DesignJSON, error) {
		d, err := tx.EditDesign(r.PathValue("id"), e)
		if err != nil {
			return DesignJSON{}, err
		}
		return DesignOf(d), nil
	})
}

func (s *Sandbox) controlPublish(w http.ResponseWriter, r *http.Request) {
	controlChange(s, w, func(tx *Txn) (SchemaJSON, error) {
		t, err := tx.PublishDesign(r.PathValue("id"))
		if err != nil {
			return SchemaJSON{}, err
		}
		return SchemaOf(t), nil
	})
}

// controlChange runs op as one state change and answers with its result.
func controlChange[T any](s *Sandbox, w http.ResponseWriter, op func(tx *Txn) (T, error)) {
	var out T
	err := s.Change(func(tx *Txn) error {
		var err error
		out, err = op(tx)
		return err
	})
	if err != nil {
		WriteAPIError(w, err)
		return
	}
	WriteJSON(w, 200, out)
}

func (s *Sandbox) controlSetWebhookFaults(w http.ResponseWriter, r *http.Request) {
	var f WebhookFaults
	if !decodeControl(w, r, &f) {
		return
	}
	s.Hub.SetFaults(webhooks.Faults{DropRate: f.DropRate, DropNext: f.DropNext, Duplicate: f.Duplicate,
		Delay: time.Duration(f.DelayMS) * time.Millisecond, Reorder: f.Reorder})
	WriteJSON(w, 200, WebhookFaultsOf(s.Hub.Faults()))
}

func (s *Sandbox) controlDeliveries(w http.ResponseWriter, r *http.Request) {
	WriteJSON(w, 200, s.Deliveries())
}
