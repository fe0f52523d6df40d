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

// APIToken lets an internal tool call the GraphQL API as its owner, limited to
// its scopes. Only the SHA-256 of the token is stored; the token is shown once.
type APIToken struct{ ent.Schema }

// Mixin of the APIToken.
func (APIToken) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("tok"), TimeMixin{}}
}

// Fields of the APIToken.
func (APIToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty(),
		field.Bytes("token_hash").Sensitive().Unique().Annotations(entgql.Skip()),
		field.String("hint").Comment("the first characters of the token, so people can tell tokens apart"),
		field.Strings("scopes").Comment("READ, or READ and WRITE"),
		field.Time("last_used_at").Optional().Nillable(),
		field.Time("expires_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
	}
}

// Edges of the APIToken.
func (APIToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", User.Type).Ref("api_tokens").Unique().Required(),
	}
}

// Annotations of the APIToken.
func (APIToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Type("APIToken")}
}

// Indexes of the APIToken: the foreign keys and orderings lists filter and sort by
// (Postgres does not index foreign keys by itself).
func (APIToken) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("owner"),
	}
}
