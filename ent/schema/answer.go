package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"tradewind/ent/schema/pulid"
)

// Answer is one answer of a request. It is self-describing (key, label, type
// copied from the question) so later form edits never change what was asked.
type Answer struct{ ent.Schema }

// Mixin of the Answer.
func (Answer) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("ans"), TimeMixin{}}
}

// Fields of the Answer.
func (Answer) Fields() []ent.Field {
	return []ent.Field{
		field.String("question_key"),
		field.String("question_label"),
		field.String("question_type"),
		field.Strings("question_options").Optional().Comment("the options offered when it was answered"),
		field.JSON("value", map[string]any{}).Optional().Annotations(entgql.Type("Map")),
	}
}

// Edges of the Answer.
func (Answer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request", Request.Type).Ref("answers").Unique().Required(),
		edge.From("question", FormQuestion.Type).Ref("answers").Unique(),
	}
}

// Indexes of the Answer: the foreign keys and orderings lists filter and sort by
// (Postgres does not index foreign keys by itself).
func (Answer) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("request"),
	}
}
