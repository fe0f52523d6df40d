// Command tasks lists the tasks waiting for the API token's user and, with
// -approve, approves the approval tasks among them: an internal tool in Go
// on Tradewind's GraphQL API (docs/api.md). Standard library only.
//
//	TRADEWIND_URL=http://127.0.0.1:8080 TRADEWIND_TOKEN=twk_… go run ./docs/examples/go [-approve]
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

// gqlError is one entry of a GraphQL response's errors: extensions.code
// says what went wrong (docs/api.md lists every code).
type gqlError struct {
	Message    string `json:"message"`
	Extensions struct {
		Code  string `json:"code"`
		Field string `json:"field"`
	} `json:"extensions"`
}

func (e gqlError) Error() string { return e.Extensions.Code + ": " + e.Message }

type api struct {
	url, token string
	http       *http.Client
}

// do runs one operation and decodes its data into out.
func (a api) do(query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, a.url+"/graphql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+a.token)
	resp, err := a.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s (a 401 means the token is invalid, expired or revoked)", a.url, resp.Status)
	}
	var res struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return err
	}
	if len(res.Errors) > 0 {
		return res.Errors[0]
	}
	return json.Unmarshal(res.Data, out)
}

type task struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Type    string `json:"type"`
	Status  string `json:"status"`
	CanAct  bool   `json:"canAct"`
	Request struct {
		Title string `json:"title"`
	} `json:"request"`
}

const openTasks = `query OpenTasks($after: Cursor) {
  tasks(first: 100, after: $after, where: {statusIn: [IN_PROGRESS, WAITING]}) { # by id: oldest first
    pageInfo { hasNextPage endCursor }
    edges { node { id name type status canAct request { title } } }
  }
}`

// waiting pages through the open tasks and keeps those the viewer can act on.
func (a api) waiting() ([]task, error) {
	var mine []task
	var after *string
	for {
		var page struct {
			Tasks struct {
				PageInfo struct {
					HasNextPage bool   `json:"hasNextPage"`
					EndCursor   string `json:"endCursor"`
				} `json:"pageInfo"`
				Edges []struct {
					Node task `json:"node"`
				} `json:"edges"`
			} `json:"tasks"`
		}
		if err := a.do(openTasks, map[string]any{"after": after}, &page); err != nil {
			return nil, err
		}
		for _, e := range page.Tasks.Edges {
			if e.Node.CanAct {
				mine = append(mine, e.Node)
			}
		}
		if !page.Tasks.PageInfo.HasNextPage {
			return mine, nil
		}
		after = &page.Tasks.PageInfo.EndCursor
	}
}

const approve = `mutation Approve($id: ID!) { decideApproval(id: $id, decision: APPROVE, note: "Approved by the tasks tool") { id status } }`

func main() {
	approveAll := flag.Bool("approve", false, "approve every approval task waiting for you (the token needs Write)")
	flag.Parse()
	a := api{url: strings.TrimSuffix(os.Getenv("TRADEWIND_URL"), "/"), token: os.Getenv("TRADEWIND_TOKEN"), http: &http.Client{Timeout: 30 * time.Second}}
	if a.url == "" {
		a.url = "http://127.0.0.1:8080"
	}
	if a.token == "" {
		fmt.Fprintln(os.Stderr, "Set TRADEWIND_TOKEN to an API token (Settings → API tokens).")
		os.Exit(2)
	}
	tasks, err := a.waiting()
	if err != nil {
		fail(err)
	}
	fmt.Printf("%d tasks waiting for you\n", len(tasks))
	for _, t := range tasks {
		fmt.Printf("%s\t%s\t%s: %s\n", t.ID, t.Status, t.Request.Title, t.Name)
		if !*approveAll || t.Type != "APPROVAL" {
			continue
		}
		var done struct {
			DecideApproval struct{ Status string } `json:"decideApproval"`
		}
		if err := a.do(approve, map[string]any{"id": t.ID}, &done); err != nil {
			fail(err)
		}
		fmt.Printf("%s\tapproved, now %s\n", t.ID, done.DecideApproval.Status)
	}
}

func fail(err error) {
	var e gqlError
	if errors.As(err, &e) && e.Extensions.Code == "FORBIDDEN" {
		fmt.Fprintln(os.Stderr, "Refused:", e.Message, "(approving needs a token with Write)")
	} else {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(1)
}
