package core

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// FieldEdit is one Workflow Designer change to a design's launch form.
type FieldEdit struct {
	Op       string   `json:"op"`    // add, remove, rename, retype
	Field    string   `json:"field"` // property id (remove, rename, retype)
	Name     string   `json:"name"`  // label (add, rename)
	Type     string   `json:"type"`  // add, retype: see fieldTypes
	Required bool     `json:"required"`
	Options  []string `json:"options"`
}

// FieldTypes maps the designer's field kinds to property shapes.
var FieldTypes = map[string]func(id, name string) Property{
	"string":         func(id, name string) Property { return text(id, name) },
	"email":          func(id, name string) Property { return typed(id, name, "email") },
	"number":         func(id, name string) Property { return typed(id, name, "number") },
	"boolean":        func(id, name string) Property { return typed(id, name, "boolean") },
	"date":           func(id, name string) Property { return typed(id, name, "date") },
	"monetaryAmount": func(id, name string) Property { return typed(id, name, "monetaryAmount") },
	"duration":       func(id, name string) Property { return typed(id, name, "duration") },
	"address":        func(id, name string) Property { return typed(id, name, "address") },
	"multiSelect":    func(id, name string) Property { return list(id, name, "string") },
	"file":           func(id, name string) Property { return list(id, name, "document") },
}

// attributeID camel-cases a label the way Ironclad derives new attribute
// ids ("Total Contract Value" → totalContractValue).
func attributeID(label string) string {
	var b strings.Builder
	upper := false
	for _, r := range label {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			upper = b.Len() > 0
		case b.Len() == 0:
			b.WriteRune(unicode.ToLower(r))
		case upper:
			b.WriteRune(unicode.ToUpper(r))
			upper = false
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (st *State) DesignByRef(ref string) (*design, error) {
	if d := st.designByID(ref); d != nil {
		return d, nil
	}
	if t := st.TemplateByID(ref); t != nil {
		return st.designByID(t.DesignID), nil
	}
	return nil, ErrNotFound("templateId", "template does not exist")
}

// EditDesign applies a field edit to the design (not to the published
// template: that changes only on republish).
func (tx *Txn) EditDesign(ref string, e FieldEdit) (*design, error) {
	d, err := tx.St.DesignByRef(ref)
	if err != nil {
		return nil, err
	}
	f := &d.Form
	switch e.Op {
	case "add":
		err = addField(f, d.ID, e)
	case "remove":
		err = removeField(f, e.Field)
	case "rename":
		err = renameField(f, e.Field, e.Name)
	case "retype":
		err = retypeField(f, e.Field, e.Type)
	default:
		err = ErrInvalidParam("op", "op must be one of [add, remove, rename, retype]")
	}
	if err != nil {
		return nil, err
	}
	d.Edited = true
	return d, nil
}

func addField(f *Form, designID string, e FieldEdit) error {
	build, ok := FieldTypes[e.Type]
	id := attributeID(e.Name)
	switch {
	case !ok:
		return ErrInvalidParam("type", "unknown field type %q", e.Type)
	case id == "":
		return ErrInvalidParam("name", "a field needs a name")
	}
	base := id
	for n := 2; f.Property(id) != nil || id == "draft" || id == "paperSource"; n++ {
		id = base + strconv.Itoa(n)
	}
	p := build(id, e.Name)
	p.Key = id + "_" + designID + "_" + p.Type
	f.Properties = append(f.Properties, p)
	q := Question{Property: id, Text: e.Name, Required: e.Required}
	if offersOptions(&p) {
		q.Options = e.Options
	}
	f.Questions = append(f.Questions, q)
	return nil
}

// editableProperty refuses edits to fields the configuration depends on.
func editableProperty(f *Form, id string) (*Property, error) {
	p := f.Property(id)
	if p == nil {
		return nil, ErrNotFound("field", "field does not exist")
	}
	if reason := LockReason(f, id); reason != "" {
		return nil, ErrInvalidParam("field", "field %s %s", id, reason)
	}
	return p, nil
}

// LockReason says why a field cannot be renamed, retyped or removed, or ""
// when it can.
func LockReason(f *Form, id string) string {
	if id == "counterpartyName" || id == f.ContractTypeProperty {
		return "is required by the workflow configuration"
	}
	for _, s := range f.Signers {
		if s.NameProperty == id || s.EmailProperty == id {
			return "names a signer"
		}
	}
	return ""
}

// RemoveBlocker says why an otherwise editable field cannot be removed
// (a condition or an approval depends on it), or "" when it can.
func RemoveBlocker(f *Form, id string) string {
	for _, q := range f.Questions {
		if q.When != nil && q.When.Property == id {
			return fmt.Sprintf("is used by the condition of question %q", q.Text)
		}
	}
	for _, g := range f.ApprovalGroups {
		for _, a := range g.Roles {
			if a.When != nil && a.When.Property == id {
				return "triggers the " + a.Name + " approval"
			}
		}
	}
	return ""
}

func removeField(f *Form, id string) error {
	if _, err := editableProperty(f, id); err != nil {
		return err
	}
	if reason := RemoveBlocker(f, id); reason != "" {
		return ErrInvalidParam("field", "field %s %s", id, reason)
	}
	props := f.Properties[:0]
	for _, p := range f.Properties {
		if p.ID != id {
			props = append(props, p)
		}
	}
	f.Properties = props
	qs := f.Questions[:0]
	for _, q := range f.Questions {
		if q.Property != id {
			qs = append(qs, q)
		}
	}
	f.Questions = qs
	return nil
}

// renameField changes the label; the attribute id stays (Ironclad only
// changes ids when a field is deleted and recreated).
func renameField(f *Form, id, name string) error {
	p, err := editableProperty(f, id)
	if err != nil {
		return err
	}
	if strings.TrimSpace(name) == "" {
		return ErrInvalidParam("name", "a field needs a name")
	}
	p.Name = name
	for i := range f.Questions {
		if f.Questions[i].Property == id {
			f.Questions[i].Text = name
		}
	}
	return nil
}

func retypeField(f *Form, id, kind string) error {
	p, err := editableProperty(f, id)
	if err != nil {
		return err
	}
	build, ok := FieldTypes[kind]
	if !ok {
		return ErrInvalidParam("type", "unknown field type %q", kind)
	}
	np := build(p.ID, p.Name)
	np.Key = p.Key
	*p = np
	for i := range f.Questions {
		q := &f.Questions[i]
		if q.Property == id {
			q.Default = nil
			if !offersOptions(p) {
				q.Options = nil
			}
		}
	}
	return nil
}

// PublishDesign republishes a design under a new template id.
func (tx *Txn) PublishDesign(ref string) (*Template, error) {
	d, err := tx.St.DesignByRef(ref)
	if err != nil {
		return nil, err
	}
	return tx.St.publish(d, newHexID()), nil
}
