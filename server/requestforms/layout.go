package requestforms

import (
	"context"
	"slices"

	"tradewind/ent"
	"tradewind/ent/formpage"
	"tradewind/ent/formquestion"
	"tradewind/ent/requestform"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
)

// Layout is a form with its pages and questions in order.
type Layout struct {
	Form  *ent.RequestForm
	Pages []*ent.FormPage // each with Edges.Questions sorted by position
}

// LoadLayout reads a form with its pages and questions, in order.
func LoadLayout(ctx context.Context, client *ent.Client, formID pulid.ID) (*Layout, error) {
	form, err := client.RequestForm.Query().Where(requestform.ID(formID)).
		WithPages(func(q *ent.FormPageQuery) {
			q.Order(ent.Asc(formpage.FieldPosition), ent.Asc(formpage.FieldID)).
				WithQuestions(func(q *ent.FormQuestionQuery) {
					q.Order(ent.Asc(formquestion.FieldPosition), ent.Asc(formquestion.FieldID))
				})
		}).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Request form")
	}
	if err != nil {
		return nil, err
	}
	return &Layout{Form: form, Pages: form.Edges.Pages}, nil
}

// Questions lists every question in form order (page by page).
func (l *Layout) Questions() []*ent.FormQuestion {
	var out []*ent.FormQuestion
	for _, p := range l.Pages {
		out = append(out, p.Edges.Questions...)
	}
	return out
}

// Question finds a question of the form by id.
func (l *Layout) Question(id pulid.ID) *ent.FormQuestion {
	for _, q := range l.Questions() {
		if q.ID == id {
			return q
		}
	}
	return nil
}

// QuestionByKey finds a question of the form by key.
func (l *Layout) QuestionByKey(key string) *ent.FormQuestion {
	for _, q := range l.Questions() {
		if q.Key == key {
			return q
		}
	}
	return nil
}

// Page finds a page of the form by id.
func (l *Layout) Page(id pulid.ID) *ent.FormPage {
	for _, p := range l.Pages {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// index is a question's place in form order, -1 when absent.
func (l *Layout) index(key string) int {
	return slices.IndexFunc(l.Questions(), func(q *ent.FormQuestion) bool { return q.Key == key })
}

// keys are the question keys in use.
func (l *Layout) keys() map[string]bool {
	taken := map[string]bool{}
	for _, q := range l.Questions() {
		taken[q.Key] = true
	}
	return taken
}

// checkOrder verifies that every condition names an earlier question; it
// returns the first question that breaks the rule and the one it names.
func (l *Layout) checkOrder() (broken, named *ent.FormQuestion) {
	qs := l.Questions()
	for i, q := range qs {
		key, _, _, ok := ReadCondition(q.Condition)
		if !ok {
			continue
		}
		j := l.index(key)
		if j >= i {
			return q, qs[j]
		}
	}
	return nil, nil
}

// insertAt puts item at position (clamped; nil = last) and returns the new order.
func insertAt[T any](items []T, item T, position *int) []T {
	at := len(items)
	if position != nil && *position >= 0 && *position < len(items) {
		at = *position
	}
	return slices.Insert(slices.Clone(items), at, item)
}
