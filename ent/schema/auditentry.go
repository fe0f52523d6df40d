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

// AuditEntry records who changed what, from what, to what.
type AuditEntry struct{ ent.Schema }

// Mixin of the AuditEntry.
func (AuditEntry) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("aud"), TimeMixin{}}
}

// Fields of the AuditEntry.
func (AuditEntry) Fields() []ent.Field {
	return []ent.Field{
		field.String("action").Annotations(entgql.OrderField("ACTION")),
		field.String("actor_label").Default("").Comment("who, even after the user is gone"),
		field.String("target_type").Default(""),
		field.String("target_id").Default(""),
		field.JSON("before", map[string]any{}).Optional().Annotations(entgql.Type("Map")),
		field.JSON("after", map[string]any{}).Optional().Annotations(entgql.Type("Map")),
	}
}

// Edges of the AuditEntry.
func (AuditEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("actor", User.Type).Ref("audit_entries").Unique(),
	}
}

// Annotations of the AuditEntry.
func (AuditEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField().Directives(admins)}
}

// Indexes of the AuditEntry: the foreign keys and orderings lists filter and sort by
// (Postgres does not index foreign keys by itself).
func (AuditEntry) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("created_at"),
	}
}
