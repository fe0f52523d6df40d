package mapping

import (
	"fmt"
	"strconv"

	"tradewind/ent/formquestion"
	"tradewind/server/requestforms"
)

// Pair is what a transform needs to know about one question ↔ field pair.
type Pair struct {
	QuestionType formquestion.Type
	Kind         MappingFieldKind
	// Options pairs each question option (yes/no: Yes, No) with the
	// Ironclad value it becomes; absent options stay as they are.
	Options map[string]string
}

// Transform turns one answer (docs/forms-and-mapping.md's answer format)
// into the Ironclad attribute value (API.md §5.3). A nil answer gives nil:
// the attribute is left out of the launch.
func Transform(p Pair, answer any) (any, error) {
	if answer == nil {
		return nil, nil
	}
	if Rule(p.QuestionType, p.Kind).Result == Incompatible {
		return nil, fmt.Errorf("a %s answer cannot fill an Ironclad %s field", questionTypeName(p.QuestionType), kindName(p.Kind))
	}
	v, err := transformers[p.QuestionType](p, answer)
	if err != nil {
		return nil, fmt.Errorf("%s answer: %w", questionTypeName(p.QuestionType), err)
	}
	return v, nil
}

type transformer func(p Pair, answer any) (any, error)

var transformers = map[formquestion.Type]transformer{
	formquestion.TypeSHORT_TEXT:    textAnswer,
	formquestion.TypeLONG_TEXT:     textAnswer,
	formquestion.TypeEMAIL:         textAnswer,
	formquestion.TypeDATE:          textAnswer,
	formquestion.TypeNUMBER:        numberAnswer,
	formquestion.TypeMONEY:         moneyAnswer,
	formquestion.TypeYES_NO:        yesNoAnswer,
	formquestion.TypeSINGLE_SELECT: choiceAnswer,
	formquestion.TypeMULTI_SELECT:  choiceAnswer,
	formquestion.TypePERSON:        personAnswer,
	formquestion.TypeADDRESS:       addressAnswer,
	formquestion.TypeDURATION:      durationAnswer,
	formquestion.TypeFILE:          filesAnswer,
}

// asList wraps a single value for list kinds.
func asList(k MappingFieldKind, v any) any {
	if k == KindTextList || k == KindMultiSelect {
		return []any{v}
	}
	return v
}

func textAnswer(p Pair, answer any) (any, error) {
	s, ok := answer.(string)
	if !ok {
		return nil, fmt.Errorf("expected text, got %T", answer)
	}
	return asList(p.Kind, s), nil
}

func numberAnswer(p Pair, answer any) (any, error) {
	f, ok := answer.(float64)
	if !ok {
		return nil, fmt.Errorf("expected a number, got %T", answer)
	}
	if p.Kind == KindText {
		return strconv.FormatFloat(f, 'f', -1, 64), nil
	}
	return f, nil
}

func moneyAnswer(_ Pair, answer any) (any, error) {
	if at, msg := requestforms.ValidateAnswer(formquestion.TypeMONEY, nil, answer, "value"); msg != "" {
		return nil, fmt.Errorf("%s: %s", at, msg)
	}
	m := answer.(map[string]any)
	return map[string]any{"currency": m["currency"], "amount": m["amount"]}, nil
}

func yesNoAnswer(p Pair, answer any) (any, error) {
	b, ok := answer.(bool)
	if !ok {
		return nil, fmt.Errorf("expected true or false, got %T", answer)
	}
	if p.Kind == KindBoolean {
		return b, nil
	}
	label := requestforms.No
	if b {
		label = requestforms.Yes
	}
	return pick(p.Options, label), nil
}

// choiceAnswer maps select options to Ironclad's values.
func choiceAnswer(p Pair, answer any) (any, error) {
	switch v := answer.(type) {
	case string:
		return asList(p.Kind, pick(p.Options, v)), nil
	case []any:
		out := make([]any, 0, len(v))
		for _, item := range v {
			s, ok := item.(string)
			if !ok {
				return nil, fmt.Errorf("expected options as text, got %T", item)
			}
			out = append(out, pick(p.Options, s))
		}
		return out, nil
	}
	return nil, fmt.Errorf("expected an option, got %T", answer)
}

func pick(options map[string]string, label string) string {
	if v, ok := options[label]; ok {
		return v
	}
	return label
}

func personAnswer(p Pair, answer any) (any, error) {
	m, ok := answer.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("expected a person, got %T", answer)
	}
	key := "email"
	if p.Kind == KindText {
		key = "name"
	}
	s, _ := m[key].(string)
	if s == "" {
		return nil, fmt.Errorf("the person has no %s", key)
	}
	return s, nil
}

func addressAnswer(_ Pair, answer any) (any, error) {
	if at, msg := requestforms.CheckAddress(answer, "value"); msg != "" {
		return nil, fmt.Errorf("%s: %s", at, msg)
	}
	m := answer.(map[string]any)
	out := map[string]any{}
	for _, k := range []string{"lines", "locality", "region", "postcode", "country"} {
		if v, ok := m[k]; ok && v != "" {
			out[k] = v
		}
	}
	return out, nil
}

func durationAnswer(_ Pair, answer any) (any, error) {
	if at, msg := requestforms.ValidateAnswer(formquestion.TypeDURATION, nil, answer, "value"); msg != "" {
		return nil, fmt.Errorf("%s: %s", at, msg)
	}
	m := answer.(map[string]any)
	out := map[string]any{}
	for _, unit := range requestforms.DurationUnits {
		n, _ := m[unit].(float64)
		out[unit] = int(n)
	}
	return out, nil
}

func filesAnswer(_ Pair, answer any) (any, error) {
	if at, msg := requestforms.ValidateAnswer(formquestion.TypeFILE, nil, answer, "value"); msg != "" {
		return nil, fmt.Errorf("%s: %s", at, msg)
	}
	items := answer.([]any)
	out := make([]any, len(items))
	for i, item := range items {
		out[i] = map[string]any{"url": item.(map[string]any)["url"]}
	}
	return out, nil
}
