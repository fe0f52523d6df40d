package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"tradewind/ent/schema/progress"
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
		field.Time("launch_attempted_at").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("set before a launch is sent: a retry finding it without a job id reconciles instead of launching again"),
		field.JSON("launch_attributes", map[string]any{}).Optional().Annotations(entgql.Skip()).
			Comment("the attributes last sent, to recognise the workflow that launch created"),
		field.String("url").Default("").Comment("the workflow in Ironclad's UI"),
		field.String("title").Default(""),
		field.String("step").Default(""),
		field.String("status").Default(""),
		field.String("packet_status").Default("").Comment("the signature packet: not_sent, sent, complete"),
		// graph/ maps these domain types to the schema.
		field.JSON("approvals", []progress.Approval{}).Optional().Annotations(entgql.Skip()),
		field.JSON("signers", []progress.Signer{}).Optional().Annotations(entgql.Skip()),
		field.Time("ironclad_updated_at").Optional().Nillable().
			Comment("Ironclad's lastUpdated of the state applied: an older read never overwrites a newer one"),
		field.Time("last_event_at").Optional().Nillable(),
		field.Time("comments_synced_at").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("Ironclad's lastUpdated when its comments were last read: a later change sends the back-fill to read them again"),
	}
}

// Edges of the LinkedWorkflow.
func (LinkedWorkflow) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request", Request.Type).Ref("linked_workflows").Unique().Required(),
		edge.From("ironclad_workflow", IroncladWorkflow.Type).Ref("linked_workflows").Unique(),
		edge.From("connection", Connection.Type).Ref("linked_workflows").Unique().Annotations(entgql.Skip()),
		edge.To("tasks", Task.Type).Annotations(entgql.Skip()),
		edge.To("comments", Comment.Type).Annotations(entgql.Skip()),
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
