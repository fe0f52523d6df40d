package intake

import (
	"fmt"
	"strconv"
	"strings"

	"tradewind/ent"
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

// storedCondition is FormQuestion.condition: {"questionKey", "operator", "values"}.
func storedCondition(key string, op QuestionConditionOperator, values []string) map[string]any {
	vals := make([]any, len(values))
	for i, v := range values {
		vals[i] = v
	}
	return map[string]any{"questionKey": key, "operator": string(op), "values": vals}
}

// ReadCondition parses a stored condition; ok is false when there is none.
func ReadCondition(m map[string]any) (key string, op QuestionConditionOperator, values []string, ok bool) {
	if len(m) == 0 {
		return "", "", nil, false
	}
	key, _ = m["questionKey"].(string)
	o, _ := m["operator"].(string)
	raw, _ := m["values"].([]any)
	for _, v := range raw {
		if s, isString := v.(string); isString {
			values = append(values, s)
		}
	}
	return key, QuestionConditionOperator(o), values, key != ""
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
