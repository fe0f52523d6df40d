package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"tradewind/ent/schema/pulid"
)

// User is a person who signs in to Tradewind: an admin, a requester or a viewer.
type User struct{ ent.Schema }

// Mixin of the User.
func (User) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("usr"), TimeMixin{}}
}

// Fields of the User.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").NotEmpty().Unique().
			Annotations(entgql.OrderField("EMAIL")),
		field.String("name").NotEmpty().
			Annotations(entgql.OrderField("NAME")),
		field.Enum("role").Values("ADMIN", "REQUESTER", "VIEWER").Default("REQUESTER").
			Annotations(entgql.OrderField("ROLE")),
		field.String("password_hash").Sensitive().
			Annotations(entgql.Skip()),
		field.Bool("disabled").Default(false),
		field.Time("last_sign_in_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of the User. Sessions and API tokens are never reachable through
// another user's node: the GraphQL API exposes only the viewer's own tokens.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("sessions", Session.Type).Annotations(entgql.Skip()),
		edge.To("api_tokens", APIToken.Type).Annotations(entgql.Skip()),
		edge.To("requests", Request.Type).Annotations(entgql.Skip()),
		edge.To("comments", Comment.Type).Annotations(entgql.Skip()),
		edge.To("audit_entries", AuditEntry.Type).Annotations(entgql.Skip()),
		edge.To("connections", Connection.Type).Annotations(entgql.Skip()),
		edge.To("mappings", Mapping.Type).Annotations(entgql.Skip()),
		edge.To("task_definitions", TaskDefinition.Type).Annotations(entgql.Skip()),
		edge.To("completed_tasks", Task.Type).Annotations(entgql.Skip()),
	}
}

// Annotations of the User.
func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField().Directives(admins),
	}
}
