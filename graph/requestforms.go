package graph

import (
	"tradewind/graph/model"
	"tradewind/server/requestforms"
)

// The request form service's types, mapped to and from graph/schema/requestforms.graphql.

func formInput(in model.CreateRequestFormInput) requestforms.CreateRequestFormInput {
	return requestforms.CreateRequestFormInput{Name: in.Name, Description: in.Description, Pages: each(in.Pages, pageInput)}
}

func pageInput(in *model.FormPageInput) *requestforms.FormPageInput {
	return &requestforms.FormPageInput{Title: in.Title, Questions: each(in.Questions, func(q *model.FormQuestionInput) *requestforms.FormQuestionInput {
		out := questionInput(*q)
		return &out
	})}
}

func formUpdate(in model.UpdateRequestFormInput) requestforms.UpdateRequestFormInput {
	return requestforms.UpdateRequestFormInput{Name: in.Name, Description: in.Description, Archived: in.Archived}
}

func questionInput(in model.FormQuestionInput) requestforms.FormQuestionInput {
	return requestforms.FormQuestionInput{Key: in.Key, Label: in.Label, HelpText: in.HelpText, Type: in.Type,
		Required: in.Required, Options: in.Options, Condition: conditionInput(in.Condition)}
}

func questionUpdate(in model.UpdateFormQuestionInput) requestforms.UpdateFormQuestionInput {
	return requestforms.UpdateFormQuestionInput{Label: in.Label, HelpText: in.HelpText, Type: in.Type, Required: in.Required,
		Options: in.Options, Condition: conditionInput(in.Condition), ClearCondition: in.ClearCondition}
}

func conditionInput(in *model.QuestionConditionInput) *requestforms.QuestionConditionInput {
	if in == nil {
		return nil
	}
	return &requestforms.QuestionConditionInput{QuestionID: in.QuestionID, QuestionKey: in.QuestionKey,
		Operator: requestforms.QuestionConditionOperator(in.Operator), Values: in.Values}
}

func questionCondition(c *requestforms.QuestionCondition, err error) (*model.QuestionCondition, error) {
	if c == nil || err != nil {
		return nil, err
	}
	return &model.QuestionCondition{Question: c.Question, QuestionKey: c.QuestionKey,
		Operator: model.QuestionConditionOperator(c.Operator), Values: c.Values, Text: c.Text}, nil
}

func formPreview(p *requestforms.FormPreview, err error) (*model.FormPreview, error) {
	if err != nil {
		return nil, err
	}
	return &model.FormPreview{Form: p.Form, Version: p.Version,
		Pages: each(p.Pages, func(pg *requestforms.FormPreviewPage) *model.FormPreviewPage {
			return &model.FormPreviewPage{Page: pg.Page, Questions: each(pg.Questions, func(q *requestforms.FormPreviewQuestion) *model.FormPreviewQuestion {
				return &model.FormPreviewQuestion{Question: q.Question, Visible: q.Visible, ConditionText: q.ConditionText, InputHint: q.InputHint}
			})}
		}),
		AnswerErrors: each(p.AnswerErrors, func(e *requestforms.AnswerError) *model.AnswerError {
			return &model.AnswerError{QuestionKey: e.QuestionKey, Path: e.Path, Message: e.Message}
		}),
	}, nil
}
