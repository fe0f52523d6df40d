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

// Session is a signed-in browser. Only the SHA-256 of its cookie token is stored.
type Session struct{ ent.Schema }

// Mixin of the Session.
func (Session) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("ses"), TimeMixin{}}
}

// Fields of the Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.Bytes("token_hash").Sensitive().Unique(),
		field.Time("expires_at"),
		field.Time("last_seen_at"),
		field.String("user_agent").Default(""),
		field.String("ip").Default(""),
	}
}

// Edges of the Session.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("sessions").Unique().Required(),
	}
}

// Annotations of the Session.
func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}

// Indexes of the Session: the foreign keys and orderings lists filter and sort by
// (Postgres does not index foreign keys by itself).
func (Session) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("user"),
	}
}
