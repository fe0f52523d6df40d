// Package requestforms is Tradewind's request forms: pages, questions, conditions,
// the requester's preview, answer checks, and the demo's forms. Forms are
// versioned (every change bumps RequestForm.version) and answers copy what
// was asked, so editing a form never changes a submitted request.
package requestforms

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"tradewind/ent/formquestion"
)

// QuestionTypes lists every question type, in the order the form builder offers them.
var QuestionTypes = []formquestion.Type{
	formquestion.TypeSHORT_TEXT, formquestion.TypeLONG_TEXT, formquestion.TypeNUMBER,
	formquestion.TypeMONEY, formquestion.TypeDATE, formquestion.TypeYES_NO,
	formquestion.TypeSINGLE_SELECT, formquestion.TypeMULTI_SELECT, formquestion.TypeEMAIL,
	formquestion.TypePERSON, formquestion.TypeADDRESS, formquestion.TypeDURATION, formquestion.TypeFILE,
}

// HasOptions reports whether a question type offers a list of options.
func HasOptions(t formquestion.Type) bool {
	return t == formquestion.TypeSINGLE_SELECT || t == formquestion.TypeMULTI_SELECT
}

// Yes and No are a yes/no answer as text (conditions and option pairing).
const (
	Yes = "Yes"
	No  = "No"
)

// ChoiceLabels are the answers a requester picks from: the options, or
// Yes/No for a yes/no question.
func ChoiceLabels(t formquestion.Type, options []string) []string {
	if t == formquestion.TypeYES_NO {
		return []string{Yes, No}
	}
	if HasOptions(t) {
		return options
	}
	return nil
}

var keyPattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)

// KeyFromLabel derives a question key: "Annual contract value?" → annual_contract_value.
func KeyFromLabel(label string) string {
	var b strings.Builder
	underscore := false
	for _, r := range strings.ToLower(label) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if underscore && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			underscore = false
		default:
			underscore = true
		}
		if b.Len() >= 48 {
			break
		}
	}
	key := b.String()
	if key == "" || !unicode.IsLetter(rune(key[0])) {
		key = "q_" + key
	}
	return strings.TrimRight(key, "_")
}

// uniqueKey appends _2, _3, … until the key is free.
func uniqueKey(key string, taken map[string]bool) string {
	if !taken[key] {
		return key
	}
	for i := 2; ; i++ {
		k := key + "_" + strconv.Itoa(i)
		if !taken[k] {
			return k
		}
	}
}
