//go:build ignore

// imports.go redraws the package graph in docs/architecture.md from the real
// imports (go list), between its "imports:begin" and "imports:end" markers.
// Run through `make generate` (go run ./docs/imports.go from the repository
// root). ent's generated packages are left out (every layer may use them), and
// so is an edge implied by a longer path (a imports b and c, b imports c:
// only a → b → c is drawn), so the picture shows the layering, not every import.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"os/exec"
	"slices"
	"strings"
)

const (
	module = "tradewind/"
	doc    = "docs/architecture.md"
	begin  = "<!-- imports:begin (go run ./docs/imports.go) -->\n"
	end    = "<!-- imports:end -->\n"
)

func main() {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "./...").Output()
	if err != nil {
		log.Fatalf("go list: %v", err)
	}
	graph := map[string][]string{}
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		pkg, ok := ours(fields[0])
		if !ok {
			continue
		}
		graph[pkg] = nil
		for _, dep := range fields[1:] {
			if d, ok := ours(dep); ok {
				graph[pkg] = append(graph[pkg], d)
			}
		}
	}
	text, err := os.ReadFile(doc)
	if err != nil {
		log.Fatal(err)
	}
	i, j := bytes.Index(text, []byte(begin)), bytes.Index(text, []byte(end))
	if i < 0 || j < i {
		log.Fatalf("%s has no %q … %q markers", doc, begin, end)
	}
	var b bytes.Buffer
	b.Write(text[:i+len(begin)])
	b.WriteString(mermaid(graph))
	b.Write(text[j:])
	if err := os.WriteFile(doc, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

// ours names a package of the module by its path inside it; ent's are left out.
func ours(importPath string) (string, bool) {
	pkg, ok := strings.CutPrefix(importPath, module)
	if !ok || pkg == "ent" || strings.HasPrefix(pkg, "ent/") {
		return "", false
	}
	return pkg, true
}

func mermaid(graph map[string][]string) string {
	var b strings.Builder
	b.WriteString("```mermaid\nflowchart TD\n")
	pkgs := slices.Sorted(func(yield func(string) bool) {
		for p := range graph {
			if !yield(p) {
				return
			}
		}
	})
	for _, pkg := range pkgs {
		deps := slices.Clone(graph[pkg])
		slices.Sort(deps)
		for _, dep := range deps {
			if !reachableAvoiding(graph, pkg, dep) {
				fmt.Fprintf(&b, "  %s[%s] --> %s[%s]\n", id(pkg), pkg, id(dep), dep)
			}
		}
		if len(deps) == 0 {
			fmt.Fprintf(&b, "  %s[%s]\n", id(pkg), pkg)
		}
	}
	b.WriteString("```\n")
	return b.String()
}

// reachableAvoiding reports whether to is reachable from from through some
// other direct import of from, i.e. whether the edge from → to is implied.
func reachableAvoiding(graph map[string][]string, from, to string) bool {
	seen := map[string]bool{}
	var walk func(string) bool
	walk = func(p string) bool {
		if p == to {
			return true
		}
		if seen[p] {
			return false
		}
		seen[p] = true
		return slices.ContainsFunc(graph[p], walk)
	}
	for _, d := range graph[from] {
		if d != to && walk(d) {
			return true
		}
	}
	return false
}

func id(pkg string) string { return strings.NewReplacer("/", "_", ".", "_").Replace(pkg) }
