package requestforms

import (
	"fmt"
	"math"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"tradewind/ent/formquestion"
)

// AnswerError is one problem with one answer.
type AnswerError struct {
	QuestionKey string
	Path        string
	Message     string
}

// MaxTextLength is Ironclad's limit for string attributes.
const MaxTextLength = 32000

var currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)

// DateLayout is how a date answer is written.
const DateLayout = "2006-01-02"

// USCountries are the spellings Ironclad treats as the United States.
var USCountries = []string{"usa", "u.s.a.", "us", "united states", "united states of america"}

// DurationUnits are a duration's units, largest first.
var DurationUnits = []string{"years", "months", "weeks", "days"}

// ValidateAnswer checks one answer value against its question (type and
// options). path names the answer in messages, e.g. answers.annual_cost.
// Rules match what Ironclad accepts, so a valid answer always maps.
func ValidateAnswer(t formquestion.Type, options []string, v any, path string) (string, string) {
	check := answerChecks[t]
	if check == nil {
		return path, "unknown question type"
	}
	return check(v, options, path)
}

type answerCheck func(v any, options []string, path string) (string, string)

var answerChecks = map[formquestion.Type]answerCheck{
	formquestion.TypeSHORT_TEXT:    checkText,
	formquestion.TypeLONG_TEXT:     checkText,
	formquestion.TypeEMAIL:         func(v any, _ []string, p string) (string, string) { return checkEmail(v, p) },
	formquestion.TypeNUMBER:        checkNumber,
	formquestion.TypeMONEY:         checkMoney,
	formquestion.TypeDATE:          checkDate,
	formquestion.TypeYES_NO:        checkYesNo,
	formquestion.TypeSINGLE_SELECT: checkSingle,
	formquestion.TypeMULTI_SELECT:  checkMulti,
	formquestion.TypePERSON:        checkPerson,
	formquestion.TypeADDRESS:       func(v any, _ []string, p string) (string, string) { return CheckAddress(v, p) },
	formquestion.TypeDURATION:      checkDuration,
	formquestion.TypeFILE:          checkFiles,
}

func checkText(v any, _ []string, p string) (string, string) {
	s, ok := v.(string)
	if !ok {
		return p, "Enter text."
	}
	if len(s) > MaxTextLength {
		return p, fmt.Sprintf("Keep it under %d characters.", MaxTextLength)
	}
	return "", ""
}

func checkEmail(v any, p string) (string, string) {
	s, _ := v.(string)
	if a, err := mail.ParseAddress(s); err != nil || a.Address != s {
		return p, "Enter an email address like name@example.com."
	}
	return "", ""
}

func checkNumber(v any, _ []string, p string) (string, string) {
	if f, ok := v.(float64); !ok || math.IsInf(f, 0) || math.IsNaN(f) {
		return p, "Enter a number."
	}
	return "", ""
}

func checkMoney(v any, _ []string, p string) (string, string) {
	m, _ := v.(map[string]any)
	if _, ok := m["amount"].(float64); !ok {
		return p + ".amount", "Enter an amount."
	}
	if c, _ := m["currency"].(string); !currencyPattern.MatchString(c) {
		return p + ".currency", "Choose a currency (a three-letter code such as USD)."
	}
	if len(m) != 2 {
		return p, "A money answer has exactly an amount and a currency."
	}
	return "", ""
}

func checkDate(v any, _ []string, p string) (string, string) {
	s, _ := v.(string)
	if _, err := time.Parse(DateLayout, s); err != nil {
		return p, "Enter a date as YYYY-MM-DD."
	}
	return "", ""
}

func checkYesNo(v any, _ []string, p string) (string, string) {
	if _, ok := v.(bool); !ok {
		return p, "Answer yes or no."
	}
	return "", ""
}

func checkSingle(v any, options []string, p string) (string, string) {
	if s, _ := v.(string); !slices.Contains(options, s) {
		return p, "Choose one of: " + strings.Join(options, ", ") + "."
	}
	return "", ""
}

func checkMulti(v any, options []string, p string) (string, string) {
	items, ok := v.([]any)
	if !ok || len(items) == 0 {
		return p, "Choose at least one option."
	}
	for i, item := range items {
		if s, _ := item.(string); !slices.Contains(options, s) {
			return fmt.Sprintf("%s[%d]", p, i), "Choose among: " + strings.Join(options, ", ") + "."
		}
	}
	return "", ""
}

func checkPerson(v any, _ []string, p string) (string, string) {
	m, _ := v.(map[string]any)
	if id, _ := m["userId"].(string); id == "" {
		return p + ".userId", "Choose a person."
	}
	return checkEmail(m["email"], p+".email")
}

// CheckAddress applies Ironclad's address rules (API.md §5.3): 1–4 lines,
// locality and country; in the United States also region and postcode.
func CheckAddress(v any, p string) (string, string) {
	m, ok := v.(map[string]any)
	if !ok {
		return p, "Enter an address."
	}
	for k := range m {
		if !slices.Contains([]string{"lines", "locality", "region", "postcode", "country"}, k) {
			return p + "." + k, "An address has lines, locality, region, postcode and country only."
		}
	}
	lines, _ := m["lines"].([]any)
	if len(lines) == 0 || len(lines) > 4 {
		return p + ".lines", "Enter one to four address lines."
	}
	for i, l := range lines {
		if s, _ := l.(string); strings.TrimSpace(s) == "" {
			return fmt.Sprintf("%s.lines[%d]", p, i), "Address lines cannot be empty."
		}
	}
	required := []string{"locality", "country"}
	if country, _ := m["country"].(string); slices.Contains(USCountries, strings.ToLower(strings.TrimSpace(country))) {
		required = append(required, "region", "postcode")
	}
	for _, k := range required {
		if s, _ := m[k].(string); strings.TrimSpace(s) == "" {
			return p + "." + k, "Enter the " + map[string]string{"locality": "city", "country": "country", "region": "state", "postcode": "ZIP code"}[k] + "."
		}
	}
	return "", ""
}

func checkDuration(v any, _ []string, p string) (string, string) {
	m, ok := v.(map[string]any)
	if !ok || len(m) == 0 {
		return p, "Enter a duration in years, months, weeks or days."
	}
	total := 0.0
	for k, n := range m {
		f, isNum := n.(float64)
		if !slices.Contains(DurationUnits, k) || !isNum || f < 0 || f != math.Trunc(f) {
			return p + "." + k, "Use whole, non-negative years, months, weeks or days."
		}
		total += f
	}
	if total == 0 {
		return p, "Enter a duration longer than zero."
	}
	return "", ""
}

func checkFiles(v any, _ []string, p string) (string, string) {
	items, ok := v.([]any)
	if !ok || len(items) == 0 {
		return p, "Attach at least one file."
	}
	for i, item := range items {
		m, _ := item.(map[string]any)
		raw, _ := m["url"].(string)
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return fmt.Sprintf("%s[%d].url", p, i), "A file needs an http(s) link."
		}
	}
	return "", ""
}
