package core

import (
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// Attribute validation follows API.md §5.3. Values arrive decoded from JSON
// (float64, string, bool, []any, map[string]any) and leave normalized.

const maxStringLength = 32000

var (
	currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
	readablePattern = regexp.MustCompile(`^(?i)IC-\d+$`)
	uuidPattern     = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	usCountries     = []string{"u.s.a.", "usa", "united states", "united states of america", "us"}
	DurationUnits   = []string{"years", "months", "weeks", "days"}
	AddressFields   = []string{"lines", "locality", "region", "postcode", "country"}
)

// dateLayouts are the formats accepted for dates ("accepts multiple formats").
var dateLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02", "01/02/2006"}

func invalidValue(param, expected string) *APIError {
	return ErrInvalidParam(param, "invalid value for attribute %s: expected %s", param, expected)
}

// checkValue validates v for property p (the param names it in errors) and
// returns the value to store. options are the allowed values of a select
// (nil when free text is allowed).
func (st *State) checkValue(p *Property, param string, v any, options []string) (any, error) {
	switch p.Type {
	case "string":
		return checkString(param, v, options)
	case "email":
		return checkEmail(param, v)
	case "number":
		if _, ok := v.(float64); !ok {
			return nil, invalidValue(param, "a number")
		}
		return v, nil
	case "boolean":
		if _, ok := v.(bool); !ok {
			return nil, invalidValue(param, "a boolean")
		}
		return v, nil
	case "date":
		return CheckDate(param, v)
	case "monetaryAmount":
		return checkMoney(param, v)
	case "duration":
		return checkDuration(param, v)
	case "address":
		return checkAddress(param, v)
	case "array":
		return st.checkArray(p, param, v, options)
	case "object":
		return st.checkRow(p, param, v)
	case "linkedRecord", "parentRecord", "childRecord":
		return st.checkRecordLink(param, v)
	}
	return nil, ErrInvalidParam(param, "attribute %s cannot be set through the API", param)
}

func checkString(param string, v any, options []string) (any, error) {
	s, ok := v.(string)
	if !ok {
		return nil, invalidValue(param, "a string")
	}
	if len(s) > maxStringLength {
		return nil, ErrInvalidParam(param, "value for attribute %s exceeds %d characters", param, maxStringLength)
	}
	if options != nil && !contains(options, s) {
		return nil, ErrInvalidParam(param, "invalid value for attribute %s: must be one of [%s]", param, strings.Join(options, ", "))
	}
	return s, nil
}

func checkEmail(param string, v any) (any, error) {
	s, ok := v.(string)
	if !ok {
		return nil, invalidValue(param, "an email address")
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s {
		return nil, invalidValue(param, "an email address")
	}
	return s, nil
}

func CheckDate(param string, v any) (any, error) {
	s, ok := v.(string)
	if ok {
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return ISOTime(t), nil
			}
		}
	}
	return nil, invalidValue(param, "an ISO-8601 date")
}

func checkMoney(param string, v any) (any, error) {
	m, ok := v.(map[string]any)
	const want = "a monetary amount {currency, amount}"
	if !ok || len(m) != 2 {
		return nil, invalidValue(param, want)
	}
	cur, curOK := m["currency"].(string)
	_, amountOK := m["amount"].(float64)
	if !curOK || !amountOK || !currencyPattern.MatchString(cur) {
		return nil, invalidValue(param, want)
	}
	return m, nil
}

func checkDuration(param string, v any) (any, error) {
	m, ok := v.(map[string]any)
	const want = "a duration with at least one of years, months, weeks, days"
	if !ok || len(m) == 0 {
		return nil, invalidValue(param, want)
	}
	for k, n := range m {
		f, isNum := n.(float64)
		if !contains(DurationUnits, k) || !isNum || f < 0 {
			return nil, invalidValue(param, want)
		}
	}
	return m, nil
}

// checkAddress applies Ironclad's rules: lines, locality and country always;
// region and postcode too for the United States; at most four lines.
func checkAddress(param string, v any) (any, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, invalidValue(param, "an address")
	}
	for k := range m {
		if !contains(AddressFields, k) {
			return nil, ErrInvalidParam(param, "invalid address for attribute %s: unknown field %s", param, k)
		}
	}
	lines, ok := m["lines"].([]any)
	if !ok || len(lines) == 0 || len(lines) > 4 {
		return nil, ErrInvalidParam(param, "invalid address for attribute %s: lines must have 1 to 4 entries", param)
	}
	for _, l := range lines {
		if _, isString := l.(string); !isString {
			return nil, ErrInvalidParam(param, "invalid address for attribute %s: lines must be strings", param)
		}
	}
	required := []string{"locality", "country"}
	if country, _ := m["country"].(string); contains(usCountries, strings.ToLower(country)) {
		required = append(required, "region", "postcode")
	}
	for _, k := range required {
		if s, _ := m[k].(string); s == "" {
			return nil, ErrInvalidParam(param, "invalid address for attribute %s: %s is required", param, k)
		}
	}
	return m, nil
}

func (st *State) checkArray(p *Property, param string, v any, options []string) (any, error) {
	items, ok := v.([]any)
	if !ok || p.Element == nil {
		return nil, invalidValue(param, "an array")
	}
	out := make([]any, 0, len(items))
	for i, item := range items {
		var (
			checked any
			err     error
		)
		itemParam := fmt.Sprintf("%s[%d]", param, i)
		switch p.Element.Type {
		case "document":
			checked, err = checkFileRef(itemParam, item)
		case "string":
			checked, err = checkString(itemParam, item, options)
		default:
			checked, err = st.checkValue(p.Element, itemParam, item, nil)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, checked)
	}
	return out, nil
}

// checkFileRef accepts the JSON launch form of a file: {"url": "https://…"}.
func checkFileRef(param string, v any) (any, error) {
	m, ok := v.(map[string]any)
	raw, _ := m["url"].(string)
	u, err := url.Parse(raw)
	if !ok || err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, invalidValue(param, `a file reference {"url": "https://…"}`)
	}
	return map[string]any{"url": raw}, nil
}

// checkRow validates a table row against its columns; formula columns are
// computed, never set.
func (st *State) checkRow(p *Property, param string, v any) (any, error) {
	row, ok := v.(map[string]any)
	if !ok {
		return nil, invalidValue(param, "an object")
	}
	out := map[string]any{}
	for k, cell := range row {
		col := columnByID(p.Columns, k)
		if col == nil {
			return nil, ErrInvalidParam(param, "non-existent attribute(s) specified: %s.%s", param, k)
		}
		if col.Formula != "" {
			return nil, ErrInvalidParam(param, "Cannot patch read-only attribute %s.%s", param, k)
		}
		checked, err := st.checkValue(col, param+"."+k, cell, nil)
		if err != nil {
			return nil, err
		}
		out[k] = checked
	}
	return out, nil
}

func columnByID(cols []Property, id string) *Property {
	for i := range cols {
		if cols[i].ID == id {
			return &cols[i]
		}
	}
	return nil
}

// checkRecordLink resolves a readable id (IC-n) or record UUID to an
// existing record and stores Ironclad's output form {recordId, readableId}.
func (st *State) checkRecordLink(param string, v any) (any, error) {
	ref, ok := v.(string)
	if !ok || (!readablePattern.MatchString(ref) && !uuidPattern.MatchString(ref)) {
		return nil, invalidValue(param, "a record readable id (IC-n) or record id")
	}
	for _, w := range st.Workflows {
		if w.RecordID != "" && (w.RecordID == ref || strings.EqualFold(w.ReadableID, ref)) {
			return map[string]any{"recordId": w.RecordID, "readableId": w.ReadableID}, nil
		}
	}
	return nil, ErrInvalidParam(param, "record %s does not exist", ref)
}

// selectOptions returns the allowed values of a property asked only by
// select questions, or nil when some question accepts free text.
func selectOptions(f *Form, propertyID string) []string {
	var values []string
	for _, q := range f.QuestionsFor(propertyID) {
		if len(q.Options) == 0 {
			return nil
		}
		for _, o := range q.Options {
			values = appendUnique(values, o)
		}
	}
	return values
}
