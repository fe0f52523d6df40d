package graph

import (
	"tradewind/graph/model"
	"tradewind/server/mapping"
)

// The mapping service's types, mapped to and from graph/schema/mapping.graphql.

func mappingInput(in model.MappingInput) mapping.MappingInput {
	return mapping.MappingInput{IroncladWorkflowID: in.IroncladWorkflowID, RequestFormID: in.RequestFormID,
		Fields: each(in.Fields, fieldMappingInput)}
}

func fieldMappingInput(in *model.FieldMappingInput) *mapping.FieldMappingInput {
	return &mapping.FieldMappingInput{FieldKey: in.FieldKey, Source: in.Source, QuestionID: in.QuestionID,
		FixedValue: in.FixedValue, OptionMap: each(in.OptionMap, func(p *model.OptionPairInput) *mapping.OptionPair {
			return &mapping.OptionPair{Option: p.Option, Value: p.Value}
		})}
}

func addQuestionInput(in model.AddQuestionFromFieldInput) mapping.AddQuestionFromFieldInput {
	return mapping.AddQuestionFromFieldInput{IroncladWorkflowID: in.IroncladWorkflowID, FieldKey: in.FieldKey,
		PageID: in.PageID, Position: in.Position, Draft: each(in.Draft, fieldMappingInput)}
}

func importInput(in model.ImportMappingInput) mapping.ImportMappingInput {
	return mapping.ImportMappingInput{IroncladWorkflowID: in.IroncladWorkflowID, RequestFormID: in.RequestFormID,
		JSON: in.JSON, DryRun: in.DryRun}
}

func optionPair(p *mapping.OptionPair) *model.OptionPair {
	return &model.OptionPair{Option: p.Option, Value: p.Value}
}

func draftPair(d *mapping.FieldMappingDraft) *model.FieldMappingDraft {
	return &model.FieldMappingDraft{FieldKey: d.FieldKey, Source: d.Source, QuestionID: d.QuestionID,
		FixedValue: d.FixedValue, OptionMap: each(d.OptionMap, optionPair)}
}

func compatibilityRule(r mapping.CompatibilityRule) *model.CompatibilityRule {
	return &model.CompatibilityRule{QuestionType: r.QuestionType, FieldKind: model.MappingFieldKind(r.FieldKind),
		Result: model.Compatibility(r.Result), Transform: r.Transform, Reason: r.Reason}
}

func mappingEditor(ed *mapping.MappingEditor, err error) (*model.MappingEditor, error) {
	if err != nil {
		return nil, err
	}
	return &model.MappingEditor{IroncladWorkflow: ed.IroncladWorkflow, RequestForm: ed.RequestForm, Current: ed.Current,
		Fields: each(ed.Fields, func(row *mapping.MappingFieldRow) *model.MappingFieldRow {
			return &model.MappingFieldRow{Field: row.Field, Kind: model.MappingFieldKind(row.Kind),
				Suggestions: each(row.Suggestions, func(s *mapping.QuestionSuggestion) *model.QuestionSuggestion {
					return &model.QuestionSuggestion{Question: s.Question, Score: s.Score, Compatibility: model.Compatibility(s.Compatibility), Reason: s.Reason}
				}),
				CompatibleQuestions: row.CompatibleQuestions, AddQuestionType: row.AddQuestionType}
		}),
		Draft: each(ed.Draft, draftPair), Check: mappingCheck(ed.Check)}, nil
}

func checked(c *mapping.MappingCheck, err error) (*model.MappingCheck, error) {
	if err != nil {
		return nil, err
	}
	return mappingCheck(c), nil
}

func mappingCheck(c *mapping.MappingCheck) *model.MappingCheck {
	s := c.Summary
	return &model.MappingCheck{Ok: c.Ok, Fields: each(c.Fields, fieldCheck),
		Duplicates: each(c.Duplicates, func(d *mapping.DuplicateFlag) *model.DuplicateFlag {
			return &model.DuplicateFlag{Question: d.Question, Field: d.Field, Score: d.Score, Reason: d.Reason, Resolution: draftPair(d.Resolution)}
		}),
		Issues: each(c.Issues, mappingIssue),
		Summary: &model.MappingSummary{Mapped: each(s.Mapped, fieldCheck), Skipped: each(s.Skipped, fieldCheck),
			FixedValues: each(s.FixedValues, fieldCheck), AddedQuestions: s.AddedQuestions,
			Warnings: each(s.Warnings, mappingIssue), Errors: each(s.Errors, mappingIssue)},
		RequestorEmail: &model.RequestorEmailStatus{State: model.RequestorEmailState(c.RequestorEmail.State),
			Field: c.RequestorEmail.Field, Message: c.RequestorEmail.Message},
	}
}

func fieldCheck(f *mapping.FieldCheck) *model.FieldCheck {
	out := &model.FieldCheck{Field: f.Field, Kind: model.MappingFieldKind(f.Kind), Status: model.FieldMappingStatus(f.Status),
		Question: f.Question, Transform: f.Transform, FixedValue: f.FixedValue,
		OptionMap: each(f.OptionMap, optionPair), Issues: each(f.Issues, mappingIssue)}
	if f.Compatibility != nil {
		c := model.Compatibility(*f.Compatibility)
		out.Compatibility = &c
	}
	return out
}

func mappingIssue(i *mapping.MappingIssue) *model.MappingIssue {
	return &model.MappingIssue{Severity: model.MappingIssueSeverity(i.Severity), Code: model.MappingIssueCode(i.Code),
		Message: i.Message, FieldKey: i.FieldKey, QuestionID: i.QuestionID, Path: issuePath(i.Path)}
}

// issuePath: an issue names the draft's field ("fields[3].questionID", or
// "json.fields[2]" for an import), which clients send as input.
func issuePath(p *string) *string {
	if p == nil {
		return nil
	}
	path := "input." + *p
	return &path
}
