package core

import (
	"reflect"
	"regexp"
	"strconv"

	"github.com/google/uuid"
)

// Step machine (API.md §6.4): Review → Sign → Archive → Complete, with
// pause/resume in Review, cancel from any open state and revert Sign → Review.

func (tx *Txn) enterSign(w *Workflow, actorID string) {
	w.Step = StepSign
	tx.emit("workflow_step_updated", w, actorID, JSONField{"step", StepSign})
}

// complete archives a fully signed workflow and completes it, creating its
// contract record. Archive is passed through at once: the simulator has no
// archive-step work to wait for.
func (tx *Txn) complete(w *Workflow, actorID string) {
	w.Step = StepArchive
	tx.emit("workflow_step_updated", w, actorID, JSONField{"step", StepArchive})
	w.Step = StepComplete
	w.Status = StatusCompleted
	w.RecordID = uuid.NewString()
	tx.emit("workflow_step_updated", w, actorID, JSONField{"step", StepComplete})
	tx.emit("workflow_completed", w, actorID)
}

func isOpen(w *Workflow) bool { return w.Status == StatusActive || w.Status == StatusPaused }

func (tx *Txn) Cancel(actor *User, w *Workflow) error {
	if !isOpen(w) {
		return ErrInvalidState("workflowId", "Only active or paused workflows can be cancelled.")
	}
	w.Status = StatusCancelled
	tx.emit("workflow_cancelled", w, actor.ID)
	return nil
}

func (tx *Txn) Pause(actor *User, w *Workflow) error {
	return tx.reviewStatus(actor, w, StatusActive, StatusPaused, "workflow_paused", "Only active workflows in the review step can be paused.")
}

func (tx *Txn) Resume(actor *User, w *Workflow) error {
	return tx.reviewStatus(actor, w, StatusPaused, StatusActive, "workflow_resumed", "Only paused workflows in the review step can be resumed.")
}

// reviewStatus moves a workflow in Review between active and paused.
func (tx *Txn) reviewStatus(actor *User, w *Workflow, from, to, event, refusal string) error {
	if w.Status != from || w.Step != StepReview {
		return ErrInvalidState("", refusal)
	}
	w.Status = to
	tx.emit(event, w, actor.ID)
	return nil
}

// RevertToReview sends a workflow in Sign back to Review: approvals start
// over from the first group and any signature packet is withdrawn.
func (tx *Txn) RevertToReview(actor *User, w *Workflow) error {
	if w.Step != StepSign || w.Status != StatusActive {
		return ErrInvalidState("", "workflow cannot be reverted to review as it is not in the sign stage")
	}
	if !contains(w.ParticipantIDs(), actor.ID) {
		return &APIError{Status: 403, Code: "FORBIDDEN", Message: "user is not a participant on the workflow", Param: "user"}
	}
	w.Step = StepReview
	w.ReviewRollbacked = true
	for i := range w.Approvals {
		a := &w.Approvals[i]
		a.Status, a.Ended, a.ActorID, a.Started = "pending", nil, "", nil
		if a.Group == 1 {
			a.Started = &tx.Now
		}
	}
	resetSigners(w)
	tx.emit("workflow_step_updated", w, actor.ID, JSONField{"step", StepReview})
	return nil
}

// AttributeUpdate is one entry of PATCH /workflows/{id}/attributes.
type AttributeUpdate struct {
	Action string `json:"action"`
	Path   string `json:"path"`
	Value  any    `json:"value"`
}

var updatePath = regexp.MustCompile(`^([A-Za-z0-9_]+)(?:\[(\d+)\]\.([A-Za-z0-9_]+))?$`)

// UpdateAttributes applies set/remove updates in Review, then re-runs form
// validation so required fields stay filled.
func (tx *Txn) UpdateAttributes(actor *User, w *Workflow, updates []AttributeUpdate) error {
	if w.Status != StatusActive || w.Step != StepReview {
		return ErrInvalidState("attributes", "workflow attributes can only be updated in the Review step")
	}
	if len(updates) == 0 {
		return ErrMissingParam("updates", "missing required parameter updates")
	}
	f := &w.Template(tx.St).Form
	next := map[string]any{}
	for k, v := range w.Attributes {
		next[k] = v
	}
	for _, u := range updates {
		if err := tx.applyUpdate(f, next, u); err != nil {
			return err
		}
	}
	if reflect.DeepEqual(next, w.Attributes) {
		return ErrInvalidParam("attributes", "No information changed. The updates provided did not introduce any new values")
	}
	if missingRequired(f, next) != "" {
		return ErrInvalidParam("attributes", "form validation failed, please check schema")
	}
	w.Attributes = next
	w.Title = generatedTitle(f, next)
	refreshExternalSigners(w, f)
	tx.emit("workflow_attribute_updated", w, actor.ID)
	tx.emit("workflow_updated", w, actor.ID)
	return nil
}

func (tx *Txn) applyUpdate(f *Form, attrs map[string]any, u AttributeUpdate) error {
	m := updatePath.FindStringSubmatch(u.Path)
	if m == nil {
		return ErrInvalidParam("attributes", "non-existent attribute(s) specified: %s", u.Path)
	}
	p, options, err := settable(f, m[1])
	if err != nil {
		return err
	}
	if p == nil {
		return ErrInvalidParam("attributes", "non-existent attribute(s) specified: %s", m[1])
	}
	if p.Type == "document" || IsDocumentList(p) || isRecordLink(p.Type) {
		return ErrInvalidParam("attributes", "attribute %s cannot be updated through this endpoint", m[1])
	}
	if m[2] != "" {
		return tx.applyCellUpdate(p, attrs, m, u)
	}
	if u.Action == "remove" {
		delete(attrs, p.ID)
		return nil
	}
	v, err := tx.St.checkValue(p, p.ID, u.Value, options)
	if err != nil {
		return err
	}
	attrs[p.ID] = v
	return nil
}

// applyCellUpdate handles "table[0].column" paths.
func (tx *Txn) applyCellUpdate(p *Property, attrs map[string]any, m []string, u AttributeUpdate) error {
	rows, _ := attrs[p.ID].([]any)
	i, _ := strconv.Atoi(m[2])
	if p.Element == nil || p.Element.Type != "object" || i >= len(rows) {
		return ErrInvalidParam("attributes", "non-existent attribute(s) specified: %s", u.Path)
	}
	row := map[string]any{}
	for k, v := range rows[i].(map[string]any) {
		row[k] = v
	}
	if u.Action == "remove" {
		delete(row, m[3])
	} else {
		row[m[3]] = u.Value
	}
	checked, err := tx.St.checkRow(p.Element, p.ID, row)
	if err != nil {
		return err
	}
	newRows := append([]any{}, rows...)
	newRows[i] = checked
	attrs[p.ID] = newRows
	return nil
}

// refreshExternalSigners keeps counterparty signers in step with the
// attributes that name them.
func refreshExternalSigners(w *Workflow, f *Form) {
	for _, sd := range f.Signers {
		if s := w.signerByRoleName(sd.Name); s != nil && sd.External {
			s.Name, _ = w.Attributes[sd.NameProperty].(string)
			s.Email, _ = w.Attributes[sd.EmailProperty].(string)
		}
	}
}
