package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"tradewind/ent/schema/pulid"
)

// TaskDefinition is one step of a workflow. An INTEGRATION task with provider
// IRONCLAD has an action on an imported Ironclad workflow.
type TaskDefinition struct{ ent.Schema }

// Mixin of the TaskDefinition.
func (TaskDefinition) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("tdf"), TimeMixin{}}
}

// Fields of the TaskDefinition.
func (TaskDefinition) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty(),
		field.Enum("type").Values("MANUAL", "APPROVAL", "INTEGRATION"),
		field.Enum("provider").Values("NONE", "IRONCLAD").Default("NONE"),
		field.Enum("action").Values("NONE", "LAUNCH_WORKFLOW", "MONITOR_APPROVALS", "MONITOR_SIGNATURES").Default("NONE"),
		field.Int("position").Default(0),
		field.Enum("assignee_role").Values("ADMIN", "REQUESTER", "VIEWER").Optional().Nillable().
			Comment("a manual task or approval done by anyone with this role (or by the assignee)"),
	}
}

// Edges of the TaskDefinition.
func (TaskDefinition) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("workflow", Workflow.Type).Ref("task_definitions").Unique().Required(),
		edge.From("ironclad_workflow", IroncladWorkflow.Type).Ref("task_definitions").Unique(),
		edge.From("mapping", Mapping.Type).Ref("task_definitions").Unique(),
		edge.To("tasks", Task.Type).Annotations(entgql.Skip()),
		edge.From("assignee", User.Type).Ref("task_definitions").Unique(),
		edge.To("monitors", TaskDefinition.Type).From("launch").Unique().
			Comment("a monitor task's launch task, in the same workflow"),
	}
}
