package server_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql/errcode"

	"tradewind/ent/user"
	"tradewind/graph"
	"tradewind/server/servertest"
)

// guideTable returns the first `name` of each table row in the section
// "## title" of docs/api.md (without its arguments: `taskUpdated(requestID: ID)`
// is taskUpdated).
func guideTable(t *testing.T, title string) []string {
	t.Helper()
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(doc), "\n## "+title+"\n")
	if !ok {
		t.Fatalf("docs/api.md has no section %q", title)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	row := regexp.MustCompile("(?m)^\\| `([A-Za-z_]+)")
	var names []string
	for _, m := range row.FindAllStringSubmatch(section, -1) {
		names = append(names, m[1])
	}
	return names
}

// sameSet fails with what is missing from the guide and what it lists in vain.
func sameSet(t *testing.T, what string, want, documented []string) {
	t.Helper()
	var missing, stale []string
	for _, w := range want {
		if !slices.Contains(documented, w) {
			missing = append(missing, w)
		}
	}
	for _, d := range documented {
		if !slices.Contains(want, d) {
			stale = append(stale, d)
		}
	}
	if len(missing)+len(stale) > 0 {
		t.Fatalf("docs/api.md's %s: missing %v, listed but not in the server %v", what, missing, stale)
	}
}

// TestAPIGuideListsEveryErrorCode: the Errors table of docs/api.md lists
// exactly the extensions.code values the server can send: apperr's codes,
// every code written as a literal (or apperr constant) into an error in
// server/ and graph/, and those gqlgen adds itself, provoked here on a real
// server.
func TestAPIGuideListsEveryErrorCode(t *testing.T) {
	codes := sourceErrorCodes(t)
	if len(codes) < 10 {
		t.Fatalf("found only %v in the sources; is the scan still looking in the right places?", codes)
	}

	s := servertest.Start(t, servertest.SQLite)
	s.CreateUser(t, "admin@example.com", user.RoleADMIN)
	admin, anonymous := s.Login(t, "admin@example.com"), s.NewClient(t)
	provoked := map[string]string{
		errcode.ParseFailed:         admin.GraphQL(`{ viewer { `, nil).Code(),
		errcode.ValidationFailed:    admin.GraphQL(`{ viewer { noSuchField } }`, nil).Code(),
		"PERSISTED_QUERY_NOT_FOUND": persistedQueryMiss(t, admin),
	}
	for want, got := range provoked {
		if got != want {
			t.Fatalf("provoking %s gave %q", want, got)
		}
		codes = append(codes, want)
	}
	if code := anonymous.GraphQL(`{ __schema { types { name } } }`, nil).Code(); !slices.Contains(codes, code) {
		t.Fatalf("introspection signed out answers %q, a code the scan missed", code)
	}
	slices.Sort(codes)
	sameSet(t, "error codes", slices.Compact(codes), guideTable(t, "Errors"))
}

func persistedQueryMiss(t *testing.T, c *servertest.Client) string {
	t.Helper()
	resp := c.PostJSON("/graphql", map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{
		"version": 1, "sha256Hash": "ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}})
	defer resp.Body.Close()
	var r servertest.Response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	return r.Code()
}

// sourceErrorCodes reads the codes out of the Go sources of server/ and
// graph/ (not the Ironclad simulator, whose errors are Ironclad's): apperr's
// Code constants, costError("…") calls, and "code"/Code keys given a literal
// or an apperr constant.
func sourceErrorCodes(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	for _, root := range []string{".", "../graph"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "sandbox" || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || d.Name() == "generated.go" {
				return nil
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			files = append(files, f)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	constants := map[string]string{} // apperr.CodeX → its value
	for _, f := range files {
		if f.Name.Name != "apperr" {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if v, ok := n.(*ast.ValueSpec); ok && len(v.Names) == 1 && len(v.Values) == 1 && strings.HasPrefix(v.Names[0].Name, "Code") {
				constants[v.Names[0].Name] = stringLit(t, fset, v.Values[0], nil)
			}
			return true
		})
	}
	codes := make([]string, 0, len(constants))
	for _, c := range constants {
		codes = append(codes, c)
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "costError" {
					codes = append(codes, stringLit(t, fset, n.Args[0], constants))
				}
			case *ast.CompositeLit:
				appErr := isAppErr(n.Type, f.Name.Name)
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok && isCodeKey(kv.Key, appErr) {
						if c := stringLit(t, fset, kv.Value, constants); c != "" {
							codes = append(codes, c)
						}
					}
				}
			}
			return true
		})
	}
	return codes
}

// isAppErr: the literal is an apperr.Error (Error inside package apperr).
func isAppErr(typ ast.Expr, pkg string) bool {
	switch t := typ.(type) {
	case *ast.SelectorExpr:
		x, ok := t.X.(*ast.Ident)
		return ok && x.Name == "apperr" && t.Sel.Name == "Error"
	case *ast.Ident:
		return pkg == "apperr" && t.Name == "Error"
	}
	return false
}

// isCodeKey: "code" in a map (gqlerror extensions), Code in an apperr.Error.
func isCodeKey(e ast.Expr, appErr bool) bool {
	switch k := e.(type) {
	case *ast.BasicLit:
		return k.Value == `"code"`
	case *ast.Ident:
		return appErr && k.Name == "Code"
	}
	return false
}

// stringLit is a string literal's value or an apperr constant's; "" for
// anything computed (an apperr.Error's Code passed along, which the
// constants cover).
func stringLit(t *testing.T, fset *token.FileSet, e ast.Expr, constants map[string]string) string {
	switch v := e.(type) {
	case *ast.BasicLit:
		s, err := strconv.Unquote(v.Value)
		if err != nil {
			t.Fatalf("%s: %v", fset.Position(v.Pos()), err)
		}
		return s
	case *ast.SelectorExpr:
		if pkg, ok := v.X.(*ast.Ident); ok && pkg.Name == "apperr" {
			if c, ok := constants[v.Sel.Name]; ok {
				return c
			}
			t.Fatalf("%s: apperr.%s is not a code constant", fset.Position(v.Pos()), v.Sel.Name)
		}
	}
	return ""
}

// TestAPIGuideDocumentsEverySubscription: the Subscriptions table of
// docs/api.md lists exactly the Subscription fields of the schema the server
// runs.
func TestAPIGuideDocumentsEverySubscription(t *testing.T) {
	var fields []string
	for _, f := range graph.NewExecutableSchema(graph.Config{}).Schema().Subscription.Fields {
		fields = append(fields, f.Name)
	}
	if len(fields) == 0 {
		t.Fatal("the schema has no subscriptions")
	}
	sameSet(t, "subscriptions", fields, guideTable(t, "Subscriptions"))
}
