package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"tradewind/ent/schema/pulid"
)

// Connection is one authorised link to one Ironclad instance, made by OAuth.
// Tokens and the client secret are stored encrypted (AES-GCM, server/secrets).
type Connection struct{ ent.Schema }

// Mixin of the Connection.
func (Connection) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("con"), TimeMixin{}}
}

// Fields of the Connection.
func (Connection) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.Enum("environment").Values("NA", "EU", "DEMO", "CUSTOM", "SANDBOX"),
		field.String("base_url"),
		field.Enum("status").
			Values("PENDING", "CONNECTED", "NEEDS_ATTENTION", "RECONNECT_NEEDED", "DISCONNECTED").
			Default("PENDING").Annotations(entgql.OrderField("STATUS")),
		field.String("client_id").Default(""),
		field.Bytes("client_secret_enc").Sensitive().Optional().Annotations(entgql.Skip()),
		field.Bytes("access_token_enc").Sensitive().Optional().Annotations(entgql.Skip()),
		field.Bytes("refresh_token_enc").Sensitive().Optional().Annotations(entgql.Skip()),
		field.Time("token_expiry").Optional().Nillable().Annotations(entgql.Skip()),
		field.Strings("scopes").Optional(),
		field.String("integration_user_id").Default(""),
		field.String("integration_user_email").Default(""),
		field.String("integration_user_name").Default(""),
		field.String("company_id").Default(""),
		field.String("company_name").Default(""),
		field.String("webhook_id").Default(""),
		field.String("webhook_url").Default("").Comment("where Ironclad delivers this connection's events"),
		field.Enum("webhook_status").Values("NONE", "ACTIVE", "DISABLED", "REFUSED").Default("NONE"),
		field.String("last_error").Default("").Comment("why the connection needs attention, in words an admin can act on"),
		field.Enum("last_error_code").
			Values("ACCESS_DENIED", "MISSING_API_MANAGEMENT", "MISSING_SCOPES", "INVALID_STATE",
				"AUTHORIZATION_FAILED", "IRONCLAD_UNREACHABLE", "RECONNECT_NEEDED", "WEBHOOK_FAILED").
			Optional().Nillable().Comment("machine-readable reason behind last_error"),
		field.Strings("missing_scopes").Optional().Comment("scopes Tradewind asked for that Ironclad did not grant"),
		field.Time("last_verified_at").Optional().Nillable(),
		field.Enum("comment_delete").Values("UNKNOWN", "OFFERED", "NOT_OFFERED").Default("UNKNOWN").
			Comment("whether this Ironclad deletes comments through its API (real Ironclad does not): probed, never assumed"),
		field.String("oauth_state_hash").Optional().Nillable().Unique().Sensitive().Annotations(entgql.Skip()).
			Comment("SHA-256 of the pending authorization's state: single use, bound to oauth_state_user_id, expiring"),
		field.String("oauth_state_user_id").Default("").Annotations(entgql.Skip()),
		field.Time("oauth_state_expires_at").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

// Edges of the Connection.
func (Connection) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("ironclad_workflows", IroncladWorkflow.Type),
		edge.To("sync_events", SyncEvent.Type).Annotations(entgql.RelayConnection()),
		edge.To("linked_workflows", LinkedWorkflow.Type).Annotations(entgql.Skip()),
		edge.From("created_by", User.Type).Ref("connections").Unique(),
	}
}

// Annotations of the Connection.
func (Connection) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField().Directives(staff)}
}
