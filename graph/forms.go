package graph

import (
	"tradewind/graph/model"
	"tradewind/server/intake"
)

// The request form service's types, mapped to and from graph/schema/forms.graphql.

func formInput(in model.CreateRequestFormInput) intake.CreateRequestFormInput {
	return intake.CreateRequestFormInput{Name: in.Name, Description: in.Description, Pages: each(in.Pages, pageInput)}
}

func pageInput(in *model.FormPageInput) *intake.FormPageInput {
	return &intake.FormPageInput{Title: in.Title, Questions: each(in.Questions, func(q *model.FormQuestionInput) *intake.FormQuestionInput {
		out := questionInput(*q)
		return &out
	})}
}

func formUpdate(in model.UpdateRequestFormInput) intake.UpdateRequestFormInput {
	return intake.UpdateRequestFormInput{Name: in.Name, Description: in.Description, Archived: in.Archived}
}

func questionInput(in model.FormQuestionInput) intake.FormQuestionInput {
	return intake.FormQuestionInput{Key: in.Key, Label: in.Label, HelpText: in.HelpText, Type: in.Type,
		Required: in.Required, Options: in.Options, Condition: conditionInput(in.Condition)}
}

func questionUpdate(in model.UpdateFormQuestionInput) intake.UpdateFormQuestionInput {
	return intake.UpdateFormQuestionInput{Label: in.Label, HelpText: in.HelpText, Type: in.Type, Required: in.Required,
		Options: in.Options, Condition: conditionInput(in.Condition), ClearCondition: in.ClearCondition}
}

func conditionInput(in *model.QuestionConditionInput) *intake.QuestionConditionInput {
	if in == nil {
		return nil
	}
	return &intake.QuestionConditionInput{QuestionID: in.QuestionID, QuestionKey: in.QuestionKey,
		Operator: intake.QuestionConditionOperator(in.Operator), Values: in.Values}
}

func questionCondition(c *intake.QuestionCondition, err error) (*model.QuestionCondition, error) {
	if c == nil || err != nil {
		return nil, err
	}
	return &model.QuestionCondition{Question: c.Question, QuestionKey: c.QuestionKey,
		Operator: model.QuestionConditionOperator(c.Operator), Values: c.Values, Text: c.Text}, nil
}

func formPreview(p *intake.FormPreview, err error) (*model.FormPreview, error) {
	if err != nil {
		return nil, err
	}
	return &model.FormPreview{Form: p.Form, Version: p.Version,
		Pages: each(p.Pages, func(pg *intake.FormPreviewPage) *model.FormPreviewPage {
			return &model.FormPreviewPage{Page: pg.Page, Questions: each(pg.Questions, func(q *intake.FormPreviewQuestion) *model.FormPreviewQuestion {
				return &model.FormPreviewQuestion{Question: q.Question, Visible: q.Visible, ConditionText: q.ConditionText, InputHint: q.InputHint}
			})}
		}),
		AnswerErrors: each(p.AnswerErrors, func(e *intake.AnswerError) *model.AnswerError {
			return &model.AnswerError{QuestionKey: e.QuestionKey, Path: e.Path, Message: e.Message}
		}),
	}, nil
}
