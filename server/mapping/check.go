package mapping

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/ironcladfield"
	"tradewind/server/requestforms"
)

// pairIn is one input pair with its question resolved and its input path.
type pairIn struct {
	in            *FieldMappingInput
	question      *ent.FormQuestion
	questionGiven bool   // an id or key was given (even if unknown)
	questionField string // "questionID", or "questionKey" for imports
	path          string // e.g. input.fields[3]
}

// subject is what checks look at: the workflow's fields and the form.
type subject struct {
	fields []*ent.IroncladField
	layout *requestforms.Layout
}

// check verifies a draft the way Save will: every pair, the required
// fields, Integration Requestor Email, and duplicate questions.
func (s *subject) check(pairs []*pairIn, listPath string) *MappingCheck {
	out := &MappingCheck{}
	byKey := map[string]*pairIn{}
	var global []*MappingIssue
	for _, p := range pairs {
		key := p.in.FieldKey
		switch {
		case s.field(key) == nil:
			global = append(global, issue(SeverityError, IssueUnknownField, p.path+".fieldKey", key, nil,
				"The Ironclad workflow has no field %q.", key))
		case byKey[key] != nil:
			global = append(global, issue(SeverityError, IssueFieldListedTwice, p.path+".fieldKey", key, nil,
				"“%s” (%s) is listed twice; keep one.", s.field(key).Label, key))
		default:
			byKey[key] = p
		}
	}
	for _, f := range s.fields {
		out.Fields = append(out.Fields, s.checkField(f, byKey[f.Key], listPath))
	}
	out.RequestorEmail = s.requestorEmail(out.Fields)
	if out.RequestorEmail.State != RequestorEmailMapped {
		code := IssueRequestorEmailNotMapped
		if out.RequestorEmail.State == RequestorEmailMissing {
			code = IssueRequestorEmailMissing
		}
		w := issue(SeverityWarning, code, "", "", nil, "%s", out.RequestorEmail.Message)
		if f := out.RequestorEmail.Field; f != nil {
			w.FieldKey = &f.Key
		}
		global = append(global, w)
	}
	out.Duplicates = s.duplicates(out.Fields)
	for _, d := range out.Duplicates {
		global = append(global, issue(SeverityWarning, IssueDuplicateQuestion, "", d.Field.Key, d.Question,
			"“%s” asks what Ironclad's “%s” asks, but they are not mapped together: the requester would answer twice. Map these together.", d.Question.Label, d.Field.Label))
	}
	for _, fc := range out.Fields {
		out.Issues = append(out.Issues, fc.Issues...)
	}
	out.Issues = append(global, out.Issues...)
	out.Summary = s.summary(out)
	out.Ok = len(out.Summary.Errors) == 0
	return out
}

func (s *subject) field(key string) *ent.IroncladField {
	for _, f := range s.fields {
		if f.Key == key {
			return f
		}
	}
	return nil
}

func (s *subject) checkField(f *ent.IroncladField, p *pairIn, listPath string) *FieldCheck {
	fc := &FieldCheck{Field: f, Kind: KindOf(f), Status: StatusUnmapped, OptionMap: []*OptionPair{}}
	if p != nil {
		switch p.in.Source {
		case fieldmapping.SourceSKIP:
			fc.Status = StatusSkipped
		case fieldmapping.SourceQUESTION:
			s.checkQuestion(fc, p)
		case fieldmapping.SourceFIXED_VALUE:
			checkFixed(fc, p)
		case fieldmapping.SourceREQUESTER_EMAIL:
			fc.Status, fc.Transform = StatusRequesterEmail, "the requester's email"
			if fc.Kind != KindEmail && fc.Kind != KindText {
				fc.add(SeverityError, IssueRequesterEmailType, p.path+".source", nil,
					"The requester's email can go into an email or text field; “%s” is a %s field.", f.Label, kindName(fc.Kind))
			}
		}
	}
	skipped := fc.Status == StatusSkipped || fc.Status == StatusUnmapped
	path := listPath
	if p != nil {
		path = p.path
	}
	switch {
	case f.Removed && !skipped:
		fc.add(SeverityError, IssueFieldRemoved, path, nil, "Ironclad no longer has “%s” (%s); skip it.", f.Label, f.Key)
	case f.Removed:
	case skipped && f.Required == ironcladfield.RequiredALWAYS && len(f.DefaultValue) == 0:
		fc.add(SeverityError, IssueRequiredFieldUnmapped, path, nil,
			"Ironclad requires “%s” (%s) at launch: map a question to it or set a fixed value.", f.Label, f.Key)
	case skipped && f.Required == ironcladfield.RequiredCONDITIONAL:
		fc.add(SeverityWarning, IssueConditionalFieldUnmapped, path, nil,
			"Ironclad requires “%s” (%s) in some cases; map it if your requests can need it.", f.Label, f.Key)
	case !skipped && f.ReviewState == ironcladfield.ReviewStateNEEDS_REVIEW:
		fc.add(SeverityWarning, IssueFieldNeedsReview, path, nil, "“%s” still Needs Review in the imported workflow.", f.Label)
	}
	return fc
}

func (fc *FieldCheck) add(sev MappingIssueSeverity, code MappingIssueCode, path string, q *ent.FormQuestion, format string, args ...any) {
	fc.Issues = append(fc.Issues, issue(sev, code, path, fc.Field.Key, q, format, args...))
}

func issue(sev MappingIssueSeverity, code MappingIssueCode, path, fieldKey string, q *ent.FormQuestion, format string, args ...any) *MappingIssue {
	i := &MappingIssue{Severity: sev, Code: code, Message: fmt.Sprintf(format, args...)}
	if path != "" {
		i.Path = &path
	}
	if fieldKey != "" {
		i.FieldKey = &fieldKey
	}
	if q != nil {
		i.QuestionID = &q.ID
	}
	return i
}

func (s *subject) checkQuestion(fc *FieldCheck, p *pairIn) {
	f, q := fc.Field, p.question
	fc.Status = StatusMapped
	if q == nil {
		if p.questionGiven {
			fc.add(SeverityError, IssueUnknownQuestion, p.path+"."+p.questionField, nil, "The question for “%s” is not on the form “%s”.", f.Label, s.layout.Form.Name)
		} else {
			fc.add(SeverityError, IssueQuestionRequired, p.path+"."+p.questionField, nil, "Choose the question that fills “%s”.", f.Label)
		}
		return
	}
	fc.Question = q
	rule := Rule(q.Type, fc.Kind)
	fc.Compatibility, fc.Transform = &rule.Result, rule.Transform
	if rule.Result == Incompatible {
		fc.add(SeverityError, IssueIncompatibleType, p.path+"."+p.questionField, q,
			"“%s” (%s) cannot fill “%s” (%s): %s", q.Label, questionTypeName(q.Type), f.Label, kindName(fc.Kind), rule.Reason)
		return
	}
	fc.OptionMap = s.pairOptions(fc, p)
	if f.Required == ironcladfield.RequiredALWAYS && (!q.Required || requestforms.Conditional(q)) {
		fc.add(SeverityWarning, IssueRequiredOptionalQuestion, p.path+"."+p.questionField, q,
			"Ironclad requires “%s”, but “%s” is optional or conditional: an unanswered request would fail to launch. Make the question required.", f.Label, q.Label)
	}
}

// pairOptions pairs every choice of the question with an Ironclad option:
// the admin's pairing, else the option with the same label.
func (s *subject) pairOptions(fc *FieldCheck, p *pairIn) []*OptionPair {
	q, f := fc.Question, fc.Field
	choices := requestforms.ChoiceLabels(q.Type, q.Options)
	explicit := map[string]string{}
	for i, op := range p.in.OptionMap {
		at := fmt.Sprintf("%s.optionMap[%d]", p.path, i)
		switch {
		case !slices.Contains(choices, op.Option):
			fc.add(SeverityError, IssueOptionNotInIronclad, at, q, "“%s” is not an answer of “%s”.", op.Option, q.Label)
		case *fc.Compatibility == Options && !slices.Contains(f.Options, op.Value):
			fc.add(SeverityError, IssueOptionNotInIronclad, at, q, "“%s” is not an option of Ironclad's “%s” (%s).", op.Value, f.Label, strings.Join(f.Options, ", "))
		default:
			explicit[op.Option] = op.Value
		}
	}
	pairs := []*OptionPair{}
	for _, c := range choices {
		v, ok := explicit[c]
		if !ok {
			v, ok = sameLabel(f.Options, c)
		}
		if !ok && *fc.Compatibility == Options {
			fc.add(SeverityError, IssueOptionUnmapped, p.path+".optionMap", q,
				"Pair the answer “%s” of “%s” with one of Ironclad's options for “%s” (%s).", c, q.Label, f.Label, strings.Join(f.Options, ", "))
			continue
		}
		if ok {
			pairs = append(pairs, &OptionPair{Option: c, Value: v})
		}
	}
	return pairs
}

// sameLabel finds the Ironclad option spelled like the label (case and spacing aside).
func sameLabel(options []string, label string) (string, bool) {
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
	for _, o := range options {
		if norm(o) == norm(label) {
			return o, true
		}
	}
	return "", false
}

func checkFixed(fc *FieldCheck, p *pairIn) {
	fc.Status, fc.Transform = StatusFixedValue, "fixed value"
	if p.in.FixedValue == nil {
		fc.add(SeverityError, IssueFixedValueRequired, p.path+".fixedValue", nil, "Enter the fixed value for “%s”.", fc.Field.Label)
		return
	}
	v := plainJSON(p.in.FixedValue)
	fc.FixedValue = v
	if err := CheckAttribute(fc.Kind, fc.Field.Options, v); err != nil {
		fc.add(SeverityError, IssueInvalidFixedValue, p.path+".fixedValue", nil, "The fixed value for “%s” is not valid: %v.", fc.Field.Label, err)
	}
}

// plainJSON turns decoded GraphQL values (json.Number, int64, …) into
// plain JSON values (float64, []any, map[string]any).
func plainJSON(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	if json.Unmarshal(b, &out) != nil {
		return v
	}
	return out
}

// IsRequestorEmailField recognises Integration Requestor Email by label or key.
func IsRequestorEmailField(f *ent.IroncladField) bool {
	norm := func(s string) string { return strings.Join(words(s), " ") }
	for _, s := range []string{f.Label, f.Key} {
		n := strings.ReplaceAll(norm(s), "requester", "requestor")
		if n == "integration requestor email" || n == "requestor email" {
			return true
		}
	}
	return false
}

func (s *subject) requestorEmail(checks []*FieldCheck) *RequestorEmailStatus {
	for _, fc := range checks {
		if !IsRequestorEmailField(fc.Field) || fc.Field.Removed {
			continue
		}
		if fc.Status == StatusRequesterEmail {
			return &RequestorEmailStatus{State: RequestorEmailMapped, Field: fc.Field,
				Message: "“" + fc.Field.Label + "” receives the requester's email, so reviewers in Ironclad see who asked."}
		}
		return &RequestorEmailStatus{State: RequestorEmailNotMapped, Field: fc.Field,
			Message: "“" + fc.Field.Label + "” does not receive the requester's email; map it to the requester's email so reviewers see who asked (launches are owned by the integration user)."}
	}
	return &RequestorEmailStatus{State: RequestorEmailMissing,
		Message: "This Ironclad workflow has no Integration Requestor Email field. Launched workflows are owned by the integration user: add a short text field named Integration Requestor Email in Ironclad's Workflow Designer, publish, then re-sync, so reviewers see who made the request."}
}

func (s *subject) summary(c *MappingCheck) *MappingSummary {
	sum := &MappingSummary{Mapped: []*FieldCheck{}, Skipped: []*FieldCheck{}, FixedValues: []*FieldCheck{},
		AddedQuestions: []*ent.FormQuestion{}, Warnings: []*MappingIssue{}, Errors: []*MappingIssue{}}
	for _, fc := range c.Fields {
		switch fc.Status {
		case StatusMapped, StatusRequesterEmail:
			sum.Mapped = append(sum.Mapped, fc)
			if q := fc.Question; q != nil && q.SourceFieldKey != "" && !slices.Contains(sum.AddedQuestions, q) {
				sum.AddedQuestions = append(sum.AddedQuestions, q)
			}
		case StatusFixedValue:
			sum.FixedValues = append(sum.FixedValues, fc)
		default:
			sum.Skipped = append(sum.Skipped, fc)
		}
	}
	for _, i := range c.Issues {
		if i.Severity == SeverityError {
			sum.Errors = append(sum.Errors, i)
		} else {
			sum.Warnings = append(sum.Warnings, i)
		}
	}
	return sum
}

func choiceLabels(q *ent.FormQuestion) []string { return requestforms.ChoiceLabels(q.Type, q.Options) }
