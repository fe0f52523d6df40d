package catalog

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"tradewind/ent"
	"tradewind/ent/ironcladfield"
	"tradewind/ent/ironcladworkflow"
	"tradewind/server/ironclad"
)

// fieldHash fingerprints Ironclad's facts of one field: while it is
// unchanged, the admin's review and edits are kept across re-imports.
func fieldHash(f ironclad.Field) string {
	b, _ := json.Marshal(f)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// schemaHash fingerprints a whole template version (the diff id).
func schemaHash(ws *ironclad.WorkflowSchema) string {
	b, _ := json.Marshal(ws.Schema)
	sum := sha256.Sum256(append([]byte(ws.ID+"\x00"+ws.Name+"\x00"), b...))
	return hex.EncodeToString(sum[:12])
}

// applySchema makes the workflow's fields match Ironclad's launch form:
// new fields are created and reviewed, changed ones get Ironclad's new facts
// and are reviewed again, unchanged ones keep the admin's work, and fields
// Ironclad dropped are kept (mappings may name them) but flagged removed.
func (s *Service) applySchema(ctx context.Context, tx *ent.Client, wf *ent.IroncladWorkflow, ws *ironclad.WorkflowSchema) (*ent.IroncladWorkflow, error) {
	existing, err := wf.QueryFields().All(ctx)
	if err != nil {
		return nil, err
	}
	byKey := map[string]*ent.IroncladField{}
	for _, f := range existing {
		byKey[f.Key] = f
	}
	position := 0
	for key, f := range ws.Schema.All() {
		old := byKey[key]
		delete(byKey, key)
		if err := s.upsertField(ctx, tx, wf, old, key, f, position); err != nil {
			return nil, err
		}
		position++
	}
	for _, gone := range byKey {
		if !gone.Removed {
			if err := tx.IroncladField.UpdateOne(gone).SetRemoved(true).Exec(ctx); err != nil {
				return nil, err
			}
		}
	}
	if err := refreshCounts(ctx, tx, wf); err != nil {
		return nil, err
	}
	return tx.IroncladWorkflow.UpdateOne(wf).SetTemplateID(ws.ID).SetSchemaHash(schemaHash(ws)).
		SetLastSyncedAt(s.now()).SetDrift(ironcladworkflow.DriftNONE).SetDriftSummary("").Save(ctx)
}

func (s *Service) upsertField(ctx context.Context, tx *ent.Client, wf *ent.IroncladWorkflow, old *ent.IroncladField, key string, f ironclad.Field, position int) error {
	hash := fieldHash(f)
	if old != nil && old.IroncladHash == hash && !old.Removed {
		if old.Position == position {
			return nil
		}
		return tx.IroncladField.UpdateOne(old).SetPosition(position).Exec(ctx)
	}
	reasons := reasonsFor(f)
	state := ironcladfield.ReviewStateOK
	if len(reasons) > 0 {
		state = ironcladfield.ReviewStateNEEDS_REVIEW
	}
	codes := make([]string, len(reasons))
	for i, r := range reasons {
		codes[i] = string(r)
	}
	var columns []map[string]any
	if f.ElementType != nil && f.ElementType.Schema != nil {
		for id, col := range f.ElementType.Schema.All() {
			columns = append(columns, map[string]any{"key": id, "displayName": col.DisplayName, "type": col.Type})
		}
	}
	var def map[string]any
	if len(f.Default) > 0 && string(f.Default) != "null" {
		def = map[string]any{"value": json.RawMessage(f.Default)}
	}
	freeText := f.Options != nil && f.Options.FreeTextAllowed
	if old == nil {
		return tx.IroncladField.Create().SetIroncladWorkflow(wf).SetKey(key).SetLabel(f.DisplayName).SetDescription(f.Description).
			SetType(f.Type).SetElementType(elementType(f)).SetRequired(requirement(f.Required)).SetOptions(optionValues(f)).
			SetFreeTextAllowed(freeText).SetKind(kindOf(f)).SetAnswerOptions(optionValues(f)).SetDefaultValue(def).
			SetTableColumns(columns).SetPosition(position).SetReviewState(state).SetReviewReasons(codes).
			SetIroncladHash(hash).Exec(ctx)
	}
	return tx.IroncladField.UpdateOne(old).SetLabel(f.DisplayName).SetDescription(f.Description).
		SetType(f.Type).SetElementType(elementType(f)).SetRequired(requirement(f.Required)).SetOptions(optionValues(f)).
		SetFreeTextAllowed(freeText).SetKind(kindOf(f)).SetAnswerOptions(optionValues(f)).SetDefaultValue(def).
		SetTableColumns(columns).SetPosition(position).SetReviewState(state).SetReviewReasons(codes).ClearReviewedAt().
		SetRemoved(false).SetIroncladHash(hash).Exec(ctx)
}

func requirement(r ironclad.Requirement) ironcladfield.Required {
	switch r {
	case ironclad.RequiredAlways:
		return ironcladfield.RequiredALWAYS
	case ironclad.RequiredConditional:
		return ironcladfield.RequiredCONDITIONAL
	}
	return ironcladfield.RequiredNEVER
}

// refreshCounts keeps the synced-workflows list's numbers in the row, so the
// list costs one query whatever its length.
func refreshCounts(ctx context.Context, tx *ent.Client, wf *ent.IroncladWorkflow) error {
	live := wf.QueryFields().Where(ironcladfield.Removed(false))
	total, err := live.Clone().Count(ctx)
	if err != nil {
		return err
	}
	review, err := live.Where(ironcladfield.ReviewStateEQ(ironcladfield.ReviewStateNEEDS_REVIEW)).Count(ctx)
	if err != nil {
		return err
	}
	return tx.IroncladWorkflow.UpdateOne(wf).SetFieldCount(total).SetNeedsReviewCount(review).Exec(ctx)
}
