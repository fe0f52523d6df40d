package mapping_test

import (
	"testing"

	"tradewind/ent/user"
	"tradewind/server/sandbox"
)

// The mapping API through GraphQL: the screen's query, a check, a refused
// save naming the field, a save, versions, export, and who may do what.
func TestMappingThroughGraphQL(t *testing.T) {
	e := newEnv(t)
	e.srv.CreateUser(t, "admin@t.example", user.RoleADMIN)
	e.srv.CreateUser(t, "viewer@t.example", user.RoleVIEWER)
	wf := importTemplate(t, e.db, e.ic, e.base, sandbox.TemplateProcurementIntake)
	form := seededForm(t, e, "Renewal")
	admin := e.srv.Login(t, "admin@t.example")
	var ed struct {
		MappingEditor struct {
			Fields []struct {
				Kind        string
				Field       struct{ Key, Required, ReviewState string }
				Suggestions []struct {
					Score         float64
					Compatibility string
					Reason        string
					Question      struct{ Key string }
				}
				AddQuestionType *string
			}
			Draft []struct {
				FieldKey, Source string
				QuestionID       *string
				OptionMap        []struct{ Option, Value string }
			}
			Check struct {
				Ok     bool
				Issues []struct {
					Severity, Code, Message string
					Path, FieldKey          *string
				}
				RequestorEmail struct{ State, Message string }
				Summary        struct {
					Mapped []struct{ Status, Transform string }
				}
				Duplicates []struct {
					Reason     string
					Resolution struct{ FieldKey string }
				}
			}
		}
	}
	q := `query($w: ID!, $f: ID!) { mappingEditor(ironcladWorkflowID: $w, requestFormID: $f) {
		fields { kind field { key required reviewState } suggestions { score compatibility reason question { key } } addQuestionType }
		draft { fieldKey source questionID fixedValue optionMap { option value } }
		check { ok issues { severity code message path fieldKey } requestorEmail { state message }
			summary { mapped { status transform } skipped { status } fixedValues { status } addedQuestions { id } warnings { code } errors { code } }
			duplicates { reason resolution { fieldKey } } } } }`
	vars := map[string]any{"w": wf.ID, "f": form.Form.ID}
	admin.MustGraphQL(q, vars, &ed)
	if len(ed.MappingEditor.Fields) != 9 || ed.MappingEditor.Check.RequestorEmail.State != "MAPPED" || ed.MappingEditor.Check.Ok {
		t.Fatalf("editor: %+v", ed.MappingEditor.Check)
	}
	viewer := e.srv.Login(t, "viewer@t.example")
	viewer.MustGraphQL(q, vars, &ed)

	// Save with the draft as is: refused, naming the department pair's options.
	var fields []map[string]any
	for _, d := range ed.MappingEditor.Draft {
		p := map[string]any{"fieldKey": d.FieldKey, "source": d.Source, "questionID": d.QuestionID}
		var om []map[string]any
		for _, o := range d.OptionMap {
			om = append(om, map[string]any{"option": o.Option, "value": o.Value})
		}
		p["optionMap"] = om
		fields = append(fields, p)
	}
	save := `mutation($input: MappingInput!) { saveMapping(input: $input) { mapping { id version current exportJSON fieldMappings { fieldKey source value options { option value } } } check { ok } } }`
	input := map[string]any{"ironcladWorkflowID": wf.ID, "requestFormID": form.Form.ID, "fields": fields}
	r := admin.GraphQL(save, map[string]any{"input": input})
	if r.Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] == nil {
		t.Fatalf("save with errors: %s", r)
	}
	if r := viewer.GraphQL(save, map[string]any{"input": input}); r.Code() != "FORBIDDEN" {
		t.Errorf("viewer saved: %s", r)
	}
	var checked struct {
		CheckMapping struct {
			Ok     bool
			Issues []struct {
				Code string
				Path *string
			}
		}
	}
	admin.MustGraphQL(`query($input: MappingInput!) { checkMapping(input: $input) { ok issues { code path } } }`, map[string]any{"input": input}, &checked)
	var paths []string
	for _, i := range checked.CheckMapping.Issues {
		if i.Path != nil {
			paths = append(paths, i.Code+" "+*i.Path)
		}
	}
	if checked.CheckMapping.Ok || len(paths) == 0 {
		t.Fatalf("check: %+v", checked)
	}
	t.Logf("issues: %v", paths)

	// Fix it: pair Finance, fill the required fields, and save twice.
	for _, f := range fields {
		if f["fieldKey"] == "department" {
			f["optionMap"] = append(f["optionMap"].([]map[string]any), map[string]any{"option": "Finance", "value": "Operations"})
		}
	}
	qid := func(key string) string { return string(form.QuestionByKey(key).ID) }
	input["fields"] = append(fields,
		map[string]any{"fieldKey": "role8f2a5c6d7e9b4a1c2d3e4f5a6b7c8d9e", "source": "FIXED_VALUE", "fixedValue": "legal@vendor.example"},
		map[string]any{"fieldKey": "role9a3b6d7e8f0c4b2d3e4f5a6b7c8d9e0f", "source": "FIXED_VALUE", "fixedValue": "Vendor Legal"},
		map[string]any{"fieldKey": "requestDescription", "source": "QUESTION", "questionID": qid("current_contract")},
		map[string]any{"fieldKey": "estimatedCost", "source": "QUESTION", "questionID": qid("new_annual_cost")},
		map[string]any{"fieldKey": "needByDate", "source": "SKIP"},
	)
	var saved struct {
		SaveMapping struct {
			Mapping struct {
				ID            string
				Version       int
				Current       bool
				ExportJSON    string
				FieldMappings []struct {
					FieldKey, Source string
					Value            any
					Options          []struct{ Option, Value string }
				}
			}
			Check struct{ Ok bool }
		}
	}
	admin.MustGraphQL(save, map[string]any{"input": input}, &saved)
	admin.MustGraphQL(save, map[string]any{"input": input}, &saved)
	if m := saved.SaveMapping.Mapping; m.Version != 2 || !m.Current || len(m.FieldMappings) != 9 || !saved.SaveMapping.Check.Ok {
		t.Fatalf("saved %+v", saved.SaveMapping)
	}
	var versions struct {
		MappingVersions []struct {
			Version int
			Current bool
		}
	}
	viewer.MustGraphQL(`query($w: ID!, $f: ID!) { mappingVersions(ironcladWorkflowID: $w, requestFormID: $f) { version current } }`, vars, &versions)
	if v := versions.MappingVersions; len(v) != 2 || v[0].Version != 2 || v[1].Current {
		t.Errorf("versions %+v", v)
	}
	imp := `mutation($input: ImportMappingInput!) { importMapping(input: $input) { mapping { version } check { ok } } }`
	var imported struct {
		ImportMapping struct{ Mapping struct{ Version int } }
	}
	admin.MustGraphQL(imp, map[string]any{"input": map[string]any{"ironcladWorkflowID": wf.ID, "requestFormID": form.Form.ID, "json": saved.SaveMapping.Mapping.ExportJSON}}, &imported)
	if imported.ImportMapping.Mapping.Version != 3 {
		t.Errorf("import made version %d", imported.ImportMapping.Mapping.Version)
	}

	var rules struct{ CompatibilityRules []struct{ Result string } }
	viewer.MustGraphQL(`{ compatibilityRules { questionType fieldKind result transform reason } }`, nil, &rules)
	if len(rules.CompatibilityRules) != 13*15 {
		t.Errorf("%d rules", len(rules.CompatibilityRules))
	}
}
