package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"tradewind/ent/schema/pulid"
)

// RequestForm is Tradewind's own intake form.
type RequestForm struct{ ent.Schema }

// Mixin of the RequestForm.
func (RequestForm) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("frm"), TimeMixin{}}
}

// Fields of the RequestForm.
func (RequestForm) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.Text("description").Default(""),
		field.Int("version").Default(1).Comment("bumped on every change, recorded on each request"),
		field.Bool("archived").Default(false),
	}
}

// Edges of the RequestForm.
func (RequestForm) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("pages", FormPage.Type),
		edge.To("mappings", Mapping.Type),
		edge.To("requests", Request.Type).Annotations(entgql.Skip()),
		edge.From("workflow", Workflow.Type).Ref("request_forms").Unique(),
	}
}

// Annotations of the RequestForm.
func (RequestForm) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField().Directives(anyone)}
}
