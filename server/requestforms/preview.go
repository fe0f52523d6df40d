package requestforms

import (
	"context"
	"encoding/json"
	"strings"

	"tradewind/ent"
	"tradewind/ent/formpage"
	"tradewind/ent/formquestion"
	"tradewind/ent/requestform"
	"tradewind/ent/schema/pulid"
)

// FormPreview is the requester's view of a form.
type FormPreview struct {
	Form         *ent.RequestForm
	Version      int
	Pages        []*FormPreviewPage
	AnswerErrors []*AnswerError
}

// FormPreviewPage is one page of the preview.
type FormPreviewPage struct {
	Page      *ent.FormPage
	Questions []*FormPreviewQuestion
}

// FormPreviewQuestion is one question as the requester sees it.
type FormPreviewQuestion struct {
	Question      *ent.FormQuestion
	Visible       bool
	ConditionText *string
	InputHint     string
}

var inputHints = map[formquestion.Type]string{
	formquestion.TypeSHORT_TEXT:    "A line of text",
	formquestion.TypeLONG_TEXT:     "A few paragraphs of text",
	formquestion.TypeNUMBER:        "A number",
	formquestion.TypeMONEY:         "An amount and a currency (ISO 4217, e.g. USD)",
	formquestion.TypeDATE:          "A date",
	formquestion.TypeYES_NO:        "Yes or No",
	formquestion.TypeSINGLE_SELECT: "One of the options",
	formquestion.TypeMULTI_SELECT:  "One or more of the options",
	formquestion.TypeEMAIL:         "An email address",
	formquestion.TypePERSON:        "A person in Tradewind",
	formquestion.TypeADDRESS:       "Street lines, city and country (US: state and ZIP code too)",
	formquestion.TypeDURATION:      "Years, months, weeks and days",
	formquestion.TypeFILE:          "One or more files",
}

// Preview lays the form out for a requester. With answers (question key →
// value), conditions are evaluated and the answers checked.
func Preview(ctx context.Context, client *ent.Client, formID pulid.ID, answers map[string]any) (*FormPreview, error) {
	layout, err := LoadLayout(ctx, client, formID)
	if err != nil {
		return nil, err
	}
	answers = Normalize(answers)
	visible := Visibility(layout, answers)
	out := &FormPreview{Form: layout.Form, Version: layout.Form.Version}
	for _, p := range layout.Pages {
		page := &FormPreviewPage{Page: p}
		for _, q := range p.Edges.Questions {
			pq := &FormPreviewQuestion{Question: q, Visible: visible[q.Key], InputHint: inputHints[q.Type]}
			if key, op, values, ok := ReadCondition(q.Condition); ok {
				label := key
				if ref := layout.QuestionByKey(key); ref != nil {
					label = ref.Label
				}
				text := ConditionText(label, op, values)
				pq.ConditionText = &text
			}
			page.Questions = append(page.Questions, pq)
			if answers != nil && pq.Visible {
				out.AnswerErrors = append(out.AnswerErrors, checkAnswer(q, answers)...)
			}
		}
		out.Pages = append(out.Pages, page)
	}
	return out, nil
}

// Visibility says which questions a requester sees given the answers: a
// question with a condition is shown when the earlier question is shown and
// its answer matches.
func Visibility(layout *Layout, answers map[string]any) map[string]bool {
	visible := map[string]bool{}
	for _, q := range layout.Questions() {
		key, op, values, ok := ReadCondition(q.Condition)
		visible[q.Key] = !ok || (visible[key] && Holds(op, values, answers[key]))
	}
	return visible
}

func checkAnswer(q *ent.FormQuestion, answers map[string]any) []*AnswerError {
	path := "answers." + q.Key
	v, given := answers[q.Key]
	if !given || v == nil || v == "" {
		if q.Required {
			return []*AnswerError{{QuestionKey: q.Key, Path: path, Message: "“" + q.Label + "” is required."}}
		}
		return nil
	}
	if at, msg := ValidateAnswer(q.Type, q.Options, v, path); msg != "" {
		return []*AnswerError{{QuestionKey: q.Key, Path: at, Message: msg}}
	}
	return nil
}

// Normalize turns GraphQL-decoded values (json.Number, int64, typed slices)
// into plain JSON values (float64, []any, map[string]any).
func Normalize(answers map[string]any) map[string]any {
	if answers == nil {
		return nil
	}
	b, err := json.Marshal(answers)
	if err != nil {
		return answers
	}
	out := map[string]any{}
	if json.Unmarshal(b, &out) != nil {
		return answers
	}
	return out
}

// FormConditions returns the typed conditions of every conditional question
// in the form of the question questionID, each naming the question it
// depends on (by key, in the same form): one statement for the whole form.
func FormConditions(ctx context.Context, client *ent.Client, questionID pulid.ID) (map[pulid.ID]*QuestionCondition, error) {
	qs, err := client.FormQuestion.Query().Where(formquestion.HasPageWith(formpage.HasFormWith(
		requestform.HasPagesWith(formpage.HasQuestionsWith(formquestion.ID(questionID)))))).
		Order(ent.Asc(formquestion.FieldPosition), ent.Asc(formquestion.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	byKey := map[string]*ent.FormQuestion{}
	for _, q := range qs {
		if byKey[q.Key] == nil {
			byKey[q.Key] = q
		}
	}
	out := map[pulid.ID]*QuestionCondition{}
	for _, q := range qs {
		key, op, values, ok := ReadCondition(q.Condition)
		if !ok {
			continue
		}
		if values == nil {
			values = []string{}
		}
		c := &QuestionCondition{QuestionKey: key, Operator: op, Values: values, Question: byKey[key]}
		label := key
		if c.Question != nil {
			label = c.Question.Label
		}
		c.Text = ConditionText(strings.TrimSpace(label), op, values)
		out[q.ID] = c
	}
	return out, nil
}
