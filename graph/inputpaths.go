package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
)

// Services name a bad field by its domain name ("email", "pages[2].title");
// clients see where it sits in the mutation's arguments ("input.email",
// "input.pages[2].title"). inputPaths holds, per mutation, the GraphQL path of
// each domain name's first segment; the rest of the name is kept.
var inputPaths = map[string]map[string]string{
	"createUser":     inInput("email", "name", "role", "password"),
	"updateUser":     inInput("name", "role", "password", "disabled"),
	"changePassword": inInput("currentPassword", "newPassword"),
	"createAPIToken": inInput("name", "scopes", "expiresInDays"),

	"createConnection":           inInput("name", "environment", "baseURL", "clientID", "clientSecret"),
	"updateConnection":           inInput("name", "clientID", "clientSecret"),
	"importIroncladWorkflows":    inInput("templateIDs"),
	"updateIroncladField":        inInput("kind", "answerOptions", "showWhen"),
	"updateIroncladWorkflow":     inInput("name"),
	"acceptIroncladWorkflowDiff": inInput("confirmRepublish"),

	"createRequestForm":  inInput("name", "pages"),
	"updateRequestForm":  inInput("name"),
	"addFormQuestion":    with(inInput("key", "label", "type", "options", "condition"), "position"),
	"updateFormQuestion": inInput("label", "type", "options", "condition"),

	"saveMapping":          inInput("fields"),
	"addQuestionFromField": inInput("fieldKey", "pageID", "position"),
	"createWorkflow":       workflowPaths(),
	"updateWorkflow":       workflowPaths(),
	"submitRequest":        {"requestForm": "input.requestFormID", "answers": "input.answers"},

	// A refusal no single pair explains names the draft ("fields"): here, the JSON.
	"importMapping": {"json": "input.json", "fields": "input.json"},
}

// inInput: the domain names are the fields of the argument `input`.
func inInput(names ...string) map[string]string {
	paths := make(map[string]string, len(names))
	for _, n := range names {
		paths[n] = "input." + n
	}
	return paths
}

// with adds names that are arguments of their own.
func with(paths map[string]string, args ...string) map[string]string {
	for _, a := range args {
		paths[a] = a
	}
	return paths
}

// InputPath is the GraphQL path of a service's field name in the operation
// ctx belongs to. Names a mutation does not list are arguments of their own
// (addFormPage's position, deleteFormPage's moveQuestionsTo).
func InputPath(ctx context.Context, field string) string {
	root := graphql.GetRootFieldContext(ctx)
	if root == nil {
		return field
	}
	head, rest := field, ""
	if i := strings.IndexAny(field, ".["); i >= 0 {
		head, rest = field[:i], field[i:]
	}
	if path, ok := inputPaths[root.Field.Name][head]; ok {
		return path + rest
	}
	return field
}

// workflowPaths: the workflow service names the builder's lists by their
// domain names (tasks[2].name, requestForms[0]).
func workflowPaths() map[string]string {
	paths := inInput("name", "description")
	paths["tasks"] = "input.taskDefinitions"
	paths["requestForms"] = "input.requestFormIDs"
	return paths
}
