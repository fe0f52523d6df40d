package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"tradewind/ent/schema/pulid"
)

// IroncladWorkflow is an Ironclad workflow template ("workflow schema") an
// admin imported with Import Forms.
type IroncladWorkflow struct{ ent.Schema }

// Mixin of the IroncladWorkflow.
func (IroncladWorkflow) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("icw"), TimeMixin{}}
}

// Fields of the IroncladWorkflow.
func (IroncladWorkflow) Fields() []ent.Field {
	return []ent.Field{
		field.String("template_id").Comment("Ironclad's workflow schema id; a republished template gets a new one"),
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.Bool("comment_sync").Default(true),
		field.String("schema_hash").Default("").Annotations(entgql.Skip()),
		field.Time("last_synced_at").Optional().Nillable(),
		field.Enum("drift").Values("NONE", "CHANGED", "REPUBLISHED", "MISSING").Default("NONE"),
		field.String("drift_summary").Default("").Comment("what the last drift check found, in words"),
		field.Int("field_count").Default(0).Comment("fields still in Ironclad's template"),
		field.Int("needs_review_count").Default(0),
	}
}

// Edges of the IroncladWorkflow.
func (IroncladWorkflow) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("connection", Connection.Type).Ref("ironclad_workflows").Unique().Required(),
		edge.To("fields", IroncladField.Type),
		edge.To("mappings", Mapping.Type),
		edge.To("task_definitions", TaskDefinition.Type).Annotations(entgql.Skip()),
		edge.To("linked_workflows", LinkedWorkflow.Type).Annotations(entgql.Skip()),
		edge.To("sync_events", SyncEvent.Type).Annotations(entgql.RelayConnection()),
	}
}

// Indexes of the IroncladWorkflow.
func (IroncladWorkflow) Indexes() []ent.Index {
	return []ent.Index{index.Fields("template_id").Edges("connection").Unique()}
}

// Annotations of the IroncladWorkflow.
func (IroncladWorkflow) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField().Directives(staff)}
}
