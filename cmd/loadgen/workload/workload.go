// Package workload is what Tradewind's load generator and benchmarks send:
// the GraphQL operations measured against the budgets in
// docs/BENCHMARKS.md, and the rows they read.
package workload

import (
	"context"
	"fmt"

	"tradewind/ent"
)

// Typical is the typical admin query: a page of requests, newest first,
// with their requester, tasks and comments. Variable $n is the page size.
const Typical = `query Typical($n: Int!) { requests(first: $n, orderBy: {field: CREATED_AT, direction: DESC}) {
	totalCount
	pageInfo { hasNextPage endCursor }
	edges { node { id title status createdAt requester { id email name }
		tasks(first: 10) { totalCount edges { node { id name type status } } }
		comments(first: 10) { totalCount edges { node { id body authorName createdAt } } } } } } }`

// Viewer is the baseline: the cheapest signed-in operation through the same stack.
const Viewer = `query Viewer { viewer { id } }`

// Queries maps the names the load generator accepts to operations.
var Queries = map[string]string{"typical": Typical, "viewer": Viewer}

// PageSize is the typical page.
const PageSize = 50

// Seed inserts n requests by requester, each with tasks tasks and comments
// comments, directly with ent (there is no GraphQL mutation creating
// requests yet). The client must not carry the read policy's interceptors.
func Seed(ctx context.Context, client *ent.Client, requester *ent.User, n, tasks, comments int) error {
	const batch = 100
	for start := 0; start < n; start += batch {
		reqs := make([]*ent.RequestCreate, 0, batch)
		for i := start; i < min(n, start+batch); i++ {
			reqs = append(reqs, client.Request.Create().SetTitle(fmt.Sprintf("Load request %d", i)).SetRequester(requester))
		}
		saved, err := client.Request.CreateBulk(reqs...).Save(ctx)
		if err != nil {
			return fmt.Errorf("seeding requests: %w", err)
		}
		var ts []*ent.TaskCreate
		var cs []*ent.CommentCreate
		for _, r := range saved {
			for j := 0; j < tasks; j++ {
				ts = append(ts, client.Task.Create().SetName(fmt.Sprintf("Step %d", j+1)).SetType("MANUAL").SetPosition(j).SetRequest(r))
			}
			for j := 0; j < comments; j++ {
				cs = append(cs, client.Comment.Create().SetBody(fmt.Sprintf("Comment %d on %s", j+1, r.Title)).SetAuthorName(requester.Name).SetRequest(r))
			}
		}
		if len(ts) > 0 {
			if err := client.Task.CreateBulk(ts...).Exec(ctx); err != nil {
				return fmt.Errorf("seeding tasks: %w", err)
			}
		}
		if len(cs) > 0 {
			if err := client.Comment.CreateBulk(cs...).Exec(ctx); err != nil {
				return fmt.Errorf("seeding comments: %w", err)
			}
		}
	}
	return nil
}
