package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"tradewind/ent/schema/pulid"
)

// Workflow is Tradewind's own request workflow: ordered task definitions run for each request.
type Workflow struct{ ent.Schema }

// Mixin of the Workflow.
func (Workflow) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("wfl"), TimeMixin{}}
}

// Fields of the Workflow.
func (Workflow) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.Text("description").Default(""),
		field.Bool("active").Default(true),
	}
}

// Edges of the Workflow.
func (Workflow) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("task_definitions", TaskDefinition.Type),
		edge.To("request_forms", RequestForm.Type),
		edge.To("requests", Request.Type).Annotations(entgql.Skip()),
	}
}

// Annotations of the Workflow.
func (Workflow) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField().Directives(anyone)}
}
