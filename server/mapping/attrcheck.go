package mapping

import (
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"time"

	"tradewind/ent/formquestion"
	"tradewind/server/requestforms"
)

var (
	currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
	recordPattern   = regexp.MustCompile(`^(?i)IC-\d+$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	dateLayouts     = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02", "01/02/2006"}
)

// CheckAttribute checks a value as Ironclad checks a launch attribute of
// the kind (options: the field's option values), and says what is wrong.
// Fixed values go through it.
func CheckAttribute(k MappingFieldKind, options []string, v any) error {
	switch k {
	case KindText, KindSelect:
		s, ok := v.(string)
		if !ok || len(s) > requestforms.MaxTextLength {
			return fmt.Errorf("expected text")
		}
		if k == KindSelect && !slices.Contains(options, s) {
			return fmt.Errorf("must be one of: %s", strings.Join(options, ", "))
		}
	case KindEmail:
		s, _ := v.(string)
		if a, err := mail.ParseAddress(s); err != nil || a.Address != s {
			return fmt.Errorf("expected an email address")
		}
	case KindNumber:
		if _, ok := v.(float64); !ok {
			return fmt.Errorf("expected a number")
		}
	case KindBoolean:
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("expected true or false")
		}
	case KindDate:
		return checkDate(v)
	case KindMonetaryAmount:
		m, _ := v.(map[string]any)
		cur, _ := m["currency"].(string)
		if _, ok := m["amount"].(float64); !ok || len(m) != 2 || !currencyPattern.MatchString(cur) {
			return fmt.Errorf(`expected {"currency": "USD", "amount": 100}`)
		}
	case KindDuration:
		return checkDuration(v)
	case KindAddress:
		if at, msg := requestforms.CheckAddress(v, "value"); msg != "" {
			return fmt.Errorf("%s: %s", at, msg)
		}
	case KindMultiSelect, KindTextList:
		return checkList(k, options, v)
	case KindFiles:
		if at, msg := requestforms.ValidateAnswer(formquestion.TypeFILE, nil, v, "value"); msg != "" {
			return fmt.Errorf("%s: %s", at, msg)
		}
	case KindRecordLink:
		if s, _ := v.(string); !recordPattern.MatchString(s) {
			return fmt.Errorf("expected a record's readable id (IC-12) or record id")
		}
	default:
		return fmt.Errorf("Tradewind cannot set an Ironclad %s field", kindName(k))
	}
	return nil
}

func checkDate(v any) error {
	s, _ := v.(string)
	for _, layout := range dateLayouts {
		if _, err := time.Parse(layout, s); err == nil {
			return nil
		}
	}
	return fmt.Errorf("expected an ISO 8601 date such as 2026-05-11")
}

func checkDuration(v any) error {
	m, _ := v.(map[string]any)
	if len(m) == 0 {
		return fmt.Errorf(`expected {"years", "months", "weeks", "days"} with at least one unit`)
	}
	for unit, n := range m {
		if f, ok := n.(float64); !ok || f < 0 || !slices.Contains(requestforms.DurationUnits, unit) {
			return fmt.Errorf("%s: expected a non-negative number of years, months, weeks or days", unit)
		}
	}
	return nil
}

func checkList(k MappingFieldKind, options []string, v any) error {
	items, ok := v.([]any)
	if !ok {
		return fmt.Errorf("expected a list of text")
	}
	for i, item := range items {
		s, isText := item.(string)
		if !isText {
			return fmt.Errorf("[%d]: expected text", i)
		}
		if k == KindMultiSelect && !slices.Contains(options, s) {
			return fmt.Errorf("[%d]: must be one of: %s", i, strings.Join(options, ", "))
		}
	}
	return nil
}
