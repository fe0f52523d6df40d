package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"tradewind/ent/schema/pulid"
)

// FormPage is one ordered page of a request form.
type FormPage struct{ ent.Schema }

// Mixin of the FormPage.
func (FormPage) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("pag"), TimeMixin{}}
}

// Fields of the FormPage.
func (FormPage) Fields() []ent.Field {
	return []ent.Field{
		field.String("title"),
		field.Int("position").Default(0),
	}
}

// Edges of the FormPage.
func (FormPage) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("form", RequestForm.Type).Ref("pages").Unique().Required(),
		edge.To("questions", FormQuestion.Type),
	}
}
