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

// Request is a submitted request form with its answers, workflow run, tasks and comments.
type Request struct{ ent.Schema }

// Mixin of the Request.
func (Request) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("req"), TimeMixin{}}
}

// Fields of the Request.
func (Request) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().Annotations(entgql.OrderField("TITLE")),
		field.Enum("status").
			Values("DRAFT", "SUBMITTED", "IN_PROGRESS", "COMPLETED", "WITHDRAWN", "FAILED").
			Default("SUBMITTED").Annotations(entgql.OrderField("STATUS")),
		field.Int("form_version").Default(1),
		field.Time("submitted_at").Optional().Nillable(),
	}
}

// Edges of the Request.
func (Request) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("requester", User.Type).Ref("requests").Unique().Required(),
		edge.From("request_form", RequestForm.Type).Ref("requests").Unique(),
		edge.From("workflow", Workflow.Type).Ref("requests").Unique(),
		edge.To("answers", Answer.Type),
		edge.To("tasks", Task.Type).Annotations(entgql.RelayConnection()),
		edge.To("comments", Comment.Type).Annotations(entgql.RelayConnection()),
		edge.To("linked_workflows", LinkedWorkflow.Type),
		edge.To("sync_events", SyncEvent.Type).Annotations(entgql.RelayConnection()),
	}
}

// Annotations of the Request.
func (Request) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField().Directives(anyone)}
}

// Indexes of the Request: the foreign keys and orderings lists filter and sort by
// (Postgres does not index foreign keys by itself).
func (Request) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("created_at"),
		index.Edges("requester"),
		index.Fields("status"),
	}
}
