package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"tradewind/ent/schema/pulid"
)

// Mapping links one request form to one Ironclad workflow. Saving creates a
// new version; earlier versions stay readable.
type Mapping struct{ ent.Schema }

// Mixin of the Mapping.
func (Mapping) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("map"), TimeMixin{}}
}

// Fields of the Mapping.
func (Mapping) Fields() []ent.Field {
	return []ent.Field{
		field.Int("version").Default(1),
		field.Bool("current").Default(true),
		field.Strings("warnings").Optional(),
		field.Bool("affected_by_drift").Default(false),
		field.Int("form_version").Default(0).Comment("the request form's version when this mapping version was saved"),
	}
}

// Edges of the Mapping.
func (Mapping) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request_form", RequestForm.Type).Ref("mappings").Unique().Required(),
		edge.From("ironclad_workflow", IroncladWorkflow.Type).Ref("mappings").Unique().Required(),
		edge.To("field_mappings", FieldMapping.Type),
		edge.To("task_definitions", TaskDefinition.Type).Annotations(entgql.Skip()),
		edge.From("created_by", User.Type).Ref("mappings").Unique(),
	}
}
