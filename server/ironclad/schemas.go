package ironclad

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/url"
	"strconv"
)

// Requirement says when a launch-form field must be answered.
type Requirement string

const (
	RequiredAlways      Requirement = "always"
	RequiredNever       Requirement = "never"
	RequiredConditional Requirement = "conditional" // gated by a condition, or asked several times and only sometimes required
)

// UnmarshalJSON also accepts a boolean, the shape older schemas used.
func (r *Requirement) UnmarshalJSON(b []byte) error {
	var flag bool
	if json.Unmarshal(b, &flag) == nil {
		*r = RequiredNever
		if flag {
			*r = RequiredAlways
		}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("ironclad: required: %w", err)
	}
	*r = Requirement(s)
	return nil
}

// FieldOptions are the choices of a dropdown or multiple-choice question.
// Plain text fields carry only FreeTextAllowed.
type FieldOptions struct {
	Values          OptionValues `json:"values,omitempty"`
	FreeTextAllowed bool         `json:"freeTextAllowed"`
}

// OptionValues are choices as text; numbers and booleans are turned into
// their JSON text so one odd choice does not fail a template import.
type OptionValues []string

func (v *OptionValues) UnmarshalJSON(b []byte) error {
	var raws []json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return fmt.Errorf("ironclad: option values: %w", err)
	}
	out := make(OptionValues, 0, len(raws))
	for _, raw := range raws {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			s = string(bytes.TrimSpace(raw))
		}
		out = append(out, s)
	}
	*v = out
	return nil
}

// Field describes one attribute: a launch-form question in a workflow
// schema, or a property in a workflow's own schema.
type Field struct {
	// Type is string, email, number, boolean, date, monetaryAmount, duration,
	// address, array, object, document, linkedRecord, parentRecord,
	// childRecord, or a user/entity type.
	Type string `json:"type"`
	// DisplayName is the question text in a launch schema and the property
	// name in a workflow's schema.
	DisplayName string        `json:"displayName,omitempty"`
	Description string        `json:"description,omitempty"`
	Required    Requirement   `json:"required,omitempty"`
	Options     *FieldOptions `json:"options,omitempty"`
	// Default is the launch-form default, any JSON value.
	Default json.RawMessage `json:"default,omitempty"`
	// ElementType describes the items of an array: strings for a
	// multi-select, documents for files, objects (with Schema) for a table.
	ElementType *Field `json:"elementType,omitempty"`
	// Schema holds the columns of a table row, or a record link's placeholder.
	Schema      *Schema `json:"schema,omitempty"`
	ReadOnly    bool    `json:"readOnly,omitempty"`
	Visible     *bool   `json:"visible,omitempty"`
	PropertyKey string  `json:"propertyKey,omitempty"`
}

// Schema is a set of fields keyed by attribute id, in the order Ironclad
// sent them: for a launch schema that is the launch form's order, which an
// request form built from it should keep.
type Schema struct {
	IDs    []string
	Fields map[string]Field
}

// Get returns the field of an attribute id.
func (s Schema) Get(id string) (Field, bool) {
	f, ok := s.Fields[id]
	return f, ok
}

// All yields the fields in Ironclad's order.
func (s Schema) All() iter.Seq2[string, Field] {
	return func(yield func(string, Field) bool) {
		for _, id := range s.IDs {
			if !yield(id, s.Fields[id]) {
				return
			}
		}
	}
}

// UnmarshalJSON keeps key order and skips entries that are not field
// objects: the spec types a launched workflow's schema as attribute values
// (API.md §18), and a stray value must not hide the real fields.
func (s *Schema) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return fmt.Errorf("ironclad: schema is not an object")
	}
	*s = Schema{Fields: map[string]Field{}}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("ironclad: schema: %w", err)
		}
		id, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("ironclad: schema %q: %w", id, err)
		}
		if len(raw) == 0 || raw[0] != '{' {
			continue
		}
		var f Field
		if err := json.Unmarshal(raw, &f); err != nil {
			return fmt.Errorf("ironclad: schema field %q: %w", id, err)
		}
		if _, dup := s.Fields[id]; !dup {
			s.IDs = append(s.IDs, id)
		}
		s.Fields[id] = f
	}
	return nil
}

// MarshalJSON writes the fields back in order, so a schema can be stored
// and read again unchanged.
func (s Schema) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, id := range s.IDs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Quote(id))
		b.WriteByte(':')
		f, err := json.Marshal(s.Fields[id])
		if err != nil {
			return nil, err
		}
		b.Write(f)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// WorkflowSchema is a published workflow template's launch form.
type WorkflowSchema struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Schema      Schema   `json:"schema"`
	Permissions []string `json:"permissions"`
}

// launchForm is the only form Ironclad serves, and it insists on being asked.
func launchForm() url.Values { return url.Values{"form": {"launch"}} }

// ListWorkflowSchemas returns the launch forms of every template the
// connected user can see. Ironclad does not page this list.
func (c *Client) ListWorkflowSchemas(ctx context.Context) ([]WorkflowSchema, error) {
	var out struct {
		List []WorkflowSchema `json:"list"`
	}
	err := c.do(ctx, call{method: "GET", path: "/workflow-schemas", query: launchForm(), out: &out})
	return out.List, err
}

// GetWorkflowSchema returns one template's launch form. An unknown template
// is a 400 with code NOT_FOUND; IsNotFound reports it.
func (c *Client) GetWorkflowSchema(ctx context.Context, templateID string) (*WorkflowSchema, error) {
	return fetch[WorkflowSchema](ctx, c, call{method: "GET", path: pathf("/workflow-schemas/%s", templateID), query: launchForm()})
}
