package sandbox

// The launch-form schema (GET /workflow-schemas) is keyed by property, not
// by question: Ironclad collapses every question that asks for a property
// into one entry (API.md §4.3). This file is that derivation.

// launchSchema derives the per-property view of a form's questions.
func launchSchema(f *form) jsonObject {
	var out jsonObject
	seen := map[string]bool{}
	for _, q := range f.Questions {
		if seen[q.Property] {
			continue
		}
		seen[q.Property] = true
		p := f.property(q.Property)
		if p == nil {
			continue
		}
		out.set(p.ID, launchEntry(p, f.questionsFor(p.ID)))
	}
	return out
}

func launchEntry(p *property, qs []question) jsonObject {
	req := requiredness(qs)
	def, hasDefault := lastDefault(qs)
	e := jsonObject{{"type", p.Type}, {"displayName", qs[0].Text}, {"required", req}}
	if offersOptions(p) {
		e.set("options", mergedOptions(qs))
	}
	if hasDefault {
		e.set("default", def)
	}
	switch {
	case p.Element != nil && p.Element.Type == "object":
		row := jsonObject{{"type", "object"}, {"required", req}}
		if hasDefault {
			row.set("default", def)
		}
		row.set("schema", columnsLaunchSchema(p.Element.Columns))
		e.set("elementType", row)
	case p.Element != nil:
		e.set("elementType", jsonObject{{"type", p.Element.Type}})
	case isRecordLink(p.Type):
		e.set("schema", jsonObject{{"properties", jsonObject{{"type", "object"}, {"displayName", "properties"}, {"schema", jsonObject{}}}}})
	}
	return e
}

// requiredness is the tri-state: "always" when some unconditional question
// requires the property, "conditional" when only conditional ones do, else
// "never" — which is why an optional conditional question looks unconditional.
func requiredness(qs []question) string {
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
func lastDefault(qs []question) (any, bool) {
	var def any
	found := false
	for _, q := range qs {
		if q.Default != nil {
			def, found = q.Default, true
		}
	}
	return def, found
}

func offersOptions(p *property) bool {
	return p.Type == "string" || (p.Type == "array" && p.Element != nil && p.Element.Type == "string")
}

// mergedOptions unions the option lists of all questions; free text is
// allowed as soon as one question is a free-text question.
func mergedOptions(qs []question) jsonObject {
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
		return jsonObject{{"freeTextAllowed", freeText}}
	}
	return jsonObject{{"values", values}, {"freeTextAllowed", freeText}}
}

func columnsLaunchSchema(cols []property) jsonObject {
	var out jsonObject
	for i := range cols {
		c := &cols[i]
		if c.Formula != "" {
			continue
		}
		e := jsonObject{{"type", c.Type}, {"displayName", c.Name}, {"required", "never"}}
		if c.Type == "string" {
			e.set("options", jsonObject{{"freeTextAllowed", true}})
		}
		out.set(c.ID, e)
	}
	return out
}

func isRecordLink(t string) bool {
	return t == "linkedRecord" || t == "parentRecord" || t == "childRecord"
}

type schemaJSON struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Schema      jsonObject `json:"schema"`
	Permissions []string   `json:"permissions"`
}

func schemaOf(t *template) schemaJSON {
	return schemaJSON{ID: t.ID, Name: t.Form.Name, Schema: launchSchema(&t.Form), Permissions: []string{"launch", "view"}}
}
