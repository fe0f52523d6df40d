package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"tradewind/ent/schema/columns"
	"tradewind/ent/schema/pulid"
)

// IroncladField is one launch-form property of an Ironclad workflow, with Ironclad's
// facts and Tradewind's review state.
type IroncladField struct{ ent.Schema }

// Mixin of the IroncladField.
func (IroncladField) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("fld"), TimeMixin{}}
}

// Fields of the IroncladField.
func (IroncladField) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Comment("Ironclad attribute id"),
		field.String("label"),
		field.String("description").Default(""),
		field.String("type").Comment("Ironclad type: string, number, boolean, date, email, monetaryAmount, array, …"),
		field.String("element_type").Default(""),
		field.Enum("required").Values("ALWAYS", "NEVER", "CONDITIONAL"),
		field.Strings("options").Optional().Comment("Ironclad's choices"),
		field.Bool("free_text_allowed").Default(false),
		field.Enum("kind").
			Values("TEXT", "PARAGRAPH", "DROPDOWN", "MULTI_SELECT", "YES_NO", "EMAIL", "NUMBER", "MONEY",
				"DATE", "DURATION", "ADDRESS", "FILES", "RECORD_LINK", "TABLE", "NOT_ASKED").
			Default("TEXT").Comment("how Tradewind asks for it: derived from Ironclad's type, the admin may change it"),
		field.Strings("answer_options").Optional().Comment("the choices Tradewind offers: Ironclad's, or the admin's edit"),
		field.JSON("default_value", map[string]any{}).Optional().Annotations(entgql.Type("Map")),
		field.JSON("table_columns", []map[string]any{}).Optional().Annotations(entgql.Type("[Map!]")),
		field.JSON("condition", &columns.FieldCondition{}).Optional().Annotations(entgql.Skip()).
			Comment("show when another field matches; set by the admin; GraphQL reads it as IroncladField.showWhen"),
		field.Int("position").Default(0),
		field.Bool("removed").Default(false).Comment("gone from Ironclad's template; kept for mappings that name it"),
		field.Enum("review_state").Values("OK", "NEEDS_REVIEW").Default("OK"),
		field.Strings("review_reasons").Optional().Comment("FieldReviewReason codes"),
		field.String("review_note").Default(""),
		field.String("ironclad_hash").Default("").Annotations(entgql.Skip()),
		field.Time("reviewed_at").Optional().Nillable(),
	}
}

// Edges of the IroncladField.
func (IroncladField) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("ironclad_workflow", IroncladWorkflow.Type).Ref("fields").Unique().Required(),
		edge.To("field_mappings", FieldMapping.Type).Annotations(entgql.Skip()),
	}
}

// Indexes of the IroncladField.
func (IroncladField) Indexes() []ent.Index {
	return []ent.Index{index.Fields("key").Edges("ironclad_workflow").Unique()}
}
