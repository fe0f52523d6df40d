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

// SyncEvent is one entry of the sync ledger: a call to Ironclad or a webhook from it.
type SyncEvent struct{ ent.Schema }

// Mixin of the SyncEvent.
func (SyncEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("sev"), TimeMixin{}}
}

// Fields of the SyncEvent.
func (SyncEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("direction").Values("OUTBOUND", "INBOUND", "INTERNAL"),
		field.String("kind").Annotations(entgql.OrderField("KIND")),
		field.Enum("status").Values("PENDING", "SUCCEEDED", "FAILED", "RETRYING", "IGNORED").
			Default("PENDING").Annotations(entgql.OrderField("STATUS")),
		field.String("summary").Default(""),
		field.Int("attempts").Default(0),
		field.String("error").Default(""),
		field.Int("http_status").Optional().Nillable(),
		field.String("ironclad_event_id").Optional().Nillable().Unique().Comment("webhook event id: a duplicate delivery changes nothing"),
		field.JSON("payload", map[string]any{}).Optional().Annotations(entgql.Type("Map")),
	}
}

// Edges of the SyncEvent.
func (SyncEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("connection", Connection.Type).Ref("sync_events").Unique(),
		edge.From("request", Request.Type).Ref("sync_events").Unique(),
		edge.From("ironclad_workflow", IroncladWorkflow.Type).Ref("sync_events").Unique(),
	}
}

// Annotations of the SyncEvent.
func (SyncEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField().Directives(staff)}
}

// Indexes of the SyncEvent: the foreign keys and orderings lists filter and sort by
// (Postgres does not index foreign keys by itself).
func (SyncEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Edges("request"),
		index.Edges("connection"),
		index.Fields("created_at"),
	}
}
