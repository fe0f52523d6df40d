package catalog

import (
	"context"
	"slices"
	"strings"

	"tradewind/ent"
	"tradewind/ent/ironcladfield"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/schema/columns"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/audit"
)

// Operator of a field condition.
type Operator string

const (
	OpEquals   Operator = "EQUALS"
	OpOneOf    Operator = "ONE_OF"
	OpNotEmpty Operator = "NOT_EMPTY"
)

// Condition shows a field when another field of the workflow has a value.
type Condition struct {
	FieldKey string
	Operator Operator
	Values   []string
}

// ConditionOf reads a field's stored condition.
func ConditionOf(f *ent.IroncladField) *Condition {
	if f.Condition == nil || f.Condition.FieldKey == "" {
		return nil
	}
	return &Condition{FieldKey: f.Condition.FieldKey, Operator: Operator(f.Condition.Operator), Values: f.Condition.Values}
}

// FieldEdit is what Edit on a field may change; nil = unchanged.
type FieldEdit struct {
	Kind          *ironcladfield.Kind
	AnswerOptions []string // nil = unchanged
	ShowWhen      *Condition
	ClearShowWhen bool
	Reviewed      *bool
	ReviewNote    *string
}

// UpdateField applies an admin's edit and, when asked, marks it reviewed.
func (s *Service) UpdateField(ctx context.Context, client *ent.Client, id pulid.ID, in FieldEdit) (*ent.IroncladField, error) {
	f, err := client.IroncladField.Query().Where(ironcladfield.ID(id)).WithIroncladWorkflow().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Ironclad field")
	}
	if err != nil {
		return nil, err
	}
	before := fieldSnapshot(f)
	upd := client.IroncladField.UpdateOne(f)
	kind := f.Kind
	if in.Kind != nil {
		if err := ironcladfield.KindValidator(*in.Kind); err != nil {
			return nil, apperr.BadInput("kind", "Choose one of the listed types.")
		}
		kind = *in.Kind
		upd.SetKind(kind)
	}
	options := f.AnswerOptions
	if in.AnswerOptions != nil {
		options = cleanOptions(in.AnswerOptions)
		upd.SetAnswerOptions(options)
	}
	if (kind == ironcladfield.KindDROPDOWN || kind == ironcladfield.KindMULTI_SELECT) && len(options) == 0 {
		return nil, apperr.BadInput("answerOptions", "A dropdown needs at least one choice.")
	}
	if in.ClearShowWhen {
		upd.ClearCondition()
	} else if in.ShowWhen != nil {
		cond, err := validCondition(ctx, client, f, *in.ShowWhen)
		if err != nil {
			return nil, err
		}
		upd.SetCondition(cond)
	}
	if in.ReviewNote != nil {
		upd.SetReviewNote(strings.TrimSpace(*in.ReviewNote))
	}
	if in.Reviewed != nil {
		if *in.Reviewed {
			upd.SetReviewState(ironcladfield.ReviewStateOK).SetReviewedAt(s.now())
		} else if len(f.ReviewReasons) > 0 {
			upd.SetReviewState(ironcladfield.ReviewStateNEEDS_REVIEW).ClearReviewedAt()
		}
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := refreshCounts(ctx, client, f.Edges.IroncladWorkflow); err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "ironclad_field.update", TargetType: "IroncladField", TargetID: string(f.ID),
		Before: before, After: fieldSnapshot(saved)})
	return saved, err
}

func cleanOptions(in []string) []string {
	out := []string{}
	for _, o := range in {
		if o = strings.TrimSpace(o); o != "" && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

func validCondition(ctx context.Context, client *ent.Client, f *ent.IroncladField, c Condition) (*columns.FieldCondition, error) {
	if c.FieldKey == f.Key {
		return nil, apperr.BadInput("showWhen.fieldKey", "A question cannot depend on itself; choose another question.")
	}
	other, err := client.IroncladField.Query().Where(ironcladfield.Key(c.FieldKey), ironcladfield.Removed(false),
		ironcladfield.HasIroncladWorkflowWith(ironcladworkflow.ID(f.Edges.IroncladWorkflow.ID))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.BadInput("showWhen.fieldKey", "Choose a question of the same Ironclad workflow.")
	}
	if err != nil {
		return nil, err
	}
	values := cleanOptions(c.Values)
	switch c.Operator {
	case OpEquals:
		if len(values) != 1 {
			return nil, apperr.BadInput("showWhen.values", "Give exactly one value for “equals”.")
		}
	case OpOneOf:
		if len(values) == 0 {
			return nil, apperr.BadInput("showWhen.values", "Give at least one value for “is one of”.")
		}
	case OpNotEmpty:
		values = []string{}
	default:
		return nil, apperr.BadInput("showWhen.operator", "Choose EQUALS, ONE_OF or NOT_EMPTY.")
	}
	if len(other.AnswerOptions) > 0 {
		for _, v := range values {
			if !slices.Contains(other.AnswerOptions, v) {
				return nil, apperr.BadInput("showWhen.values", "%q is not one of the choices of %q.", v, other.Label)
			}
		}
	}
	return &columns.FieldCondition{FieldKey: c.FieldKey, Operator: string(c.Operator), Values: values}, nil
}

func fieldSnapshot(f *ent.IroncladField) map[string]any {
	return map[string]any{"key": f.Key, "kind": f.Kind, "answerOptions": f.AnswerOptions, "condition": f.Condition,
		"reviewState": f.ReviewState, "reviewNote": f.ReviewNote}
}
