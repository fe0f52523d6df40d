package mapping

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/ironcladfield"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/mapping"
	"tradewind/ent/requestform"
	"tradewind/ent/schema/columns"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/audit"
	"tradewind/server/requestforms"
)

// Service is Map Request Forms. Methods take the (transaction's) client.
type Service struct {
	audit *audit.Recorder
	forms *requestforms.Service
}

// NewService returns the mapping service; it adds questions through forms.
func NewService(rec *audit.Recorder, forms *requestforms.Service) *Service {
	return &Service{audit: rec, forms: forms}
}

// load reads the workflow's fields (Ironclad's order) and the form's layout.
func load(ctx context.Context, client *ent.Client, workflowID, formID pulid.ID) (*ent.IroncladWorkflow, *subject, error) {
	wf, err := client.IroncladWorkflow.Get(ctx, workflowID)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFound("Ironclad workflow")
	}
	if err != nil {
		return nil, nil, err
	}
	fields, err := client.IroncladField.Query().Where(ironcladfield.HasIroncladWorkflowWith(ironcladworkflow.ID(workflowID))).
		Order(ent.Asc(ironcladfield.FieldPosition), ent.Asc(ironcladfield.FieldID)).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	layout, err := requestforms.LoadLayout(ctx, client, formID)
	if err != nil {
		return nil, nil, err
	}
	return wf, &subject{fields: fields, layout: layout}, nil
}

// Editor gathers the mapping screen: fields, suggestions, a draft, its check.
func (s *Service) Editor(ctx context.Context, client *ent.Client, workflowID, formID pulid.ID) (*MappingEditor, error) {
	wf, sub, err := load(ctx, client, workflowID, formID)
	if err != nil {
		return nil, err
	}
	current, err := currentMapping(ctx, client, workflowID, formID)
	if err != nil {
		return nil, err
	}
	ed := &MappingEditor{IroncladWorkflow: wf, RequestForm: sub.layout.Form, Current: current}
	for _, f := range sub.fields {
		row := &MappingFieldRow{Field: f, Kind: KindOf(f), Suggestions: sub.suggestions(f), CompatibleQuestions: sub.compatibleQuestions(f)}
		if t, ok := questionTypeFor[row.Kind]; ok {
			row.AddQuestionType = &t
		}
		ed.Fields = append(ed.Fields, row)
	}
	if current != nil {
		ed.Draft, err = savedDraft(ctx, current)
		if err != nil {
			return nil, err
		}
	} else {
		ed.Draft = sub.firstDraft()
	}
	ed.Check = sub.check(sub.resolve(draftInputs(ed.Draft), "fields", "questionID"), "fields")
	return ed, nil
}

// Check checks a draft without saving it.
func (s *Service) Check(ctx context.Context, client *ent.Client, in MappingInput) (*MappingCheck, error) {
	_, sub, err := load(ctx, client, in.IroncladWorkflowID, in.RequestFormID)
	if err != nil {
		return nil, err
	}
	return sub.check(sub.resolve(in.Fields, "fields", "questionID"), "fields"), nil
}

// resolve finds each pair's question on the form.
func (s *subject) resolve(fields []*FieldMappingInput, listPath, questionField string) []*pairIn {
	out := make([]*pairIn, len(fields))
	for i, f := range fields {
		p := &pairIn{in: f, questionField: questionField, path: fmt.Sprintf("%s[%d]", listPath, i)}
		if f.QuestionID != nil {
			p.questionGiven = true
			p.question = s.layout.Question(*f.QuestionID)
		}
		out[i] = p
	}
	return out
}

// Save checks the draft and stores it as the next version; the previous
// version stays readable. The first error refuses the save, naming its path.
func (s *Service) Save(ctx context.Context, client *ent.Client, by *ent.User, in MappingInput) (*SaveMappingPayload, error) {
	_, sub, err := load(ctx, client, in.IroncladWorkflowID, in.RequestFormID)
	if err != nil {
		return nil, err
	}
	check := sub.check(sub.resolve(in.Fields, "fields", "questionID"), "fields")
	m, err := s.store(ctx, client, by, sub, in, check, "mapping.save")
	if err != nil {
		return nil, err
	}
	return &SaveMappingPayload{Mapping: m, Check: check}, nil
}

func (s *Service) store(ctx context.Context, client *ent.Client, by *ent.User, sub *subject, in MappingInput, check *MappingCheck, action string) (*ent.Mapping, error) {
	if !check.Ok {
		first := check.Summary.Errors[0]
		path := "fields"
		if first.Path != nil {
			path = *first.Path
		}
		return nil, apperr.BadInput(path, "%s", first.Message)
	}
	last, err := client.Mapping.Query().
		Where(mapping.HasRequestFormWith(requestform.ID(in.RequestFormID)), mapping.HasIroncladWorkflowWith(ironcladworkflow.ID(in.IroncladWorkflowID))).
		Order(ent.Desc(mapping.FieldVersion)).First(ctx)
	version := 1
	switch {
	case err == nil:
		version = last.Version + 1
	case !ent.IsNotFound(err):
		return nil, err
	}
	if _, err := client.Mapping.Update().Where(mapping.Current(true),
		mapping.HasRequestFormWith(requestform.ID(in.RequestFormID)), mapping.HasIroncladWorkflowWith(ironcladworkflow.ID(in.IroncladWorkflowID))).
		SetCurrent(false).Save(ctx); err != nil {
		return nil, err
	}
	var warnings []string
	for _, w := range check.Summary.Warnings {
		warnings = append(warnings, w.Message)
	}
	create := client.Mapping.Create().SetVersion(version).SetCurrent(true).SetWarnings(warnings).
		SetFormVersion(sub.layout.Form.Version).SetRequestFormID(in.RequestFormID).SetIroncladWorkflowID(in.IroncladWorkflowID)
	if by != nil {
		create.SetCreatedBy(by)
	}
	m, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	var stored []any
	for _, fc := range check.Fields {
		row, ok := storedPair(fc, in.Fields)
		if !ok {
			continue
		}
		b := client.FieldMapping.Create().SetMapping(m).SetField(fc.Field).SetFieldKey(fc.Field.Key).SetSource(row.Source)
		if q := fc.Question; q != nil {
			b.SetQuestion(q).SetQuestionKey(q.Key).SetQuestionLabel(q.Label).SetOptionMap(optionMap(fc.OptionMap))
		}
		if row.Source == fieldmapping.SourceFIXED_VALUE {
			b.SetFixedValue(&columns.FixedValue{Value: fc.FixedValue})
		}
		if err := b.Exec(ctx); err != nil {
			return nil, err
		}
		stored = append(stored, exportPair(fc.Field.Key, fc.Field.Label, row.Source, fc.Question, fc.FixedValue, fc.OptionMap))
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: action, TargetType: "Mapping", TargetID: string(m.ID),
		After: map[string]any{"requestForm": in.RequestFormID, "ironcladWorkflow": in.IroncladWorkflowID, "version": version, "fields": stored, "warnings": warnings}})
	return m, err
}

// storedPair finds the input pair of a checked field.
func storedPair(fc *FieldCheck, fields []*FieldMappingInput) (*FieldMappingInput, bool) {
	for _, f := range fields {
		if f.FieldKey == fc.Field.Key {
			return f, true
		}
	}
	return nil, false
}

func optionMap(pairs []*OptionPair) map[string]string {
	m := map[string]string{}
	for _, p := range pairs {
		m[p.Option] = p.Value
	}
	return m
}

func currentMapping(ctx context.Context, client *ent.Client, workflowID, formID pulid.ID) (*ent.Mapping, error) {
	m, err := client.Mapping.Query().Where(mapping.Current(true),
		mapping.HasRequestFormWith(requestform.ID(formID)), mapping.HasIroncladWorkflowWith(ironcladworkflow.ID(workflowID))).
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return m, err
}

// Versions queries every saved version, newest first (graph shapes it to the operation).
func Versions(client *ent.Client, workflowID, formID pulid.ID) *ent.MappingQuery {
	return client.Mapping.Query().
		Where(mapping.HasRequestFormWith(requestform.ID(formID)), mapping.HasIroncladWorkflowWith(ironcladworkflow.ID(workflowID))).
		Order(ent.Desc(mapping.FieldVersion))
}

// Current queries the current version of every mapping.
func Current(client *ent.Client) *ent.MappingQuery {
	return client.Mapping.Query().Where(mapping.Current(true)).Order(ent.Asc(mapping.FieldCreatedAt))
}

// savedDraft turns a saved version back into draft pairs.
func savedDraft(ctx context.Context, m *ent.Mapping) ([]*FieldMappingDraft, error) {
	rows, err := m.QueryFieldMappings().WithQuestion().Order(ent.Asc(fieldmapping.FieldCreatedAt), ent.Asc(fieldmapping.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*FieldMappingDraft, 0, len(rows))
	for _, r := range rows {
		d := &FieldMappingDraft{FieldKey: r.FieldKey, Source: r.Source, FixedValue: SavedFixedValue(r), OptionMap: OptionPairs(r.OptionMap)}
		if q := r.Edges.Question; q != nil {
			d.QuestionID = &q.ID
		}
		out = append(out, d)
	}
	return out, nil
}

// OptionPairs reads a stored option map, in a stable order.
func OptionPairs(m map[string]string) []*OptionPair {
	out := []*OptionPair{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, &OptionPair{Option: k, Value: m[k]})
	}
	return out
}

// SavedFixedValue is a saved pair's fixed value (nil unless source FIXED_VALUE).
func SavedFixedValue(r *ent.FieldMapping) any {
	if r.FixedValue == nil {
		return nil
	}
	return r.FixedValue.Value
}

func draftInputs(draft []*FieldMappingDraft) []*FieldMappingInput {
	out := make([]*FieldMappingInput, len(draft))
	for i, d := range draft {
		in := &FieldMappingInput{FieldKey: d.FieldKey, Source: d.Source, QuestionID: d.QuestionID, FixedValue: d.FixedValue}
		for _, p := range d.OptionMap {
			in.OptionMap = append(in.OptionMap, &OptionPair{Option: p.Option, Value: p.Value})
		}
		out[i] = in
	}
	return out
}

// CheckSaved checks a saved version against today's form and fields.
func CheckSaved(ctx context.Context, client *ent.Client, m *ent.Mapping) (*MappingCheck, error) {
	formID, err := m.QueryRequestForm().OnlyID(ctx)
	if err != nil {
		return nil, err
	}
	wfID, err := m.QueryIroncladWorkflow().OnlyID(ctx)
	if err != nil {
		return nil, err
	}
	_, sub, err := load(ctx, client, wfID, formID)
	if err != nil {
		return nil, err
	}
	draft, err := savedDraft(ctx, m)
	if err != nil {
		return nil, err
	}
	return sub.check(sub.resolve(draftInputs(draft), "fields", "questionID"), "fields"), nil
}
