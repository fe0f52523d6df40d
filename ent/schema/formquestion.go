package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"tradewind/ent/schema/columns"
	"tradewind/ent/schema/pulid"
)

// FormQuestion is one question on a request form page.
type FormQuestion struct{ ent.Schema }

// Mixin of the FormQuestion.
func (FormQuestion) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("qst"), TimeMixin{}}
}

// Fields of the FormQuestion.
func (FormQuestion) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Comment("stable machine name, kept in answers"),
		field.String("label"),
		field.Text("help_text").Default(""),
		field.Enum("type").Values(
			"SHORT_TEXT", "LONG_TEXT", "NUMBER", "MONEY", "DATE", "YES_NO",
			"SINGLE_SELECT", "MULTI_SELECT", "EMAIL", "PERSON", "ADDRESS", "DURATION", "FILE",
		),
		field.Bool("required").Default(false),
		field.Strings("options").Optional(),
		field.JSON("condition", &columns.QuestionCondition{}).Optional().Annotations(entgql.Skip()).
			Comment("GraphQL reads it as FormQuestion.showWhen"),
		field.Int("position").Default(0).Annotations(entgql.OrderField("POSITION")),
		field.String("source_field_key").Default("").
			Comment("the Ironclad field this question was added from (Map Request Forms → add missing question)"),
	}
}

// Edges of the FormQuestion.
func (FormQuestion) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("page", FormPage.Type).Ref("questions").Unique().Required(),
		edge.To("field_mappings", FieldMapping.Type).Annotations(entgql.Skip()),
		edge.To("answers", Answer.Type).Annotations(entgql.Skip()),
	}
}
