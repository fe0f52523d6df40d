package requestforms

import (
	"fmt"
	"strconv"
	"strings"

	"tradewind/ent"
	"tradewind/ent/schema/columns"
	"tradewind/ent/schema/pulid"
)

// QuestionConditionOperator says how a condition compares the earlier answer.
type QuestionConditionOperator string

const (
	OpEquals   QuestionConditionOperator = "EQUALS"
	OpOneOf    QuestionConditionOperator = "ONE_OF"
	OpNotEmpty QuestionConditionOperator = "NOT_EMPTY"
)

// QuestionConditionInput names the earlier question by id or key.
type QuestionConditionInput struct {
	QuestionID  *pulid.ID
	QuestionKey *string
	Operator    QuestionConditionOperator
	Values      []string
}

// QuestionCondition is a stored condition, typed; Question is nil when the
// earlier question was deleted.
type QuestionCondition struct {
	Question    *ent.FormQuestion
	QuestionKey string
	Operator    QuestionConditionOperator
	Values      []string
	Text        string
}

// ReadCondition reads a stored condition; ok is false when there is none.
func ReadCondition(c *columns.QuestionCondition) (key string, op QuestionConditionOperator, values []string, ok bool) {
	if c == nil || c.QuestionKey == "" {
		return "", "", nil, false
	}
	return c.QuestionKey, QuestionConditionOperator(c.Operator), c.Values, true
}

// Conditional reports whether a question is shown only when its condition holds.
func Conditional(q *ent.FormQuestion) bool {
	_, _, _, ok := ReadCondition(q.Condition)
	return ok
}

// ConditionText says a condition for people: Shown when “Label” is Yes.
func ConditionText(label string, op QuestionConditionOperator, values []string) string {
	switch op {
	case OpNotEmpty:
		return fmt.Sprintf("Shown when “%s” is answered", label)
	case OpOneOf:
		return fmt.Sprintf("Shown when “%s” is one of %s", label, strings.Join(values, ", "))
	default:
		v := ""
		if len(values) > 0 {
			v = values[0]
		}
		return fmt.Sprintf("Shown when “%s” is %s", label, v)
	}
}

// Holds evaluates a condition against the earlier question's answer value
// (nil when unanswered), in the answer format of docs/forms-and-mapping.md.
func Holds(op QuestionConditionOperator, values []string, answer any) bool {
	got := answerTexts(answer)
	if op == OpNotEmpty {
		return len(got) > 0
	}
	for _, g := range got {
		for _, v := range values {
			if strings.EqualFold(strings.TrimSpace(g), strings.TrimSpace(v)) {
				return true
			}
		}
	}
	return false
}

// answerTexts turns an answer into the texts a condition compares: a yes/no
// is "Yes"/"No", a multi select each option, a number its decimal form.
func answerTexts(v any) []string {
	switch x := v.(type) {
	case nil:
		return nil
	case bool:
		if x {
			return []string{Yes}
		}
		return []string{No}
	case string:
		if strings.TrimSpace(x) == "" {
			return nil
		}
		return []string{x}
	case float64:
		return []string{strconv.FormatFloat(x, 'f', -1, 64)}
	case []any:
		var out []string
		for _, item := range x {
			out = append(out, answerTexts(item)...)
		}
		return out
	case map[string]any:
		if len(x) == 0 {
			return nil
		}
		return []string{fmt.Sprint(x)}
	}
	return []string{fmt.Sprint(v)}
}
