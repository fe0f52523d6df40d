package requestforms

import (
	"context"
	"fmt"
	"strings"

	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/formpage"
	"tradewind/ent/formquestion"
	"tradewind/ent/mapping"
	"tradewind/ent/request"
	"tradewind/ent/requestform"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/audit"
)

// Service changes request forms; each change bumps the form's version and
// is written to the audit trail. Methods take the (transaction's) client.
type Service struct{ audit *audit.Recorder }

// NewService returns the forms service.
func NewService(rec *audit.Recorder) *Service { return &Service{audit: rec} }

// CreateRequestFormInput is a new form, optionally with pages and questions.
type CreateRequestFormInput struct {
	Name        string
	Description *string
	Pages       []*FormPageInput
}

// FormPageInput is a page with its questions.
type FormPageInput struct {
	Title     string
	Questions []*FormQuestionInput
}

// UpdateRequestFormInput changes a form's own fields; nil means unchanged.
type UpdateRequestFormInput struct {
	Name        *string
	Description *string
	Archived    *bool
}

const maxNameLength = 200

func cleanName(field, name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", apperr.BadInput(field, "Give it a name.")
	}
	if len(name) > maxNameLength {
		return "", apperr.BadInput(field, "Keep the name under %d characters.", maxNameLength)
	}
	return name, nil
}

// CreateForm creates a form with its pages and questions (or one empty page).
func (s *Service) CreateForm(ctx context.Context, client *ent.Client, in CreateRequestFormInput) (*ent.RequestForm, error) {
	name, err := cleanName("name", in.Name)
	if err != nil {
		return nil, err
	}
	pages := in.Pages
	if len(pages) == 0 {
		pages = []*FormPageInput{{Title: "Page 1"}}
	}
	create := client.RequestForm.Create().SetName(name)
	if in.Description != nil {
		create.SetDescription(strings.TrimSpace(*in.Description))
	}
	form, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	layout := &Layout{Form: form}
	for i, p := range pages {
		path := fmt.Sprintf("pages[%d]", i)
		title, err := cleanName(path+".title", p.Title)
		if err != nil {
			return nil, err
		}
		page, err := client.FormPage.Create().SetForm(form).SetTitle(title).SetPosition(i).Save(ctx)
		if err != nil {
			return nil, err
		}
		layout.Pages = append(layout.Pages, page)
		for j, qin := range p.Questions {
			q, err := s.createQuestion(ctx, client, layout, page, qin, fmt.Sprintf("%s.questions[%d].", path, j), j)
			if err != nil {
				return nil, err
			}
			page.Edges.Questions = append(page.Edges.Questions, q)
		}
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "request_form.create", TargetType: "RequestForm",
		TargetID: string(form.ID), After: layoutSnapshot(layout)})
	return form, err
}

// UpdateForm changes a form's name, description or archived flag.
func (s *Service) UpdateForm(ctx context.Context, client *ent.Client, id pulid.ID, in UpdateRequestFormInput) (*ent.RequestForm, error) {
	form, err := getForm(ctx, client, id)
	if err != nil {
		return nil, err
	}
	before := formSnapshot(form)
	upd := form.Update().AddVersion(1)
	if in.Name != nil {
		name, err := cleanName("name", *in.Name)
		if err != nil {
			return nil, err
		}
		upd.SetName(name)
	}
	if in.Description != nil {
		upd.SetDescription(strings.TrimSpace(*in.Description))
	}
	if in.Archived != nil {
		upd.SetArchived(*in.Archived)
	}
	if form, err = upd.Save(ctx); err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "request_form.update", TargetType: "RequestForm",
		TargetID: string(form.ID), Before: before, After: formSnapshot(form)})
	return form, err
}

// DeleteForm removes a form nobody relies on: no request and no mapping
// (archive it otherwise, which keeps history readable).
func (s *Service) DeleteForm(ctx context.Context, client *ent.Client, id pulid.ID) error {
	layout, err := LoadLayout(ctx, client, id)
	if err != nil {
		return err
	}
	used, err := client.Request.Query().Where(request.HasRequestFormWith(requestform.ID(id))).Exist(ctx)
	if err != nil {
		return err
	}
	mapped, err := client.Mapping.Query().Where(mapping.HasRequestFormWith(requestform.ID(id))).Exist(ctx)
	if err != nil {
		return err
	}
	if used || mapped {
		return apperr.Conflict("“%s” has requests or mappings; archive it instead so their history stays readable.", layout.Form.Name)
	}
	if _, err := client.FormQuestion.Delete().Where(formquestion.HasPageWith(formpage.HasFormWith(requestform.ID(id)))).Exec(ctx); err != nil {
		return err
	}
	if _, err := client.FormPage.Delete().Where(formpage.HasFormWith(requestform.ID(id))).Exec(ctx); err != nil {
		return err
	}
	if err := client.RequestForm.DeleteOneID(id).Exec(ctx); err != nil {
		return err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "request_form.delete", TargetType: "RequestForm",
		TargetID: string(id), Before: layoutSnapshot(layout)})
	return err
}

func getForm(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.RequestForm, error) {
	form, err := client.RequestForm.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Request form")
	}
	return form, err
}

// bump records that the form changed.
func bump(ctx context.Context, client *ent.Client, formID pulid.ID) error {
	return client.RequestForm.UpdateOneID(formID).AddVersion(1).Exec(ctx)
}

// currentMappingOf names the current mapping that uses a question, if any.
func currentMappingOf(ctx context.Context, client *ent.Client, questionID pulid.ID) (*ent.FieldMapping, error) {
	fm, err := client.FieldMapping.Query().
		Where(fieldmapping.HasQuestionWith(formquestion.ID(questionID)), fieldmapping.HasMappingWith(mapping.Current(true))).
		First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return fm, err
}

func formSnapshot(f *ent.RequestForm) map[string]any {
	return map[string]any{"name": f.Name, "description": f.Description, "archived": f.Archived, "version": f.Version}
}

func layoutSnapshot(l *Layout) map[string]any {
	snap := formSnapshot(l.Form)
	var pages []any
	for _, p := range l.Pages {
		var qs []any
		for _, q := range p.Edges.Questions {
			qs = append(qs, questionSnapshot(q))
		}
		pages = append(pages, map[string]any{"id": p.ID, "title": p.Title, "questions": qs})
	}
	snap["pages"] = pages
	return snap
}

func questionSnapshot(q *ent.FormQuestion) map[string]any {
	return map[string]any{"key": q.Key, "label": q.Label, "type": q.Type, "required": q.Required,
		"options": q.Options, "condition": q.Condition, "helpText": q.HelpText}
}
