package core

import "tradewind/server/sandbox/webhooks"

// DesignJSON is a design as the control API shows it.
type DesignJSON struct {
	DesignID   string      `json:"designId"`
	TemplateID string      `json:"templateId"`
	Name       string      `json:"name"`
	Edited     bool        `json:"edited"`
	Fields     []FieldJSON `json:"fields"`
	Schema     JSONObject  `json:"schema"` // launch schema the draft would publish
}

type FieldJSON struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Required string `json:"required"`
}

func DesignOf(d *design) DesignJSON {
	out := DesignJSON{DesignID: d.ID, TemplateID: d.PublishedID, Name: d.Form.Name, Edited: d.Edited, Schema: launchSchema(&d.Form)}
	for _, p := range d.Form.Properties {
		out.Fields = append(out.Fields, FieldJSON{ID: p.ID, Name: p.Name, Type: p.Type, Required: requiredness(d.Form.QuestionsFor(p.ID))})
	}
	return out
}

// WebhookFaults is webhooks.Faults in JSON.
type WebhookFaults struct {
	DropRate  float64 `json:"dropRate"`
	DropNext  int     `json:"dropNext"`
	Duplicate bool    `json:"duplicate"`
	DelayMS   int64   `json:"delayMs"`
	Reorder   bool    `json:"reorder"`
}

func WebhookFaultsOf(f webhooks.Faults) WebhookFaults {
	return WebhookFaults{DropRate: f.DropRate, DropNext: f.DropNext, Duplicate: f.Duplicate, DelayMS: f.Delay.Milliseconds(), Reorder: f.Reorder}
}

type deliveryJSON struct {
	EventID        string `json:"eventId"`
	RegistrationID string `json:"webhookId"`
	Type           string `json:"type"`
	TargetURL      string `json:"targetURL"`
	State          string `json:"state"`
	Attempts       int    `json:"attempts"`
	LastStatus     int    `json:"lastStatus"`
	Duplicate      bool   `json:"duplicate"`
	PublishedAt    string `json:"publishedAt"`
}

func (s *Sim) Deliveries() []deliveryJSON {
	out := []deliveryJSON{}
	for _, d := range s.Hub.Deliveries() {
		out = append(out, deliveryJSON{EventID: d.EventID, RegistrationID: d.RegistrationID, Type: d.Type, TargetURL: d.TargetURL,
			State: string(d.State), Attempts: len(d.Attempts), LastStatus: d.LastStatus, Duplicate: d.Duplicate, PublishedAt: ISOTime(d.PublishedAt)})
	}
	return out
}

func (s *Sim) Designs() []DesignJSON {
	var out []DesignJSON
	_ = s.Read(func(st *State) error {
		for _, d := range st.Designs {
			out = append(out, DesignOf(d))
		}
		return nil
	})
	return out
}
