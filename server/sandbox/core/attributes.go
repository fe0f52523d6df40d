package core

import (
	"sort"
	"strings"
)

// launchable system attributes a caller may set even when the template does
// not ask for them (API.md §5.1).
var paperSources = []string{"Our paper", "Counterparty paper"}

// settable finds the property behind an attribute id a caller may set, with
// the select options that constrain it.
func settable(f *Form, id string) (*Property, []string, error) {
	if p := f.Property(id); p != nil {
		if p.Formula != "" {
			return nil, nil, ErrInvalidParam("attributes", "Cannot patch read-only attribute %s", id)
		}
		return p, selectOptions(f, id), nil
	}
	switch id {
	case "paperSource":
		return &systemProperties[len(systemProperties)-1], paperSources, nil
	case "draft":
		return &systemProperties[0], nil, nil
	}
	return nil, nil, nil
}

// checkAttributes validates every given attribute and returns the
// normalized values; unknown ids are reported together, as Ironclad does.
func (st *State) checkAttributes(f *Form, in map[string]any) (map[string]any, error) {
	ids := make([]string, 0, len(in))
	for id := range in {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var unknown []string
	out := map[string]any{}
	for _, id := range ids {
		p, options, err := settable(f, id)
		if err != nil {
			return nil, err
		}
		if p == nil {
			unknown = append(unknown, id)
			continue
		}
		v, err := st.checkValue(p, id, in[id], options)
		if err != nil {
			return nil, err
		}
		out[id] = v
	}
	if len(unknown) > 0 {
		return nil, ErrInvalidParam("attributes", "non-existent attribute(s) specified: %s", strings.Join(unknown, ", "))
	}
	return out, nil
}

// missingRequired names the first property a visible, required question
// asks for that has no value.
func missingRequired(f *Form, attrs map[string]any) string {
	for _, q := range f.Questions {
		if q.Required && q.When.holds(attrs) && IsEmptyValue(attrs[q.Property]) {
			return q.Property
		}
	}
	return ""
}

// applyDefaults fills unanswered questions from their launch-form defaults
// (useDefaultValues=true); the last visible default wins.
func applyDefaults(f *Form, attrs map[string]any) {
	given := map[string]bool{}
	for id := range attrs {
		given[id] = true
	}
	for _, q := range f.Questions {
		if q.Default != nil && !given[q.Property] && q.When.holds(attrs) {
			attrs[q.Property] = q.Default
		}
	}
}

func IsEmptyValue(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(x) == ""
	case []any:
		return len(x) == 0
	}
	return false
}
