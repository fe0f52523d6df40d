package sandbox

import (
	"reflect"
	"regexp"
	"strconv"

	"github.com/google/uuid"
)

// Step machine (API.md §6.4): Review → Sign → Archive → Complete, with
// pause/resume in Review, cancel from any open state and revert Sign → Review.

func (tx *txn) enterSign(w *workflow, actorID string) {
	w.Step = stepSign
	tx.emit("workflow_step_updated", w, actorID, jsonField{"step", stepSign})
}

// complete archives a fully signed workflow and completes it, creating its
// contract record. Archive is passed through at once: the simulator has no
// archive-step work to wait for.
func (tx *txn) complete(w *workflow, actorID string) {
	w.Step = stepArchive
	tx.emit("workflow_step_updated", w, actorID, jsonField{"step", stepArchive})
	w.Step = stepComplete
	w.Status = statusCompleted
	w.RecordID = uuid.NewString()
	tx.emit("workflow_step_updated", w, actorID, jsonField{"step", stepComplete})
	tx.emit("workflow_completed", w, actorID)
}

func isOpen(w *workflow) bool { return w.Status == statusActive || w.Status == statusPaused }

func (tx *txn) cancel(actor *user, w *workflow) error {
	if !isOpen(w) {
		return errInvalidState("workflowId", "Only active or paused workflows can be cancelled.")
	}
	w.Status = statusCancelled
	tx.emit("workflow_cancelled", w, actor.ID)
	return nil
}

func (tx *txn) pause(actor *user, w *workflow) error {
	return tx.reviewStatus(actor, w, statusActive, statusPaused, "workflow_paused", "Only active workflows in the review step can be paused.")
}

func (tx *txn) resume(actor *user, w *workflow) error {
	return tx.reviewStatus(actor, w, statusPaused, statusActive, "workflow_resumed", "Only paused workflows in the review step can be resumed.")
}

// reviewStatus moves a workflow in Review between active and paused.
func (tx *txn) reviewStatus(actor *user, w *workflow, from, to, event, refusal string) error {
	if w.Status != from || w.Step != stepReview {
		return errInvalidState("", refusal)
	}
	w.Status = to
	tx.emit(event, w, actor.ID)
	return nil
}

// revertToReview sends a workflow in Sign back to Review: approvals start
// over from the first group and any signature packet is withdrawn.
func (tx *txn) revertToReview(actor *user, w *workflow) error {
	if w.Step != stepSign || w.Status != statusActive {
		return errInvalidState("", "workflow cannot be reverted to review as it is not in the sign stage")
	}
	if !contains(w.participantIDs(), actor.ID) {
		return &apiError{Status: 403, Code: "FORBIDDEN", Message: "user is not a participant on the workflow", Param: "user"}
	}
	w.Step = stepReview
	w.ReviewRollbacked = true
	for i := range w.Approvals {
		a := &w.Approvals[i]
		a.Status, a.Ended, a.ActorID, a.Started = "pending", nil, "", nil
		if a.Group == 1 {
			a.Started = &tx.now
		}
	}
	resetSigners(w)
	tx.emit("workflow_step_updated", w, actor.ID, jsonField{"step", stepReview})
	return nil
}

// attributeUpdate is one entry of PATCH /workflows/{id}/attributes.
type attributeUpdate struct {
	Action string `json:"action"`
	Path   string `json:"path"`
	Value  any    `json:"value"`
}

var updatePath = regexp.MustCompile(`^([A-Za-z0-9_]+)(?:\[(\d+)\]\.([A-Za-z0-9_]+))?$`)

// updateAttributes applies set/remove updates in Review, then re-runs form
// validation so required fields stay filled.
func (tx *txn) updateAttributes(actor *user, w *workflow, updates []attributeUpdate) error {
	if w.Status != statusActive || w.Step != stepReview {
		return errInvalidState("attributes", "workflow attributes can only be updated in the Review step")
	}
	if len(updates) == 0 {
		return errMissingParam("updates", "missing required parameter updates")
	}
	f := &w.template(tx.st).Form
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
		return errInvalidParam("attributes", "No information changed. The updates provided did not introduce any new values")
	}
	if missingRequired(f, next) != "" {
		return errInvalidParam("attributes", "form validation failed, please check schema")
	}
	w.Attributes = next
	w.Title = generatedTitle(f, next)
	refreshExternalSigners(w, f)
	tx.emit("workflow_attribute_updated", w, actor.ID)
	tx.emit("workflow_updated", w, actor.ID)
	return nil
}

func (tx *txn) applyUpdate(f *form, attrs map[string]any, u attributeUpdate) error {
	m := updatePath.FindStringSubmatch(u.Path)
	if m == nil {
		return errInvalidParam("attributes", "non-existent attribute(s) specified: %s", u.Path)
	}
	p, options, err := settable(f, m[1])
	if err != nil {
		return err
	}
	if p == nil {
		return errInvalidParam("attributes", "non-existent attribute(s) specified: %s", m[1])
	}
	if p.Type == "document" || isDocumentList(p) || isRecordLink(p.Type) {
		return errInvalidParam("attributes", "attribute %s cannot be updated through this endpoint", m[1])
	}
	if m[2] != "" {
		return tx.applyCellUpdate(p, attrs, m, u)
	}
	if u.Action == "remove" {
		delete(attrs, p.ID)
		return nil
	}
	v, err := tx.st.checkValue(p, p.ID, u.Value, options)
	if err != nil {
		return err
	}
	attrs[p.ID] = v
	return nil
}

// applyCellUpdate handles "table[0].column" paths.
func (tx *txn) applyCellUpdate(p *property, attrs map[string]any, m []string, u attributeUpdate) error {
	rows, _ := attrs[p.ID].([]any)
	i, _ := strconv.Atoi(m[2])
	if p.Element == nil || p.Element.Type != "object" || i >= len(rows) {
		return errInvalidParam("attributes", "non-existent attribute(s) specified: %s", u.Path)
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
	checked, err := tx.st.checkRow(p.Element, p.ID, row)
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
func refreshExternalSigners(w *workflow, f *form) {
	for _, sd := range f.Signers {
		if s := w.signerByRoleName(sd.Name); s != nil && sd.External {
			s.Name, _ = w.Attributes[sd.NameProperty].(string)
			s.Email, _ = w.Attributes[sd.EmailProperty].(string)
		}
	}
}
