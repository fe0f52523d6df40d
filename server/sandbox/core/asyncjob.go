package core

import "maps"

// asyncJob is a POST /workflows/async launch. It answers in_progress to its
// first status poll, like the recorded job, and runs either when
// Config.AsyncLaunchDelay has passed or at the next poll, whichever comes
// first — so a client sees in_progress → success|failed deterministically.
type asyncJob struct {
	ID          string         `json:"id"`
	Status      string         `json:"status"` // in_progress, success, failed
	Payload     map[string]any `json:"payload"`
	ActorID     string         `json:"actorId"`
	Request     LaunchRequest  `json:"request"`
	UseDefaults bool           `json:"useDefaults"`
	WorkflowID  string         `json:"workflowId,omitempty"`
	Error       *jobError      `json:"error,omitempty"`
	Polls       int            `json:"polls"`
}

type jobError struct {
	Code        string `json:"code"`
	Message     string `json:"message"`
	Param       string `json:"param,omitempty"`
	RedirectURL string `json:"redirectUrl"`
}

// StartJob records an async launch and schedules it. payload is the request
// body as sent, echoed back with the server-injected creator. When the
// faults will fail this creation, the job runs at once, so that the
// workflow exists by the time the client sees the failure; launched says
// whether it did.
func (s *Sim) StartJob(actor *User, req LaunchRequest, payload map[string]any) (id string, launched bool, err error) {
	if req.Template == "" {
		return "", false, ErrMissingParam("template", "missing required parameter template")
	}
	echo := maps.Clone(payload)
	echo["creator"] = map[string]any{"id": actor.ID, "type": "id"}
	job := &asyncJob{ID: newNanoID(), Status: "in_progress", Payload: echo, ActorID: actor.ID, Request: req, UseDefaults: req.UseDefaults}
	runNow := s.Faults.createFaultPending()
	_ = s.Change(func(tx *Txn) error {
		tx.St.Jobs[job.ID] = job
		if runNow {
			tx.runJob(job.ID)
			launched = job.Status == "success"
		}
		return nil
	})
	if !runNow {
		s.after(s.Config.AsyncLaunchDelay, func() {
			_ = s.Change(func(tx *Txn) error { tx.runJob(job.ID); return nil })
		})
	}
	return job.ID, launched, nil
}

// PollJob answers a status poll, running the job if it already answered
// in_progress once.
func (s *Sim) PollJob(id string) (asyncJob, error) {
	var out asyncJob
	err := s.Change(func(tx *Txn) error {
		job := tx.St.Jobs[id]
		if job == nil {
			return ErrNotFound("asyncJobId", "not found")
		}
		if job.Polls > 0 {
			tx.runJob(id)
		}
		job.Polls++
		out = *job
		return nil
	})
	return out, err
}

func (tx *Txn) runJob(id string) {
	job := tx.St.Jobs[id]
	if job == nil || job.Status != "in_progress" {
		return
	}
	actor := tx.St.UserByID(job.ActorID)
	req := job.Request
	req.UseDefaults = job.UseDefaults
	w, err := tx.Launch(actor, req)
	if err != nil {
		e := AsAPIError(err)
		job.Status = "failed"
		job.Error = &jobError{Code: e.Code, Message: e.Message, Param: e.Param,
			RedirectURL: tx.s.Link("/console/templates/" + req.Template)}
		return
	}
	job.Status = "success"
	job.WorkflowID = w.ID
}
