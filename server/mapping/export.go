package mapping

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/mapping"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
)

// ExportFormat names the JSON layout of an exported mapping.
const ExportFormat = "tradewind.mapping/v1"

type exportDoc struct {
	Format           string `json:"format"`
	IroncladWorkflow struct {
		TemplateID string `json:"templateId"`
		Name       string `json:"name"`
	} `json:"ironcladWorkflow"`
	RequestForm struct {
		Name    string `json:"name"`
		Version int    `json:"version"`
	} `json:"requestForm"`
	Version int           `json:"version"`
	Fields  []*exportItem `json:"fields"`
}

type exportItem struct {
	FieldKey      string              `json:"fieldKey"`
	FieldLabel    string              `json:"fieldLabel,omitempty"`
	Source        fieldmapping.Source `json:"source"`
	QuestionKey   string              `json:"questionKey,omitempty"`
	QuestionLabel string              `json:"questionLabel,omitempty"`
	FixedValue    any                 `json:"fixedValue,omitempty"`
	OptionMap     map[string]string   `json:"optionMap,omitempty"`
}

func exportPair(fieldKey, fieldLabel string, source fieldmapping.Source, q *ent.FormQuestion, fixed any, options []*OptionPair) *exportItem {
	item := &exportItem{FieldKey: fieldKey, FieldLabel: fieldLabel, Source: source, FixedValue: fixed}
	if q != nil {
		item.QuestionKey, item.QuestionLabel = q.Key, q.Label
	}
	if len(options) > 0 {
		item.OptionMap = map[string]string{}
		for _, p := range options {
			item.OptionMap[p.Option] = p.Value
		}
	}
	return item
}

// Export writes a saved version as JSON (ExportFormat).
func Export(ctx context.Context, client *ent.Client, m *ent.Mapping) (string, error) {
	all, err := ExportAll(ctx, client, m.ID)
	return all[m.ID], err
}

// ExportAll exports many saved versions in the same few statements
// whatever their number.
func ExportAll(ctx context.Context, client *ent.Client, ids ...pulid.ID) (map[pulid.ID]string, error) {
	ms, err := client.Mapping.Query().Where(mapping.IDIn(ids...)).WithRequestForm().WithIroncladWorkflow().
		WithFieldMappings(func(q *ent.FieldMappingQuery) {
			q.WithField().Order(ent.Asc(fieldmapping.FieldCreatedAt), ent.Asc(fieldmapping.FieldID))
		}).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[pulid.ID]string, len(ms))
	for _, m := range ms {
		form, wf := m.Edges.RequestForm, m.Edges.IroncladWorkflow
		if form == nil || wf == nil {
			return nil, fmt.Errorf("mapping %s: its form or Ironclad workflow cannot be read", m.ID)
		}
		doc := exportDoc{Format: ExportFormat, Version: m.Version, Fields: []*exportItem{}}
		doc.IroncladWorkflow.TemplateID, doc.IroncladWorkflow.Name = wf.TemplateID, wf.Name
		doc.RequestForm.Name, doc.RequestForm.Version = form.Name, m.FormVersion
		for _, r := range m.Edges.FieldMappings {
			item := &exportItem{FieldKey: r.FieldKey, Source: r.Source, QuestionKey: r.QuestionKey, QuestionLabel: r.QuestionLabel,
				FixedValue: SavedFixedValue(r)}
			if f := r.Edges.Field; f != nil {
				item.FieldLabel = f.Label
			}
			if len(r.OptionMap) > 0 {
				item.OptionMap = r.OptionMap
			}
			doc.Fields = append(doc.Fields, item)
		}
		b, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			return nil, err
		}
		out[m.ID] = string(b)
	}
	return out, nil
}

// Import reads exported JSON onto a workflow and a form of this Tradewind:
// fields by key, questions by key, then the same checks as Save. A dry run
// only reports.
func (s *Service) Import(ctx context.Context, client *ent.Client, by *ent.User, in ImportMappingInput) (*ImportMappingPayload, error) {
	var doc exportDoc
	if err := json.Unmarshal([]byte(in.JSON), &doc); err != nil {
		return nil, apperr.BadInput("json", "This is not mapping JSON: %v.", err)
	}
	if doc.Format != ExportFormat {
		return nil, apperr.BadInput("json.format", "Expected format %q (from Export), got %q.", ExportFormat, doc.Format)
	}
	_, sub, err := load(ctx, client, in.IroncladWorkflowID, in.RequestFormID)
	if err != nil {
		return nil, err
	}
	fields := make([]*FieldMappingInput, len(doc.Fields))
	draft := make([]*FieldMappingDraft, len(doc.Fields))
	var pairs []*pairIn
	for i, item := range doc.Fields {
		path := fmt.Sprintf("json.fields[%d]", i)
		if err := fieldmapping.SourceValidator(item.Source); err != nil {
			return nil, apperr.BadInput(path+".source", "Unknown source %q: use QUESTION, FIXED_VALUE, REQUESTER_EMAIL or SKIP.", item.Source)
		}
		f := &FieldMappingInput{FieldKey: item.FieldKey, Source: item.Source, FixedValue: item.FixedValue}
		for _, k := range slices.Sorted(maps.Keys(item.OptionMap)) {
			f.OptionMap = append(f.OptionMap, &OptionPair{Option: k, Value: item.OptionMap[k]})
		}
		p := &pairIn{in: f, questionField: "questionKey", path: path}
		if item.QuestionKey != "" {
			p.questionGiven = true
			if q := sub.layout.QuestionByKey(item.QuestionKey); q != nil {
				p.question, f.QuestionID = q, &q.ID
			}
		}
		fields[i], pairs = f, append(pairs, p)
		draft[i] = &FieldMappingDraft{FieldKey: f.FieldKey, Source: f.Source, QuestionID: f.QuestionID, FixedValue: f.FixedValue, OptionMap: []*OptionPair{}}
		for _, o := range f.OptionMap {
			draft[i].OptionMap = append(draft[i].OptionMap, &OptionPair{Option: o.Option, Value: o.Value})
		}
	}
	check := sub.check(pairs, "json.fields")
	out := &ImportMappingPayload{Check: check, Draft: draft}
	if in.DryRun != nil && *in.DryRun {
		return out, nil
	}
	out.Mapping, err = s.store(ctx, client, by, sub,
		MappingInput{IroncladWorkflowID: in.IroncladWorkflowID, RequestFormID: in.RequestFormID, Fields: fields}, check, "mapping.import")
	return out, err
}
