package requestforms

import (
	"context"

	entgo "entgo.io/ent"

	"tradewind/ent"
	"tradewind/ent/formpage"
	"tradewind/ent/formquestion"
)

// InstallOrdering makes pages and questions come back in their position
// order however they are reached (a form's pages edge, a page's questions
// edge, a plain query), so no client has to sort them. Only row-returning
// operations are ordered: an ORDER BY beside COUNT(*) is invalid on Postgres.
func InstallOrdering(client *ent.Client) {
	client.FormPage.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			if fq, ok := q.(*ent.FormPageQuery); ok && returnsRows(ctx) {
				fq.Order(formpage.ByPosition(), formpage.ByID())
			}
			return next.Query(ctx, q)
		})
	}))
	client.FormQuestion.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			if fq, ok := q.(*ent.FormQuestionQuery); ok && returnsRows(ctx) {
				fq.Order(formquestion.ByPosition(), formquestion.ByID())
			}
			return next.Query(ctx, q)
		})
	}))
}

func returnsRows(ctx context.Context) bool {
	qc := entgo.QueryFromContext(ctx)
	return qc != nil && (qc.Op == entgo.OpQueryAll || qc.Op == entgo.OpQueryFirst || qc.Op == entgo.OpQueryOnly)
}
