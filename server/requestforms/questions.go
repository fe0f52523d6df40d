package requestforms

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"tradewind/ent"
	"tradewind/ent/formquestion"
	"tradewind/ent/schema/columns"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/audit"
)

// FormQuestionInput is a new question.
type FormQuestionInput struct {
	Key       *string
	Label     string
	HelpText  *string
	Type      formquestion.Type
	Required  *bool
	Options   []string
	Condition *QuestionConditionInput
	// SourceFieldKey records the Ironclad field a question was added from by
	// Map Request Forms (admins cannot set it).
	SourceFieldKey string
}

// UpdateFormQuestionInput changes a question; nil means unchanged.
type UpdateFormQuestionInput struct {
	Label          *string
	HelpText       *string
	Type           *formquestion.Type
	Required       *bool
	Options        []string
	Condition      *QuestionConditionInput
	ClearCondition *bool
}

const maxLabelLength = 500

// AddQuestion adds a question to a page at position (nil = last).
func (s *Service) AddQuestion(ctx context.Context, client *ent.Client, pageID pulid.ID, in FormQuestionInput, position *int) (*ent.FormQuestion, error) {
	layout, page, err := pageLayout(ctx, client, pageID)
	if err != nil {
		return nil, err
	}
	at := len(page.Edges.Questions)
	if position != nil && *position >= 0 && *position < at {
		at = *position
	}
	q, err := s.createQuestion(ctx, client, layout, page, &in, "", at)
	if err != nil {
		return nil, err
	}
	if err := writePositions(ctx, client, insertAt(page.Edges.Questions, q, &at)); err != nil {
		return nil, err
	}
	if err := bump(ctx, client, layout.Form.ID); err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "form_question.create", TargetType: "FormQuestion",
		TargetID: string(q.ID), After: questionSnapshot(q)})
	return q, err
}

// createQuestion validates and inserts a question that will sit at index at
// of page (the caller fixes sibling positions). path prefixes the names of
// the input's fields in errors: "" or "pages[0].questions[2]."
func (s *Service) createQuestion(ctx context.Context, client *ent.Client, layout *Layout, page *ent.FormPage, in *FormQuestionInput, path string, at int) (*ent.FormQuestion, error) {
	preceding := precedingQuestions(layout, page.ID, at)
	label, err := cleanLabel(path+"label", in.Label)
	if err != nil {
		return nil, err
	}
	if err := formquestion.TypeValidator(in.Type); err != nil {
		return nil, apperr.BadInput(path+"type", "Unknown question type %q.", in.Type)
	}
	options, err := cleanOptions(path+"options", in.Type, in.Options)
	if err != nil {
		return nil, err
	}
	key, err := questionKey(path+"key", in.Key, label, layout.keys())
	if err != nil {
		return nil, err
	}
	create := client.FormQuestion.Create().SetPage(page).SetKey(key).SetLabel(label).SetType(in.Type).
		SetPosition(at).SetOptions(options).SetSourceFieldKey(in.SourceFieldKey)
	if in.HelpText != nil {
		create.SetHelpText(strings.TrimSpace(*in.HelpText))
	}
	if in.Required != nil {
		create.SetRequired(*in.Required)
	}
	if in.Condition != nil {
		cond, err := resolveCondition(path+"condition", in.Condition, preceding, layout)
		if err != nil {
			return nil, err
		}
		create.SetCondition(cond)
	}
	return create.Save(ctx)
}

// UpdateQuestion changes a question. Answers already given keep their own
// copy of the question, so nothing submitted changes.
func (s *Service) UpdateQuestion(ctx context.Context, client *ent.Client, id pulid.ID, in UpdateFormQuestionInput) (*ent.FormQuestion, error) {
	layout, q, err := questionLayout(ctx, client, id)
	if err != nil {
		return nil, err
	}
	before := questionSnapshot(q)
	upd := q.Update()
	if in.Label != nil {
		label, err := cleanLabel("label", *in.Label)
		if err != nil {
			return nil, err
		}
		upd.SetLabel(label)
	}
	if in.HelpText != nil {
		upd.SetHelpText(strings.TrimSpace(*in.HelpText))
	}
	if in.Required != nil {
		upd.SetRequired(*in.Required)
	}
	typ, options := q.Type, q.Options
	if in.Type != nil {
		if err := formquestion.TypeValidator(*in.Type); err != nil {
			return nil, apperr.BadInput("type", "Unknown question type %q.", *in.Type)
		}
		typ = *in.Type
		if !HasOptions(typ) {
			options = nil
		}
	}
	if in.Options != nil {
		options = in.Options
	}
	if options, err = cleanOptions("options", typ, options); err != nil {
		return nil, err
	}
	if err := checkDependants(layout, q, typ, options); err != nil {
		return nil, err
	}
	if typ != q.Type {
		if fm, err := currentMappingOf(ctx, client, q.ID); err != nil {
			return nil, err
		} else if fm != nil {
			return nil, apperr.BadInput("type", "“%s” is mapped to the Ironclad field %s; unmap it before changing its type.", q.Label, fm.FieldKey)
		}
	}
	upd.SetType(typ).SetOptions(options)
	switch {
	case in.ClearCondition != nil && *in.ClearCondition:
		upd.ClearCondition()
	case in.Condition != nil:
		preceding := layout.Questions()[:layout.index(q.Key)]
		cond, err := resolveCondition("condition", in.Condition, preceding, layout)
		if err != nil {
			return nil, err
		}
		upd.SetCondition(cond)
	}
	if q, err = upd.Save(ctx); err != nil {
		return nil, err
	}
	if err := bump(ctx, client, layout.Form.ID); err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "form_question.update", TargetType: "FormQuestion",
		TargetID: string(q.ID), Before: before, After: questionSnapshot(q)})
	return q, err
}

// MoveQuestion moves a question to position on a page of the same form.
func (s *Service) MoveQuestion(ctx context.Context, client *ent.Client, id, pageID pulid.ID, position int) (*ent.FormQuestion, error) {
	layout, q, err := questionLayout(ctx, client, id)
	if err != nil {
		return nil, err
	}
	target := layout.Page(pageID)
	if target == nil {
		return nil, apperr.BadInput("pageID", "Choose a page of the same form.")
	}
	from := pageOf(layout, q.ID)
	from.Edges.Questions = slices.DeleteFunc(slices.Clone(from.Edges.Questions), func(x *ent.FormQuestion) bool { return x.ID == q.ID })
	target.Edges.Questions = insertAt(target.Edges.Questions, q, &position)
	if broken, named := layout.checkOrder(); broken != nil {
		return nil, apperr.BadInput("position", "“%s” is shown only depending on “%s”, so it must come after it.", broken.Label, named.Label)
	}
	if err := client.FormQuestion.UpdateOneID(q.ID).SetPageID(target.ID).Exec(ctx); err != nil {
		return nil, err
	}
	if err := writePositions(ctx, client, from.Edges.Questions); err != nil {
		return nil, err
	}
	if err := writePositions(ctx, client, target.Edges.Questions); err != nil {
		return nil, err
	}
	if err := bump(ctx, client, layout.Form.ID); err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "form_question.move", TargetType: "FormQuestion", TargetID: string(q.ID),
		Before: map[string]any{"page": from.ID, "position": q.Position}, After: map[string]any{"page": target.ID, "position": slices.Index(target.Edges.Questions, q)}})
	if err != nil {
		return nil, err
	}
	return client.FormQuestion.Get(ctx, q.ID)
}

// DeleteQuestion removes a question no current mapping and no later
// condition uses. Submitted answers keep their copy of it.
func (s *Service) DeleteQuestion(ctx context.Context, client *ent.Client, id pulid.ID) error {
	layout, q, err := questionLayout(ctx, client, id)
	if err != nil {
		return err
	}
	if fm, err := currentMappingOf(ctx, client, q.ID); err != nil {
		return err
	} else if fm != nil {
		return apperr.Conflict("“%s” is mapped to the Ironclad field %s; unmap it first.", q.Label, fm.FieldKey)
	}
	for _, other := range layout.Questions() {
		if key, _, _, ok := ReadCondition(other.Condition); ok && key == q.Key {
			return apperr.Conflict("“%s” is shown depending on “%s”; change that condition first.", other.Label, q.Label)
		}
	}
	if err := client.FormQuestion.DeleteOneID(q.ID).Exec(ctx); err != nil {
		return err
	}
	page := pageOf(layout, q.ID)
	rest := slices.DeleteFunc(slices.Clone(page.Edges.Questions), func(x *ent.FormQuestion) bool { return x.ID == q.ID })
	if err := writePositions(ctx, client, rest); err != nil {
		return err
	}
	if err := bump(ctx, client, layout.Form.ID); err != nil {
		return err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "form_question.delete", TargetType: "FormQuestion",
		TargetID: string(q.ID), Before: questionSnapshot(q)})
	return err
}

func cleanLabel(field, label string) (string, error) {
	label = strings.TrimSpace(label)
	if label == "" {
		return "", apperr.BadInput(field, "Write the question.")
	}
	if len(label) > maxLabelLength {
		return "", apperr.BadInput(field, "Keep the question under %d characters.", maxLabelLength)
	}
	return label, nil
}

func cleanOptions(field string, t formquestion.Type, options []string) ([]string, error) {
	if !HasOptions(t) {
		if len(options) > 0 {
			return nil, apperr.BadInput(field, "Only single and multi select questions have options.")
		}
		return nil, nil
	}
	if len(options) == 0 {
		return nil, apperr.BadInput(field, "Add at least one option.")
	}
	out := make([]string, 0, len(options))
	for i, o := range options {
		o = strings.TrimSpace(o)
		if o == "" {
			return nil, apperr.BadInput(fmt.Sprintf("%s[%d]", field, i), "Options cannot be blank.")
		}
		if slices.ContainsFunc(out, func(x string) bool { return strings.EqualFold(x, o) }) {
			return nil, apperr.BadInput(fmt.Sprintf("%s[%d]", field, i), "“%s” is listed twice.", o)
		}
		out = append(out, o)
	}
	return out, nil
}

func questionKey(field string, given *string, label string, taken map[string]bool) (string, error) {
	if given == nil || *given == "" {
		return uniqueKey(KeyFromLabel(label), taken), nil
	}
	if !keyPattern.MatchString(*given) {
		return "", apperr.BadInput(field, "Use lower-case letters, digits and _ (starting with a letter), at most 64.")
	}
	if taken[*given] {
		return "", apperr.BadInput(field, "Another question of this form has the key %q.", *given)
	}
	return *given, nil
}

// resolveCondition checks a condition against the questions before this one.
func resolveCondition(path string, in *QuestionConditionInput, preceding []*ent.FormQuestion, layout *Layout) (*columns.QuestionCondition, error) {
	var ref *ent.FormQuestion
	refPath := path + ".questionID"
	switch {
	case in.QuestionID != nil:
		ref = layout.Question(*in.QuestionID)
	case in.QuestionKey != nil:
		refPath = path + ".questionKey"
		ref = layout.QuestionByKey(*in.QuestionKey)
	default:
		return nil, apperr.BadInput(refPath, "Choose the question this one depends on.")
	}
	if ref == nil {
		return nil, apperr.BadInput(refPath, "That question is not on this form.")
	}
	if !slices.Contains(preceding, ref) {
		return nil, apperr.BadInput(refPath, "A question can depend only on an earlier question; “%s” comes later.", ref.Label)
	}
	values := in.Values
	switch in.Operator {
	case OpNotEmpty:
		values = nil
	case OpEquals:
		if len(values) != 1 {
			return nil, apperr.BadInput(path+".values", "Give exactly one value to compare with.")
		}
	case OpOneOf:
		if len(values) == 0 {
			return nil, apperr.BadInput(path+".values", "Give at least one value.")
		}
	default:
		return nil, apperr.BadInput(path+".operator", "Use EQUALS, ONE_OF or NOT_EMPTY.")
	}
	if choices := ChoiceLabels(ref.Type, ref.Options); choices != nil {
		for i, v := range values {
			if !slices.Contains(choices, v) {
				return nil, apperr.BadInput(fmt.Sprintf("%s.values[%d]", path, i), "“%s” is not an answer of “%s” (%s).", v, ref.Label, strings.Join(choices, ", "))
			}
		}
	}
	return &columns.QuestionCondition{QuestionKey: ref.Key, Operator: string(in.Operator), Values: values}, nil
}

// checkDependants refuses option or type changes that would leave a later
// question's condition comparing with an answer that no longer exists.
func checkDependants(layout *Layout, q *ent.FormQuestion, t formquestion.Type, options []string) error {
	choices := ChoiceLabels(t, options)
	for _, other := range layout.Questions() {
		key, op, values, ok := ReadCondition(other.Condition)
		if !ok || key != q.Key || op == OpNotEmpty || choices == nil {
			continue
		}
		for _, v := range values {
			if !slices.Contains(choices, v) {
				return apperr.BadInput("options", "“%s” is shown when “%s” is %s; keep that answer or change its condition first.", other.Label, q.Label, v)
			}
		}
	}
	return nil
}

// precedingQuestions are the questions before index at of page.
func precedingQuestions(layout *Layout, pageID pulid.ID, at int) []*ent.FormQuestion {
	var out []*ent.FormQuestion
	for _, p := range layout.Pages {
		if p.ID == pageID {
			return append(out, p.Edges.Questions[:min(at, len(p.Edges.Questions))]...)
		}
		out = append(out, p.Edges.Questions...)
	}
	return out
}

func pageOf(layout *Layout, questionID pulid.ID) *ent.FormPage {
	for _, p := range layout.Pages {
		if slices.ContainsFunc(p.Edges.Questions, func(q *ent.FormQuestion) bool { return q.ID == questionID }) {
			return p
		}
	}
	return nil
}

func questionLayout(ctx context.Context, client *ent.Client, id pulid.ID) (*Layout, *ent.FormQuestion, error) {
	formID, err := client.FormQuestion.Query().Where(formquestion.ID(id)).QueryPage().QueryForm().OnlyID(ctx)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFound("Question")
	}
	if err != nil {
		return nil, nil, err
	}
	layout, err := LoadLayout(ctx, client, formID)
	if err != nil {
		return nil, nil, err
	}
	return layout, layout.Question(id), nil
}

func pageLayout(ctx context.Context, client *ent.Client, id pulid.ID) (*Layout, *ent.FormPage, error) {
	formID, err := client.FormPage.Query().Where(formpageID(id)).QueryForm().OnlyID(ctx)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFound("Page")
	}
	if err != nil {
		return nil, nil, err
	}
	layout, err := LoadLayout(ctx, client, formID)
	if err != nil {
		return nil, nil, err
	}
	return layout, layout.Page(id), nil
}

// writePositions renumbers questions 0..n-1 where they differ.
func writePositions(ctx context.Context, client *ent.Client, qs []*ent.FormQuestion) error {
	for i, q := range qs {
		if q.Position != i {
			if err := client.FormQuestion.UpdateOneID(q.ID).SetPosition(i).Exec(ctx); err != nil {
				return err
			}
			q.Position = i
		}
	}
	return nil
}
