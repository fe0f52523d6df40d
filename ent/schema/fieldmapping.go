package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"tradewind/ent/schema/columns"
	"tradewind/ent/schema/pulid"
)

// FieldMapping is one pair of a mapping: where one Ironclad field's value comes from.
type FieldMapping struct{ ent.Schema }

// Mixin of the FieldMapping.
func (FieldMapping) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("fmp"), TimeMixin{}}
}

// Fields of the FieldMapping.
func (FieldMapping) Fields() []ent.Field {
	return []ent.Field{
		field.String("field_key").Comment("Ironclad attribute id, kept even if the field is later removed"),
		field.Enum("source").Values("QUESTION", "FIXED_VALUE", "REQUESTER_EMAIL", "SKIP"),
		field.JSON("fixed_value", &columns.FixedValue{}).Optional().Annotations(entgql.Skip()).
			Comment("source FIXED_VALUE; GraphQL reads it as FieldMapping.value"),
		field.JSON("option_map", map[string]string{}).Optional().Annotations(entgql.Skip()).
			Comment("question option → Ironclad value; GraphQL reads it as FieldMapping.options"),
		field.String("question_key").Default("").Comment("the question's key, kept if the question is later deleted; exports name questions by it"),
		field.String("question_label").Default("").Comment("the question's label when this version was saved"),
	}
}

// Edges of the FieldMapping.
func (FieldMapping) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("mapping", Mapping.Type).Ref("field_mappings").Unique().Required(),
		edge.From("field", IroncladField.Type).Ref("field_mappings").Unique(),
		edge.From("question", FormQuestion.Type).Ref("field_mappings").Unique(),
	}
}
