// Package columns holds the Go types of ent's JSON columns, so each is read
// and written typed (encoding/json is the one parser) instead of as
// map[string]any. The JSON shapes are the ones stored since the first
// migration: changing one needs a data migration.
package columns

// QuestionCondition is FormQuestion.condition: show the question when the
// earlier question (by key, stable across versions) matches.
type QuestionCondition struct {
	QuestionKey string   `json:"questionKey"`
	Operator    string   `json:"operator"` // EQUALS, ONE_OF or NOT_EMPTY
	Values      []string `json:"values"`
}

// FieldCondition is IroncladField.condition, set by the admin: show the
// field when another field of the workflow matches.
type FieldCondition struct {
	FieldKey string   `json:"fieldKey"`
	Operator string   `json:"operator"` // EQUALS, ONE_OF or NOT_EMPTY
	Values   []string `json:"values"`
}

// FixedValue is FieldMapping.fixed_value: the attribute value exactly as
// Ironclad takes it (wrapped, so a JSON null value is still "set").
type FixedValue struct {
	Value any `json:"value"`
}
