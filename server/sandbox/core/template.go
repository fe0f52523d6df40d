package core

import (
	"encoding/json"
	"reflect"
)

// A design is a template as edited in Workflow Designer. Publishing freezes
// its form into a template with a fresh id; Ironclad changes the template id
// on every republish, and workflows keep pointing at the version they were
// launched from.
type design struct {
	ID          string `json:"id"`
	Form        Form   `json:"form"`
	PublishedID string `json:"publishedId"`
	// Edited is true when the form differs from the published version.
	Edited bool `json:"edited"`
}

// Template is a published, immutable version of a design.
type Template struct {
	ID       string `json:"id"`
	DesignID string `json:"designId"`
	// Retired templates were superseded by a republish: they no longer
	// launch or appear in /workflow-schemas, but render old workflows.
	Retired bool `json:"retired"`
	Form    Form `json:"form"`
}

// Form is the launch form and the roles of a workflow configuration.
type Form struct {
	Name string `json:"name"`
	// ContractType names the agreement in generated titles; when
	// ContractTypeProperty is set, the launch answer to it names it instead.
	ContractType         string `json:"contractType"`
	ContractTypeProperty string `json:"contractTypeProperty,omitempty"`
	// DocumentName is the generated draft's template document name.
	DocumentName   string        `json:"documentName"`
	Properties     []Property    `json:"properties"`
	Questions      []Question    `json:"questions"`
	ApprovalGroups []approvalDef `json:"approvalGroups"`
	Signers        []signerDef   `json:"signers"`
}

// Property is a typed piece of workflow data. Questions ask for it.
type Property struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	// Element describes array items (multi-select strings, documents, table rows).
	Element *Property `json:"element,omitempty"`
	// Columns are the fields of an object (a table row).
	Columns []Property `json:"columns,omitempty"`
	// Key is the workflow schema's propertyKey; empty means none is shown.
	Key string `json:"key,omitempty"`
	// Formula makes the property read-only and computed: "<property>.<field>".
	Formula string `json:"formula,omitempty"`
}

// Question is one launch-form question backed by a property.
type Question struct {
	Property string   `json:"property"`
	Text     string   `json:"text"`
	Options  []string `json:"options,omitempty"`
	Required bool     `json:"required"`
	Default  any      `json:"default,omitempty"`
	When     *cond    `json:"when,omitempty"`
}

// cond shows a question (or triggers an approval) when the answer to
// Property equals Equals, or for multi-selects, includes it.
type cond struct {
	Property string `json:"property"`
	Equals   any    `json:"equals"`
}

type approvalDef struct {
	Roles []approverDef `json:"roles"`
}

type approverDef struct {
	RoleID   string `json:"roleId"`
	Name     string `json:"name"`
	Assignee string `json:"assignee"` // user email
	When     *cond  `json:"when,omitempty"`
}

type signerDef struct {
	RoleID string `json:"roleId"`
	Name   string `json:"name"`
	// External signers take their name and email from launch attributes;
	// internal signers are a sandbox user.
	External      bool   `json:"external"`
	NameProperty  string `json:"nameProperty,omitempty"`
	EmailProperty string `json:"emailProperty,omitempty"`
	Assignee      string `json:"assignee,omitempty"`
}

func (f *Form) Property(id string) *Property {
	for i := range f.Properties {
		if f.Properties[i].ID == id {
			return &f.Properties[i]
		}
	}
	return nil
}

func (f *Form) QuestionsFor(propertyID string) []Question {
	var qs []Question
	for _, q := range f.Questions {
		if q.Property == propertyID {
			qs = append(qs, q)
		}
	}
	return qs
}

// holds reports whether the condition is met by the given attribute values.
func (c *cond) holds(attrs map[string]any) bool {
	if c == nil {
		return true
	}
	v, ok := attrs[c.Property]
	if !ok {
		return false
	}
	if list, isList := v.([]any); isList {
		for _, x := range list {
			if reflect.DeepEqual(x, c.Equals) {
				return true
			}
		}
		return false
	}
	return reflect.DeepEqual(v, c.Equals)
}

// clone deep-copies a form through JSON so that published templates never
// share slices with the design being edited.
func (f Form) clone() Form {
	b, _ := json.Marshal(f)
	var out Form
	_ = json.Unmarshal(b, &out)
	return out
}

func (st *State) TemplateByID(id string) *Template {
	for _, t := range st.Templates {
		if t.ID == id {
			return t
		}
	}
	return nil
}

func (st *State) designByID(id string) *design {
	for _, d := range st.Designs {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// LiveTemplate returns a template that can launch and be listed.
func (st *State) LiveTemplate(id string) *Template {
	t := st.TemplateByID(id)
	if t == nil || t.Retired {
		return nil
	}
	return t
}
