package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"tradewind/ent/schema/pulid"
)

// LinkedWorkflow is a live Ironclad workflow launched from a request.
type LinkedWorkflow struct{ ent.Schema }

// Mixin of the LinkedWorkflow.
func (LinkedWorkflow) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("lwf"), TimeMixin{}}
}

// Fields of the LinkedWorkflow.
func (LinkedWorkflow) Fields() []ent.Field {
	return []ent.Field{
		field.String("ironclad_id").Default(""),
		field.String("readable_id").Default("").Comment("Ironclad's IC-n id"),
		field.String("launch_job_id").Default("").Comment("async launch job, so a retried launch never starts a second workflow"),
		field.String("title").Default(""),
		field.String("step").Default(""),
		field.String("status").Default(""),
		field.JSON("approvals", []map[string]any{}).Optional().Annotations(entgql.Type("[Map!]")),
		field.JSON("signers", []map[string]any{}).Optional().Annotations(entgql.Type("[Map!]")),
		field.Time("last_event_at").Optional().Nillable(),
	}
}

// Edges of the LinkedWorkflow.
func (LinkedWorkflow) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request", Request.Type).Ref("linked_workflows").Unique().Required(),
		edge.From("ironclad_workflow", IroncladWorkflow.Type).Ref("linked_workflows").Unique(),
		edge.From("connection", Connection.Type).Ref("linked_workflows").Unique().Annotations(entgql.Skip()),
		edge.To("tasks", Task.Type).Annotations(entgql.Skip()),
	}
}

// Indexes of the LinkedWorkflow: the foreign keys and orderings lists filter and sort by
// (Postgres does not index foreign keys by itself).
func (LinkedWorkflow) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("request"),
		index.Fields("ironclad_id"),
	}
}
