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

// Comment is a message on a request, mirrored to Ironclad when comment sync is on.
type Comment struct{ ent.Schema }

// Mixin of the Comment.
func (Comment) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("cmt"), TimeMixin{}}
}

// Fields of the Comment.
func (Comment) Fields() []ent.Field {
	return []ent.Field{
		field.Text("body").NotEmpty(),
		field.Enum("origin").Values("TRADEWIND", "IRONCLAD").Default("TRADEWIND"),
		field.String("author_name").Default(""),
		field.String("author_email").Default(""),
		field.String("ironclad_comment_id").Default(""),
		field.Time("deleted_at").Optional().Nillable(),
	}
}

// Edges of the Comment.
func (Comment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request", Request.Type).Ref("comments").Unique().Required(),
		edge.From("author", User.Type).Ref("comments").Unique(),
	}
}

// Annotations of the Comment.
func (Comment) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Indexes of the Comment: the foreign keys and orderings lists filter and sort by
// (Postgres does not index foreign keys by itself).
func (Comment) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("request"),
	}
}
