package mapping

import (
	"sort"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
)

// Thresholds on label similarity (0..1) and on the combined score.
const (
	suggestLabel   = 0.34 // a suggestion at all
	duplicateLabel = 0.5  // a duplicate flag
	confidentScore = 0.75 // pre-selected in a first draft
)

// labelScore compares a question with a field by label and key, both ways.
func labelScore(q *ent.FormQuestion, f *ent.IroncladField) (float64, string) {
	best, why := 0.0, ""
	for _, a := range []string{q.Label, q.Key} {
		for _, b := range []string{f.Label, f.Key} {
			if score, reason := similarity(a, b); score > best {
				best, why = score, reason
			}
		}
	}
	return best, why
}

// score weighs label similarity with how naturally the types fit.
func score(label float64, rule CompatibilityRule) float64 {
	fit := 0.4
	if rule.natural {
		fit = 1
	}
	return 0.85*label + 0.15*fit
}

// suggestions are the compatible questions with a similar label, best first.
func (s *subject) suggestions(f *ent.IroncladField) []*QuestionSuggestion {
	kind := KindOf(f)
	out := []*QuestionSuggestion{}
	for _, q := range s.layout.Questions() {
		rule := Rule(q.Type, kind)
		label, reason := labelScore(q, f)
		if rule.Result == Incompatible || label < suggestLabel {
			continue
		}
		out = append(out, &QuestionSuggestion{Question: q, Score: round(score(label, rule)), Compatibility: rule.Result, Reason: reason})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

func round(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// compatibleQuestions lists every question that may fill the field, in form order.
func (s *subject) compatibleQuestions(f *ent.IroncladField) []*ent.FormQuestion {
	kind := KindOf(f)
	out := []*ent.FormQuestion{}
	for _, q := range s.layout.Questions() {
		if Rule(q.Type, kind).Result != Incompatible {
			out = append(out, q)
		}
	}
	return out
}

// duplicates flags questions that ask what an unmapped Ironclad field asks
// while being mapped to nothing: the requester would answer twice.
func (s *subject) duplicates(checks []*FieldCheck) []*DuplicateFlag {
	used := map[*ent.FormQuestion]bool{}
	for _, fc := range checks {
		if fc.Question != nil {
			used[fc.Question] = true
		}
	}
	out := []*DuplicateFlag{}
	for _, fc := range checks {
		if (fc.Status != StatusUnmapped && fc.Status != StatusSkipped) || fc.Field.Removed {
			continue
		}
		for _, q := range s.layout.Questions() {
			rule := Rule(q.Type, fc.Kind)
			label, reason := labelScore(q, fc.Field)
			if used[q] || rule.Result == Incompatible || label < duplicateLabel {
				continue
			}
			out = append(out, &DuplicateFlag{Question: q, Field: fc.Field, Score: round(score(label, rule)), Reason: reason,
				Resolution: questionPair(fc.Field, q)})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// questionPair is the draft pair question → field, options paired by label.
func questionPair(f *ent.IroncladField, q *ent.FormQuestion) *FieldMappingDraft {
	d := &FieldMappingDraft{FieldKey: f.Key, Source: fieldmapping.SourceQUESTION, QuestionID: &q.ID, OptionMap: []*OptionPair{}}
	for _, c := range choiceLabels(q) {
		if v, ok := sameLabel(f.Options, c); ok {
			d.OptionMap = append(d.OptionMap, &OptionPair{Option: c, Value: v})
		}
	}
	return d
}

// firstDraft is where a new mapping starts: Integration Requestor Email,
// then each field's confident suggestion, each question used once (the
// field it fits best wins).
func (s *subject) firstDraft() []*FieldMappingDraft {
	type candidate struct {
		f     *ent.IroncladField
		q     *ent.FormQuestion
		score float64
	}
	var cands []candidate
	taken := map[string]*FieldMappingDraft{}
	for _, f := range s.fields {
		if f.Removed {
			continue
		}
		if IsRequestorEmailField(f) && (KindOf(f) == KindEmail || KindOf(f) == KindText) {
			taken[f.Key] = &FieldMappingDraft{FieldKey: f.Key, Source: fieldmapping.SourceREQUESTER_EMAIL, OptionMap: []*OptionPair{}}
			continue
		}
		for _, sug := range s.suggestions(f) {
			if sug.Score >= confidentScore {
				cands = append(cands, candidate{f, sug.Question, sug.Score})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	usedQ := map[*ent.FormQuestion]bool{}
	for _, c := range cands {
		if taken[c.f.Key] != nil || usedQ[c.q] {
			continue
		}
		taken[c.f.Key], usedQ[c.q] = questionPair(c.f, c.q), true
	}
	out := []*FieldMappingDraft{}
	for _, f := range s.fields {
		if d := taken[f.Key]; d != nil {
			out = append(out, d)
		}
	}
	return out
}
