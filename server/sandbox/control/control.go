package control

import (
	"encoding/json"
	"net/http"
	"time"

	"tradewind/server/sandbox/core"
	"tradewind/server/sandbox/view"
	"tradewind/server/sandbox/webhooks"
)

func (s *Control) GetEvents(w http.ResponseWriter, r *http.Request) {
	core.WriteJSON(w, 200, s.LoggedEvents())
}

func (s *Control) GetFaults(w http.ResponseWriter, r *http.Request) {
	core.WriteJSON(w, 200, s.Faults.Get())
}

func (s *Control) GetRateLimits(w http.ResponseWriter, r *http.Request) {
	core.WriteJSON(w, 200, s.Limiter.Current())
}

func (s *Control) GetWebhookFaults(w http.ResponseWriter, r *http.Request) {
	core.WriteJSON(w, 200, core.WebhookFaultsOf(s.Hub.Faults()))
}

// decodeControl reads a JSON body, answering 400 itself when it cannot.
func decodeControl(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		core.WriteAPIError(w, core.ErrInvalidParam("body", "request body is not valid JSON: %v", err))
		return false
	}
	return true
}

func (s *Control) PutFaults(w http.ResponseWriter, r *http.Request) {
	var f core.Faults
	if decodeControl(w, r, &f) {
		s.Faults.Set(f)
		core.WriteJSON(w, 200, s.Faults.Get())
	}
}

func (s *Control) PutRateLimits(w http.ResponseWriter, r *http.Request) {
	var l core.RateLimits
	if decodeControl(w, r, &l) {
		l.Window = s.Limiter.Current().Window
		s.Limiter.SetLimits(l)
		core.WriteJSON(w, 200, s.Limiter.Current())
	}
}

// tokenControl names what to revoke or expire: one access token, one
// refresh token, or everything issued to a client.
type tokenControl struct {
	AccessToken  string `json:"accessToken"`
	RefreshToken string `json:"refreshToken"`
	ClientID     string `json:"clientId"`
}

// RevokeTokens revokes the named tokens.
func (s *Control) RevokeTokens(w http.ResponseWriter, r *http.Request) { s.tokens(w, r, true) }

// ExpireTokens expires the named access tokens now.
func (s *Control) ExpireTokens(w http.ResponseWriter, r *http.Request) { s.tokens(w, r, false) }

func (s *Control) tokens(w http.ResponseWriter, r *http.Request, revoke bool) {
	var tc tokenControl
	if !decodeControl(w, r, &tc) {
		return
	}
	n := 0
	_ = s.Change(func(tx *core.Txn) error {
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
	core.WriteJSON(w, 200, map[string]int{"affected": n})
}

func (s *Control) GetClients(w http.ResponseWriter, r *http.Request) {
	var out []core.Client
	_ = s.Read(func(st *core.State) error {
		for _, c := range st.Clients {
			out = append(out, *c)
		}
		return nil
	})
	core.WriteJSON(w, 200, out)
}

// PutClient registers or replaces an OAuth client.
func (s *Control) PutClient(w http.ResponseWriter, r *http.Request) {
	var c core.Client
	if !decodeControl(w, r, &c) {
		return
	}
	if c.ID == "" || c.Secret == "" {
		core.WriteAPIError(w, core.ErrMissingParam("id", "a client needs an id and a secret"))
		return
	}
	if len(c.Scopes) == 0 {
		c.Scopes = core.AllScopes
	}
	_ = s.Change(func(tx *core.Txn) error {
		if old := tx.St.ClientByID(c.ID); old != nil {
			*old = c
			return nil
		}
		tx.St.Clients = append(tx.St.Clients, &c)
		return nil
	})
	core.WriteJSON(w, 200, c)
}

// writeWorkflow answers with the workflow in the public API's shape.
func (s *Control) writeWorkflow(w http.ResponseWriter, id string, err error) {
	if err != nil {
		core.WriteAPIError(w, err)
		return
	}
	var out view.WorkflowJSON
	_ = s.Read(func(st *core.State) error {
		out = view.New(s.Sim, st).Workflow(st.WorkflowByRef(id))
		return nil
	})
	core.WriteJSON(w, 200, out)
}

func (s *Control) LaunchWorkflow(w http.ResponseWriter, r *http.Request) {
	var body struct {
		As          string         `json:"as"`
		Template    string         `json:"template"`
		Attributes  map[string]any `json:"attributes"`
		UseDefaults bool           `json:"useDefaultValues"`
	}
	if !decodeControl(w, r, &body) {
		return
	}
	id, err := s.LaunchAs(body.As, core.LaunchRequest{Template: body.Template, Attributes: body.Attributes, UseDefaults: body.UseDefaults})
	s.writeWorkflow(w, id, err)
}

func (s *Control) WorkflowAction(w http.ResponseWriter, r *http.Request) {
	var a core.WorkflowAction
	if !decodeControl(w, r, &a) {
		return
	}
	id, err := s.PerformAction(r.PathValue("id"), a)
	s.writeWorkflow(w, id, err)
}

func (s *Control) GetTemplates(w http.ResponseWriter, r *http.Request) {
	core.WriteJSON(w, 200, s.Designs())
}

func (s *Control) EditTemplate(w http.ResponseWriter, r *http.Request) {
	var e core.FieldEdit
	if !decodeControl(w, r, &e) {
		return
	}
	controlChange(s, w, func(tx *core.Txn) (core.DesignJSON, error) {
		d, err := tx.EditDesign(r.PathValue("id"), e)
		if err != nil {
			return core.DesignJSON{}, err
		}
		return core.DesignOf(d), nil
	})
}

func (s *Control) PublishTemplate(w http.ResponseWriter, r *http.Request) {
	controlChange(s, w, func(tx *core.Txn) (core.SchemaJSON, error) {
		t, err := tx.PublishDesign(r.PathValue("id"))
		if err != nil {
			return core.SchemaJSON{}, err
		}
		return core.SchemaOf(t), nil
	})
}

// controlChange runs op as one state change and answers with its result.
func controlChange[T any](s *Control, w http.ResponseWriter, op func(tx *core.Txn) (T, error)) {
	var out T
	err := s.Change(func(tx *core.Txn) error {
		var err error
		out, err = op(tx)
		return err
	})
	if err != nil {
		core.WriteAPIError(w, err)
		return
	}
	core.WriteJSON(w, 200, out)
}

func (s *Control) PutWebhookFaults(w http.ResponseWriter, r *http.Request) {
	var f core.WebhookFaults
	if !decodeControl(w, r, &f) {
		return
	}
	s.Hub.SetFaults(webhooks.Faults{DropRate: f.DropRate, DropNext: f.DropNext, Duplicate: f.Duplicate,
		Delay: time.Duration(f.DelayMS) * time.Millisecond, Reorder: f.Reorder})
	core.WriteJSON(w, 200, core.WebhookFaultsOf(s.Hub.Faults()))
}

func (s *Control) GetDeliveries(w http.ResponseWriter, r *http.Request) {
	core.WriteJSON(w, 200, s.Deliveries())
}
