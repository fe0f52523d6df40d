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

// Task is one step of a request's workflow run.
type Task struct{ ent.Schema }

// Mixin of the Task.
func (Task) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("tsk"), TimeMixin{}}
}

// Fields of the Task.
func (Task) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.Enum("type").Values("MANUAL", "APPROVAL", "INTEGRATION"),
		field.Enum("action").Values("NONE", "LAUNCH_WORKFLOW", "MONITOR_APPROVALS", "MONITOR_SIGNATURES").Default("NONE"),
		field.Enum("status").
			Values("PENDING", "IN_PROGRESS", "WAITING", "COMPLETED", "FAILED", "CANCELLED").
			Default("PENDING").Annotations(entgql.OrderField("STATUS")),
		field.Int("position").Default(0).Annotations(entgql.OrderField("POSITION")),
		field.String("detail").Default("").Comment("what the task is waiting for, in words"),
		field.String("error").Default("").Comment("why it failed, in words a person can act on"),
		field.String("note").Default("").Comment("the approver's note"),
		field.Int("attempts").Default(0),
		field.Time("started_at").Optional().Nillable(),
		field.Time("completed_at").Optional().Nillable(),
	}
}

// Edges of the Task.
func (Task) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request", Request.Type).Ref("tasks").Unique().Required(),
		edge.From("definition", TaskDefinition.Type).Ref("tasks").Unique(),
		edge.From("linked_workflow", LinkedWorkflow.Type).Ref("tasks").Unique(),
		edge.From("completed_by", User.Type).Ref("completed_tasks").Unique(),
	}
}

// Annotations of the Task.
func (Task) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField().Directives(anyone)}
}

// Indexes of the Task: the foreign keys and orderings lists filter and sort by
// (Postgres does not index foreign keys by itself).
func (Task) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("request"),
		index.Fields("status"),
	}
}
