package mapping

import (
	"context"
	"strings"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/ironcladfield"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/requestforms"
)

// AddQuestionFromField adds an Ironclad field missing from the form as a
// question on any page: its label, type, options, required state and
// condition. The returned pair maps it at once.
func (s *Service) AddQuestionFromField(ctx context.Context, client *ent.Client, in AddQuestionFromFieldInput) (*AddQuestionFromFieldPayload, error) {
	f, err := client.IroncladField.Query().Where(ironcladfield.Key(in.FieldKey),
		ironcladfield.HasIroncladWorkflowWith(ironcladworkflow.ID(in.IroncladWorkflowID))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.BadInput("fieldKey", "The Ironclad workflow has no field %q.", in.FieldKey)
	}
	if err != nil {
		return nil, err
	}
	kind := KindOf(f)
	qtype, ok := questionTypeFor[kind]
	if !ok {
		return nil, apperr.BadInput("fieldKey", "“%s” is a %s field, which a request form cannot ask; skip it or set a fixed value.", f.Label, kindName(kind))
	}
	label := strings.TrimSpace(f.Label)
	if label == "" {
		label = strings.Join(words(f.Key), " ")
	}
	required := f.Required == ironcladfield.RequiredALWAYS
	q := requestforms.FormQuestionInput{Label: label, Type: qtype, Required: &required, SourceFieldKey: f.Key}
	if requestforms.HasOptions(qtype) {
		q.Options = f.Options
	}
	if f.Description != "" {
		q.HelpText = &f.Description
	}
	var warnings []string
	if cond, warning := s.carryCondition(ctx, client, f, in); cond != nil {
		q.Condition = cond
		added, err := s.forms.AddQuestion(ctx, client, in.PageID, q, in.Position)
		if err == nil {
			return &AddQuestionFromFieldPayload{Question: added, Pair: questionPair(f, added), Warnings: []string{}}, nil
		}
		if !apperr.HasCode(err, apperr.CodeBadUserInput) {
			return nil, err
		}
		e, _ := apperr.As(err)
		if !strings.HasPrefix(e.Field, "condition") {
			return nil, err
		}
		q.Condition = nil
		warnings = append(warnings, "The condition was not copied: "+e.Message)
	} else if warning != "" {
		warnings = append(warnings, warning)
	}
	added, err := s.forms.AddQuestion(ctx, client, in.PageID, q, in.Position)
	if err != nil {
		return nil, err
	}
	if warnings == nil {
		warnings = []string{}
	}
	return &AddQuestionFromFieldPayload{Question: added, Pair: questionPair(f, added), Warnings: warnings}, nil
}

// carryCondition turns the field's condition ({fieldKey, operator, values},
// set when the admin reviewed it) into a condition on the question that
// fills that other field, in the draft or the current mapping.
func (s *Service) carryCondition(ctx context.Context, client *ent.Client, f *ent.IroncladField, in AddQuestionFromFieldInput) (*requestforms.QuestionConditionInput, string) {
	if f.Condition == nil || f.Condition.FieldKey == "" {
		return nil, ""
	}
	other, op := f.Condition.FieldKey, f.Condition.Operator
	var values []string
	for _, v := range f.Condition.Values {
		values = append(values, conditionValue(v))
	}
	qid := questionFor(other, in.Draft)
	if qid == nil {
		qid = s.savedQuestionFor(ctx, client, in, other)
	}
	if qid == nil {
		return nil, "The condition was not copied: map a question to Ironclad's “" + other + "” first, then set the condition on the new question."
	}
	return &requestforms.QuestionConditionInput{QuestionID: qid, Operator: requestforms.QuestionConditionOperator(op), Values: values}, ""
}

// conditionValue writes a condition value as a form answer text (a yes/no
// field's condition compares with "true"/"false").
func conditionValue(v string) string {
	switch strings.ToLower(v) {
	case "true":
		return requestforms.Yes
	case "false":
		return requestforms.No
	}
	return v
}

func questionFor(fieldKey string, draft []*FieldMappingInput) *pulid.ID {
	for _, d := range draft {
		if d.FieldKey == fieldKey && d.Source == fieldmapping.SourceQUESTION && d.QuestionID != nil {
			return d.QuestionID
		}
	}
	return nil
}

func (s *Service) savedQuestionFor(ctx context.Context, client *ent.Client, in AddQuestionFromFieldInput, fieldKey string) *pulid.ID {
	page, err := client.FormPage.Get(ctx, in.PageID)
	if err != nil {
		return nil
	}
	formID, err := page.QueryForm().OnlyID(ctx)
	if err != nil {
		return nil
	}
	m, err := currentMapping(ctx, client, in.IroncladWorkflowID, formID)
	if err != nil || m == nil {
		return nil
	}
	draft, err := savedDraft(ctx, m)
	if err != nil {
		return nil
	}
	return questionFor(fieldKey, draftInputs(draft))
}
