package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
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
		field.String("ironclad_comment_id").Default("").Comment("its copy in Ironclad, once posted or imported"),
		field.Time("edited_at").Optional().Nillable().Comment("when its text last changed in Ironclad"),
		field.Time("deleted_at").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("removed: kept so a back-fill does not bring it back; readable by no one"),
		field.Enum("sync_status").Values("NOT_SYNCED", "PENDING", "SYNCED", "FAILED").Default("NOT_SYNCED").
			Comment("its copy in Ironclad: PENDING while sync_action waits for its turn, FAILED with sync_error"),
		field.Enum("sync_action").Values("POST", "DELETE").Optional().Nillable().
			Comment("what PENDING or FAILED is about"),
		field.String("sync_error").Default("").Comment("why the last attempt failed, in words"),
		field.Int("sync_attempts").Default(0).Annotations(entgql.Skip()),
		field.Time("queued_at").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("when sync_action was asked for: writes go out in this order"),
		field.Time("next_attempt_at").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

// Edges of the Comment.
func (Comment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request", Request.Type).Ref("comments").Unique().Required(),
		edge.From("author", User.Type).Ref("comments").Unique(),
		edge.From("linked_workflow", LinkedWorkflow.Type).Ref("comments").Unique().Annotations(entgql.Skip()),
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
		index.Edges("linked_workflow"),
		// One Tradewind comment per Ironclad comment, whichever of a webhook,
		// a back-fill or the post's own answer links it first.
		index.Fields("ironclad_comment_id").Unique().Annotations(entsql.IndexWhere("ironclad_comment_id <> ''")),
		index.Fields("sync_status"),
	}
}
