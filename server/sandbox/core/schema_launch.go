package core

// The launch-form schema (GET /workflow-schemas) is keyed by property, not
// by question: Ironclad collapses every question that asks for a property
// into one entry (API.md §4.3). This file is that derivation.

// launchSchema derives the per-property view of a form's questions.
func launchSchema(f *Form) JSONObject {
	var out JSONObject
	seen := map[string]bool{}
	for _, q := range f.Questions {
		if seen[q.Property] {
			continue
		}
		seen[q.Property] = true
		p := f.Property(q.Property)
		if p == nil {
			continue
		}
		out.Set(p.ID, launchEntry(p, f.QuestionsFor(p.ID)))
	}
	return out
}

func launchEntry(p *Property, qs []Question) JSONObject {
	req := requiredness(qs)
	def, hasDefault := lastDefault(qs)
	e := JSONObject{{"type", p.Type}, {"displayName", qs[0].Text}, {"required", req}}
	if offersOptions(p) {
		e.Set("options", mergedOptions(qs))
	}
	if hasDefault {
		e.Set("default", def)
	}
	switch {
	case p.Element != nil && p.Element.Type == "object":
		row := JSONObject{{"type", "object"}, {"required", req}}
		if hasDefault {
			row.Set("default", def)
		}
		row.Set("schema", columnsLaunchSchema(p.Element.Columns))
		e.Set("elementType", row)
	case p.Element != nil:
		e.Set("elementType", JSONObject{{"type", p.Element.Type}})
	case isRecordLink(p.Type):
		e.Set("schema", JSONObject{{"properties", JSONObject{{"type", "object"}, {"displayName", "properties"}, {"schema", JSONObject{}}}}})
	}
	return e
}

// requiredness is the tri-state: "always" when some unconditional question
// requires the property, "conditional" when only conditional ones do, else
// "never" — which is why an optional conditional question looks unconditional.
func requiredness(qs []Question) string {
	result := "never"
	for _, q := range qs {
		if !q.Required {
			continue
		}
		if q.When == nil {
			return "always"
		}
		result = "conditional"
	}
	return result
}

// lastDefault applies "the last evaluated default wins".
func lastDefault(qs []Question) (any, bool) {
	var def any
	found := false
	for _, q := range qs {
		if q.Default != nil {
			def, found = q.Default, true
		}
	}
	return def, found
}

func offersOptions(p *Property) bool {
	return p.Type == "string" || (p.Type == "array" && p.Element != nil && p.Element.Type == "string")
}

// mergedOptions unions the option lists of all questions; free text is
// allowed as soon as one question is a free-text question.
func mergedOptions(qs []Question) JSONObject {
	var values []string
	freeText := false
	for _, q := range qs {
		if len(q.Options) == 0 {
			freeText = true
		}
		for _, v := range q.Options {
			values = appendUnique(values, v)
		}
	}
	if len(values) == 0 {
		return JSONObject{{"freeTextAllowed", freeText}}
	}
	return JSONObject{{"values", values}, {"freeTextAllowed", freeText}}
}

func columnsLaunchSchema(cols []Property) JSONObject {
	var out JSONObject
	for i := range cols {
		c := &cols[i]
		if c.Formula != "" {
			continue
		}
		e := JSONObject{{"type", c.Type}, {"displayName", c.Name}, {"required", "never"}}
		if c.Type == "string" {
			e.Set("options", JSONObject{{"freeTextAllowed", true}})
		}
		out.Set(c.ID, e)
	}
	return out
}

func isRecordLink(t string) bool {
	return t == "linkedRecord" || t == "parentRecord" || t == "childRecord"
}

type SchemaJSON struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Schema      JSONObject `json:"schema"`
	Permissions []string   `json:"permissions"`
}

func SchemaOf(t *Template) SchemaJSON {
	return SchemaJSON{ID: t.ID, Name: t.Form.Name, Schema: launchSchema(&t.Form), Permissions: []string{"launch", "view"}}
}
