package server_test

import (
	"go/build"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// layers lists every package of the module from the top (what a person runs)
// to the bottom (what knows nothing of the product). A package may import
// packages of its own layer or of a lower one, never of a higher one, so the
// import graph reads top-down (docs/architecture.md draws it). A new package
// must be placed here. "x/..." is x and everything under it.
var layers = []struct {
	name string
	pkgs []string
}{
	{"commands", []string{"cmd/...", "docs/examples/..."}},
	{"test harness", []string{"server/servertest", "server/integration/ironcladtest"}},
	{"wiring", []string{"server"}},
	{"GraphQL", []string{"graph", "graph/model"}},
	{"Ironclad sync", []string{"server/sync"}},
	{"requests", []string{"server/requests", "server/comments"}},
	{"imported workflows", []string{"server/catalog"}},
	{"services", []string{"server/integration", "server/requestforms", "server/mapping", "server/users"}},
	{"platform", []string{"server/audit", "server/auth"}},
	{"infrastructure", []string{"server/jobs", "server/events", "server/database", "server/secrets", "server/apperr",
		"server/ironclad", "ent/...", "frontend"}},
	{"Ironclad simulator", []string{"server/sandbox/..."}},
}

const module = "tradewind"

func layerOf(pkg string) int {
	for i, l := range layers {
		if slices.ContainsFunc(l.pkgs, func(p string) bool { return matches(p, pkg) }) {
			return i
		}
	}
	return -1
}

func matches(pattern, pkg string) bool {
	if dir, tree := strings.CutSuffix(pattern, "/..."); tree {
		return pkg == dir || strings.HasPrefix(pkg, dir+"/")
	}
	return pkg == pattern
}

// TestImportsReadTopDown fails when a package imports one of a higher layer,
// or is in no layer. Test files may import anything (servertest, helpers).
func TestImportsReadTopDown(t *testing.T) {
	root := ".."
	imports := map[string][]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "testdata") {
			return filepath.SkipDir
		}
		p, err := build.ImportDir(path, 0)
		if _, none := err.(*build.NoGoError); none {
			return nil
		}
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		imports[filepath.ToSlash(rel)] = p.Imports
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(imports) < 10 {
		t.Fatalf("found only %d packages under %s; is the test running from server/?", len(imports), root)
	}
	for pkg, deps := range imports {
		from := layerOf(pkg)
		if from < 0 {
			t.Errorf("%s is in no layer: add it to layers in server/layers_test.go", pkg)
			continue
		}
		for _, dep := range deps {
			dep, ours := strings.CutPrefix(dep, module+"/")
			if !ours {
				continue
			}
			if to := layerOf(dep); to < from {
				t.Errorf("%s (%s) imports %s (%s), a higher layer: move the code down or invert the dependency",
					pkg, layers[from].name, dep, layers[max(to, 0)].name)
			}
		}
	}
}

// TestLayerOf checks the placing the rule relies on.
func TestLayerOf(t *testing.T) {
	for pkg, want := range map[string]string{
		"cmd/loadgen/workload": "commands", "server": "wiring", "server/catalog": "imported workflows",
		"server/jobs": "infrastructure", "server/sandbox": "Ironclad simulator",
		"server/sandbox/webhooks": "Ironclad simulator", "serverx": "", "server/new": "",
	} {
		got := ""
		if i := layerOf(pkg); i >= 0 {
			got = layers[i].name
		}
		if got != want {
			t.Errorf("layerOf(%q) is layer %q, want %q", pkg, got, want)
		}
	}
}
