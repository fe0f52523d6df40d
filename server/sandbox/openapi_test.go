package sandbox

import (
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

// The spec lives beside the project (../shared, resolved from the repo
// root); the test is skipped where it is absent.
const openAPIPath = "../../../shared/ironclad/openapi/public-api.yml"

// openAPI is a modest validator: $ref, type, required, enum, properties,
// items, oneOf/anyOf/allOf. additionalProperties is not enforced because
// the recordings (which win) carry keys the spec omits.
type openAPI struct{ doc map[string]any }

func loadOpenAPI(t *testing.T) *openAPI {
	data, err := os.ReadFile(openAPIPath)
	if os.IsNotExist(err) {
		t.Skip("public-api.yml not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return &openAPI{doc: doc}
}

func (o *openAPI) resolve(node any) map[string]any {
	m, _ := node.(map[string]any)
	for m != nil {
		ref, ok := m["$ref"].(string)
		if !ok {
			return m
		}
		m = o.pointer(ref)
	}
	return m
}

func (o *openAPI) pointer(ref string) map[string]any {
	var cur any = o.doc
	for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		m, _ := cur.(map[string]any)
		cur = m[part]
	}
	m, _ := cur.(map[string]any)
	return m
}

// responseSchema finds the JSON schema of path/method/status.
func (o *openAPI) responseSchema(path, method string, status int) map[string]any {
	paths, _ := o.doc["paths"].(map[string]any)
	op := o.resolve(o.resolve(paths[path])[method])
	responses := o.resolve(op["responses"])
	resp := o.resolve(responses[strconv.Itoa(status)])
	content := o.resolve(resp["content"])
	media := o.resolve(content["application/json"])
	return o.resolve(media["schema"])
}

func (o *openAPI) validate(schema map[string]any, value any, at string) error {
	if schema == nil {
		return nil
	}
	if alts, ok := schema["oneOf"].([]any); ok {
		return o.anyOf(alts, value, at)
	}
	if alts, ok := schema["anyOf"].([]any); ok {
		return o.anyOf(alts, value, at)
	}
	if all, ok := schema["allOf"].([]any); ok {
		for _, s := range all {
			if err := o.validate(o.resolve(s), value, at); err != nil {
				return err
			}
		}
	}
	if err := checkType(schema["type"], value, at); err != nil {
		return err
	}
	if enum, ok := schema["enum"].([]any); ok && !inEnum(enum, value) {
		return fmt.Errorf("%s: %v not in enum %v", at, value, enum)
	}
	switch v := value.(type) {
	case map[string]any:
		return o.validateObject(schema, v, at)
	case []any:
		for i, item := range v {
			if err := o.validate(o.resolve(schema["items"]), item, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (o *openAPI) validateObject(schema map[string]any, v map[string]any, at string) error {
	required, _ := schema["required"].([]any)
	for _, r := range required {
		if _, ok := v[fmt.Sprint(r)]; !ok && !tolerated(at+"."+fmt.Sprint(r)) {
			return fmt.Errorf("%s: missing required %v", at, r)
		}
	}
	props, _ := schema["properties"].(map[string]any)
	for k, sub := range props {
		if val, ok := v[k]; ok {
			if err := o.validate(o.resolve(sub), val, at+"."+k); err != nil {
				return err
			}
		}
	}
	return nil
}

// specDeviations are places where the recordings (which win) disagree with
// the spec; the validator lets them pass. Keys are JSON-path suffixes.
var specDeviations = map[string]string{
	"options.values": "recorded free-text fields carry options {freeTextAllowed:true} without values",
}

func tolerated(at string) bool {
	for suffix := range specDeviations {
		if strings.HasSuffix(at, suffix) {
			return true
		}
	}
	return false
}

func (o *openAPI) anyOf(alts []any, value any, at string) error {
	var errs []string
	for _, alt := range alts {
		err := o.validate(o.resolve(alt), value, at)
		if err == nil {
			return nil
		}
		errs = append(errs, err.Error())
	}
	return fmt.Errorf("%s: no alternative matches: %s", at, strings.Join(errs, " | "))
}

func checkType(t any, value any, at string) error {
	var types []string
	switch x := t.(type) {
	case string:
		types = []string{x}
	case []any:
		for _, s := range x {
			types = append(types, fmt.Sprint(s))
		}
	default:
		return nil
	}
	for _, want := range types {
		if jsonTypeIs(want, value) {
			return nil
		}
	}
	return fmt.Errorf("%s: %T is not %v", at, value, types)
}

func jsonTypeIs(want string, value any) bool {
	switch v := value.(type) {
	case map[string]any:
		return want == "object"
	case []any:
		return want == "array"
	case string:
		return want == "string"
	case bool:
		return want == "boolean"
	case float64:
		return want == "number" || (want == "integer" && v == float64(int64(v)))
	case nil:
		return want == "null"
	}
	return false
}

func inEnum(enum []any, value any) bool {
	for _, e := range enum {
		if reflect.DeepEqual(fmt.Sprint(e), fmt.Sprint(value)) {
			return true
		}
	}
	return false
}

// TestOpenAPIResponses validates the simulator's answers against the
// response schemas of Ironclad's own OpenAPI document.
func TestOpenAPIResponses(t *testing.T) {
	spec := loadOpenAPI(t)
	e := newEnv(t, Config{})
	tok := e.token()
	id := e.toSign()
	comment := e.mustStatus(e.api("POST", "/workflows/"+id+"/comments", tok, AdminEmail, map[string]any{"comment": "hi"}), 200).obj()["id"].(string)
	job := e.mustStatus(e.api("POST", "/workflows/async", tok, AdminEmail, map[string]any{"template": TemplateVendorAgreement, "attributes": vendorAttributes()}), 200).obj()["asyncJobId"].(string)
	cases := []struct{ specPath, method, path string }{
		{"/workflows", "get", "/workflows"},
		{"/workflows/{id}", "get", "/workflows/" + id},
		{"/workflows/{id}/approvals", "get", "/workflows/" + id + "/approvals"},
		{"/workflows/{id}/approval-requests", "get", "/workflows/" + id + "/approval-requests"},
		{"/workflows/{id}/sign-status", "get", "/workflows/" + id + "/sign-status"},
		{"/workflows/{id}/signatures", "get", "/workflows/" + id + "/signatures"},
		{"/workflows/{id}/comments", "get", "/workflows/" + id + "/comments"},
		{"/workflows/{id}/comments/{commentId}", "get", "/workflows/" + id + "/comments/" + comment},
		{"/workflows/{id}/participants", "get", "/workflows/" + id + "/participants"},
		{"/workflows/{id}/documents", "get", "/workflows/" + id + "/documents"},
		{"/workflow-schemas", "get", "/workflow-schemas?form=launch"},
		{"/workflow-schemas/{id}", "get", "/workflow-schemas/" + TemplateEveryFieldType + "?form=launch"},
		{"/workflows/async/{asyncJobId}", "get", "/workflows/async/" + job},
		{"/workflows/async/{asyncJobId}", "get", "/workflows/async/" + job},
	}
	for _, tc := range cases {
		t.Run(tc.specPath, func(t *testing.T) {
			r := e.mustStatus(e.api(strings.ToUpper(tc.method), tc.path, tok, AdminEmail, nil), 200)
			schema := spec.responseSchema(tc.specPath, tc.method, 200)
			if schema == nil {
				t.Fatalf("no response schema for %s %s", tc.method, tc.specPath)
			}
			if err := spec.validate(schema, r.body, "$"); err != nil {
				t.Fatal(err)
			}
		})
	}
}
