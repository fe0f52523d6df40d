package requestforms

import (
	"context"
	"slices"

	"tradewind/ent"
	"tradewind/ent/formpage"
	"tradewind/ent/schema/pulid"
	"tradewind/server/apperr"
	"tradewind/server/audit"
)

var formpageID = formpage.ID

// AddPage adds a page at position (nil = last).
func (s *Service) AddPage(ctx context.Context, client *ent.Client, formID pulid.ID, title string, position *int) (*ent.FormPage, error) {
	layout, err := LoadLayout(ctx, client, formID)
	if err != nil {
		return nil, err
	}
	if title, err = cleanName("title", title); err != nil {
		return nil, err
	}
	page, err := client.FormPage.Create().SetFormID(formID).SetTitle(title).SetPosition(len(layout.Pages)).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := writePagePositions(ctx, client, insertAt(layout.Pages, page, position)); err != nil {
		return nil, err
	}
	if err := bump(ctx, client, formID); err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "form_page.create", TargetType: "FormPage", TargetID: string(page.ID),
		After: map[string]any{"form": formID, "title": page.Title, "position": page.Position}})
	return page, err
}

// RenamePage changes a page's title.
func (s *Service) RenamePage(ctx context.Context, client *ent.Client, id pulid.ID, title string) (*ent.FormPage, error) {
	layout, page, err := pageLayout(ctx, client, id)
	if err != nil {
		return nil, err
	}
	if title, err = cleanName("title", title); err != nil {
		return nil, err
	}
	renamed, err := page.Update().SetTitle(title).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := bump(ctx, client, layout.Form.ID); err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "form_page.rename", TargetType: "FormPage", TargetID: string(id),
		Before: map[string]any{"title": page.Title}, After: map[string]any{"title": renamed.Title}})
	return renamed, err
}

// MovePage moves a page to position among the form's pages.
func (s *Service) MovePage(ctx context.Context, client *ent.Client, id pulid.ID, position int) (*ent.FormPage, error) {
	layout, page, err := pageLayout(ctx, client, id)
	if err != nil {
		return nil, err
	}
	before := page.Position
	layout.Pages = insertAt(slices.DeleteFunc(slices.Clone(layout.Pages), func(p *ent.FormPage) bool { return p.ID == id }), page, &position)
	if broken, named := layout.checkOrder(); broken != nil {
		return nil, apperr.BadInput("position", "“%s” is shown only depending on “%s”, so its page must come after that one.", broken.Label, named.Label)
	}
	if err := writePagePositions(ctx, client, layout.Pages); err != nil {
		return nil, err
	}
	if err := bump(ctx, client, layout.Form.ID); err != nil {
		return nil, err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "form_page.move", TargetType: "FormPage", TargetID: string(id),
		Before: map[string]any{"position": before}, After: map[string]any{"position": page.Position}})
	if err != nil {
		return nil, err
	}
	return client.FormPage.Get(ctx, id)
}

// DeletePage removes a page; its questions move to moveTo first (appended).
func (s *Service) DeletePage(ctx context.Context, client *ent.Client, id pulid.ID, moveTo *pulid.ID) error {
	layout, page, err := pageLayout(ctx, client, id)
	if err != nil {
		return err
	}
	if len(layout.Pages) == 1 {
		return apperr.BadInput("id", "A form needs at least one page.")
	}
	if len(page.Edges.Questions) > 0 {
		if moveTo == nil || *moveTo == id || layout.Page(*moveTo) == nil {
			return apperr.BadInput("moveQuestionsTo", "“%s” has questions: choose another page of this form to move them to.", page.Title)
		}
		target := layout.Page(*moveTo)
		target.Edges.Questions = append(slices.Clone(target.Edges.Questions), page.Edges.Questions...)
		page.Edges.Questions = nil
		if broken, named := layout.checkOrder(); broken != nil {
			return apperr.BadInput("moveQuestionsTo", "“%s” depends on “%s” and would come before it; choose a later page.", broken.Label, named.Label)
		}
		for _, q := range target.Edges.Questions {
			if err := client.FormQuestion.UpdateOneID(q.ID).SetPageID(target.ID).Exec(ctx); err != nil {
				return err
			}
		}
		if err := writePositions(ctx, client, target.Edges.Questions); err != nil {
			return err
		}
	}
	if err := client.FormPage.DeleteOneID(id).Exec(ctx); err != nil {
		return err
	}
	rest := slices.DeleteFunc(slices.Clone(layout.Pages), func(p *ent.FormPage) bool { return p.ID == id })
	if err := writePagePositions(ctx, client, rest); err != nil {
		return err
	}
	if err := bump(ctx, client, layout.Form.ID); err != nil {
		return err
	}
	_, err = s.audit.Record(ctx, audit.Change{Action: "form_page.delete", TargetType: "FormPage", TargetID: string(id),
		Before: map[string]any{"title": page.Title, "movedQuestionsTo": moveTo}})
	return err
}

func writePagePositions(ctx context.Context, client *ent.Client, pages []*ent.FormPage) error {
	for i, p := range pages {
		if p.Position != i {
			if err := client.FormPage.UpdateOneID(p.ID).SetPosition(i).Exec(ctx); err != nil {
				return err
			}
			p.Position = i
		}
	}
	return nil
}
