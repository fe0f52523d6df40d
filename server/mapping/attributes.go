package mapping

import (
	"context"
	"fmt"
	"maps"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/formquestion"
)

// LaunchPair is one saved pair, ready to fill a launch attribute.
type LaunchPair struct {
	FieldKey     string
	Kind         MappingFieldKind
	Source       fieldmapping.Source
	QuestionKey  string
	QuestionType formquestion.Type
	Options      map[string]string
	FixedValue   any
}

// LaunchPairs reads a saved mapping version's pairs.
func LaunchPairs(ctx context.Context, m *ent.Mapping) ([]LaunchPair, error) {
	rows, err := m.QueryFieldMappings().WithField().WithQuestion().All(ctx)
	if err != nil {
		return nil, err
	}
	var out []LaunchPair
	for _, r := range rows {
		p := LaunchPair{FieldKey: r.FieldKey, Source: r.Source, QuestionKey: r.QuestionKey, FixedValue: SavedFixedValue(r), Options: map[string]string{}}
		if f := r.Edges.Field; f != nil {
			p.Kind = KindOf(f)
		}
		if q := r.Edges.Question; q != nil {
			p.QuestionType = q.Type
		}
		maps.Copy(p.Options, r.OptionMap)
		out = append(out, p)
	}
	return out, nil
}

// Attributes builds Ironclad launch attributes (API.md §5.3) from a
// request's answers (question key → answer value) and the requester's
// email. Unanswered questions leave their attribute out.
func Attributes(pairs []LaunchPair, answers map[string]any, requesterEmail string) (map[string]any, error) {
	attrs := map[string]any{}
	for _, p := range pairs {
		switch p.Source {
		case fieldmapping.SourceFIXED_VALUE:
			attrs[p.FieldKey] = p.FixedValue
		case fieldmapping.SourceREQUESTER_EMAIL:
			attrs[p.FieldKey] = requesterEmail
		case fieldmapping.SourceQUESTION:
			v, err := Transform(Pair{QuestionType: p.QuestionType, Kind: p.Kind, Options: p.Options}, plainJSON(answers[p.QuestionKey]))
			if err != nil {
				return nil, fmt.Errorf("Ironclad field %s from question %s: %w", p.FieldKey, p.QuestionKey, err)
			}
			if v != nil {
				attrs[p.FieldKey] = v
			}
		}
	}
	return attrs, nil
}
