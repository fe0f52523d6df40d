package console

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"tradewind/server/sandbox/core"
)

// consoleAttribute is one row of the console's Attributes table: the
// attribute's label and id, and its value written for people.
type consoleAttribute struct {
	ID, Label string
	Values    []string // one line per item; empty means no value
}

// propertyLabels maps attribute ids to their names on the workflow, plus
// the system values every workflow carries.
func propertyLabels(f *core.Form) map[string]string {
	out := map[string]string{"readableId": "Readable ID", "currentTurnParty": "Current Turn Party"}
	for _, p := range core.WorkflowProperties(f) {
		out[p.ID] = p.Name
	}
	return out
}

func consoleAttributes(attrs core.JSONObject, labels map[string]string) []consoleAttribute {
	out := make([]consoleAttribute, 0, len(attrs))
	for _, f := range attrs {
		// Round-trip through JSON so every value has the API's shape.
		var v any
		if b, err := json.Marshal(f.Value); err == nil {
			_ = json.Unmarshal(b, &v)
		}
		out = append(out, consoleAttribute{ID: f.Key, Label: labels[f.Key], Values: attrLines(v)})
	}
	return out
}

func attrLines(v any) []string {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		var out []string
		for _, item := range v {
			out = append(out, attrText(item))
		}
		return out
	default:
		if s := attrText(v); s != "" {
			return []string{s}
		}
		return nil
	}
}

// attrText writes one decoded JSON value: money as "12,500 USD", documents
// by file name, durations and addresses in words, other objects as
// "key: value" pairs.
func attrText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case bool:
		if v {
			return "Yes"
		}
		return "No"
	case string:
		return v
	case float64:
		return groupThousands(v)
	case []any:
		parts := make([]string, 0, len(v))
		for _, item := range v {
			parts = append(parts, attrText(item))
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		if name, ok := v["filename"].(string); ok {
			return name
		}
		if amount, ok := v["amount"].(float64); ok {
			if cur, ok := v["currency"].(string); ok {
				return groupThousands(amount) + " " + cur
			}
		}
		if s, ok := durationText(v); ok {
			return s
		}
		if s, ok := addressText(v); ok {
			return s
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, 0, len(keys))
		for _, k := range keys {
			parts = append(parts, k+": "+attrText(v[k]))
		}
		return strings.Join(parts, ", ")
	default:
		return fmt.Sprint(v)
	}
}

func groupThousands(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		return sign + b.String() + "." + frac
	}
	return sign + b.String()
}

// durationText uses core.DurationUnits for the order.

func durationText(v map[string]any) (string, bool) {
	var parts []string
	for k, n := range v {
		if _, ok := n.(float64); !ok || !slices.Contains(core.DurationUnits, k) {
			return "", false
		}
	}
	if len(v) == 0 {
		return "", false
	}
	for _, unit := range core.DurationUnits {
		if n, ok := v[unit].(float64); ok && n != 0 {
			word := unit
			if n == 1 {
				word = strings.TrimSuffix(unit, "s")
			}
			parts = append(parts, groupThousands(n)+" "+word)
		}
	}
	if len(parts) == 0 {
		return "0 days", true
	}
	return strings.Join(parts, ", "), true
}

// addressText uses core.AddressFields for the order.
func addressText(v map[string]any) (string, bool) {
	if _, ok := v["locality"]; !ok {
		if _, ok := v["lines"]; !ok {
			return "", false
		}
	}
	var parts []string
	for _, k := range core.AddressFields {
		if s := attrText(v[k]); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", "), true
}
