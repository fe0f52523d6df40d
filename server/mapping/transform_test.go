package mapping_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"tradewind/ent/formquestion"
	"tradewind/server/ironclad"
	"tradewind/server/mapping"
	"tradewind/server/sandbox"
)

// Fields of the seeded "Every Field Type" template, one per kind.
var everyFieldKind = map[mapping.MappingFieldKind]string{
	mapping.KindText: "shortResponseText", mapping.KindSelect: "singleSelectRadioButtonNumber",
	mapping.KindEmail: "emailQuestion", mapping.KindNumber: "number", mapping.KindBoolean: "yesNoQuestion",
	mapping.KindDate: "date", mapping.KindMonetaryAmount: "monetaryAmount", mapping.KindDuration: "duration",
	mapping.KindAddress: "address", mapping.KindMultiSelect: "multiSelectCheckBoxNumber",
	mapping.KindFiles: "fileAttachment", mapping.KindTextList: "tags", // added below: a multi-select without options
}

type transformCase struct {
	qt      formquestion.Type
	kind    mapping.MappingFieldKind
	options map[string]string // question option → Ironclad option
	answer  string            // the answer value as JSON
	want    string            // the attribute exactly, as JSON (API.md §5.3)
}

// One case per compatible cell of the rule table.
var transformCases = []transformCase{
	{formquestion.TypeSHORT_TEXT, mapping.KindText, nil, `"Acme analytics"`, `"Acme analytics"`},
	{formquestion.TypeSHORT_TEXT, mapping.KindTextList, nil, `"Acme analytics"`, `["Acme analytics"]`},
	{formquestion.TypeLONG_TEXT, mapping.KindText, nil, `"Line one\nLine two"`, `"Line one\nLine two"`},
	{formquestion.TypeLONG_TEXT, mapping.KindTextList, nil, `"Notes"`, `["Notes"]`},
	{formquestion.TypeNUMBER, mapping.KindNumber, nil, `12.5`, `12.5`},
	{formquestion.TypeNUMBER, mapping.KindText, nil, `12.5`, `"12.5"`},
	{formquestion.TypeMONEY, mapping.KindMonetaryAmount, nil, `{"amount":25.37,"currency":"USD"}`, `{"amount":25.37,"currency":"USD"}`},
	{formquestion.TypeDATE, mapping.KindDate, nil, `"2026-05-11"`, `"2026-05-11"`},
	{formquestion.TypeDATE, mapping.KindText, nil, `"2026-05-11"`, `"2026-05-11"`},
	{formquestion.TypeYES_NO, mapping.KindBoolean, nil, `true`, `true`},
	{formquestion.TypeYES_NO, mapping.KindSelect, map[string]string{"Yes": "Green", "No": "Red"}, `true`, `"Green"`},
	{formquestion.TypeYES_NO, mapping.KindText, nil, `false`, `"No"`},
	{formquestion.TypeSINGLE_SELECT, mapping.KindSelect, map[string]string{"Azure": "Blue"}, `"Azure"`, `"Blue"`},
	{formquestion.TypeSINGLE_SELECT, mapping.KindMultiSelect, map[string]string{"Houston": "Rockets"}, `"Houston"`, `["Rockets"]`},
	{formquestion.TypeSINGLE_SELECT, mapping.KindText, nil, `"Azure"`, `"Azure"`},
	{formquestion.TypeSINGLE_SELECT, mapping.KindTextList, nil, `"Azure"`, `["Azure"]`},
	{formquestion.TypeMULTI_SELECT, mapping.KindMultiSelect, map[string]string{"Baseball": "Astros", "Basketball": "Rockets"}, `["Baseball","Basketball"]`, `["Astros","Rockets"]`},
	{formquestion.TypeMULTI_SELECT, mapping.KindTextList, nil, `["Red","Blue"]`, `["Red","Blue"]`},
	{formquestion.TypeEMAIL, mapping.KindEmail, nil, `"pat@vendor.example"`, `"pat@vendor.example"`},
	{formquestion.TypeEMAIL, mapping.KindText, nil, `"pat@vendor.example"`, `"pat@vendor.example"`},
	{formquestion.TypePERSON, mapping.KindEmail, nil, `{"userId":"usr_1","email":"ann@tradewind.example","name":"Ann Owner"}`, `"ann@tradewind.example"`},
	{formquestion.TypePERSON, mapping.KindText, nil, `{"userId":"usr_1","email":"ann@tradewind.example","name":"Ann Owner"}`, `"Ann Owner"`},
	{formquestion.TypeADDRESS, mapping.KindAddress, nil,
		`{"lines":["325 5th Street","Suite 200"],"locality":"San Francisco","region":"California","postcode":"94107","country":"USA"}`,
		`{"country":"USA","lines":["325 5th Street","Suite 200"],"locality":"San Francisco","postcode":"94107","region":"California"}`},
	{formquestion.TypeDURATION, mapping.KindDuration, nil, `{"years":1,"months":2}`, `{"days":0,"months":2,"weeks":0,"years":1}`},
	{formquestion.TypeFILE, mapping.KindFiles, nil, `[{"name":"msa.pdf","url":"https://files.example.test/msa.pdf"}]`, `[{"url":"https://files.example.test/msa.pdf"}]`},
}

func TestTransformsLaunchThroughSandbox(t *testing.T) {
	ic, base := sandboxClient(t)
	var published struct{ ID string }
	control(t, base, "/_control/templates/"+sandbox.TemplateEveryFieldType+"/fields", map[string]any{"op": "add", "name": "Tags", "type": "multiSelect"}, nil)
	control(t, base, "/_control/templates/"+sandbox.TemplateEveryFieldType+"/publish", map[string]any{}, &published)
	ws, err := ic.GetWorkflowSchema(context.Background(), published.ID)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, c := range transformCases {
		covered[string(c.qt)+"/"+string(c.kind)] = true
		name := fmt.Sprintf("%s→%s", c.qt, c.kind)
		t.Run(name, func(t *testing.T) {
			key := everyFieldKind[c.kind]
			f, ok := ws.Schema.Get(key)
			if !ok {
				t.Fatalf("template has no %s", key)
			}
			hasOptions := f.Options != nil && len(f.Options.Values) > 0
			elem := ""
			if f.ElementType != nil {
				elem = f.ElementType.Type
			}
			if got := mapping.KindOf(fieldOf(f.Type, elem, hasOptions)); got != c.kind {
				t.Fatalf("%s is %s, want %s", key, got, c.kind)
			}
			var answer any
			if err := json.Unmarshal([]byte(c.answer), &answer); err != nil {
				t.Fatal(err)
			}
			v, err := mapping.Transform(mapping.Pair{QuestionType: c.qt, Kind: c.kind, Options: c.options}, answer)
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := json.Marshal(v); string(got) != c.want {
				t.Fatalf("attribute %s, want %s", got, c.want)
			}
			attrs := map[string]any{"counterpartyName": "Acme LLC",
				"role2f6a9c0d1e3b4a5c8d7e6f5a4b3c2d1e": "signer@acme.example", "role3a7b0d1e2f4c4b6d9e8f7a6b5c4d3e2f": "Pat Signer", key: v}
			if _, err := ic.LaunchWorkflow(context.Background(), ironclad.LaunchRequest{Template: published.ID, Attributes: attrs}); err != nil {
				t.Fatalf("Ironclad refused %s = %s: %v", key, c.want, err)
			}
		})
	}
	for _, r := range mapping.CompatibilityRules() {
		if r.Result != mapping.Incompatible && !covered[string(r.QuestionType)+"/"+string(r.FieldKind)] {
			t.Errorf("no launch case for the compatible pair %s → %s", r.QuestionType, r.FieldKind)
		}
	}
}

func TestTransformRefusesIncompatibleAndBadAnswers(t *testing.T) {
	if _, err := mapping.Transform(mapping.Pair{QuestionType: formquestion.TypeMONEY, Kind: mapping.KindNumber}, map[string]any{"amount": 1.0, "currency": "USD"}); err == nil {
		t.Error("money → number should be refused")
	}
	us := map[string]any{"lines": []any{"1 Main St"}, "locality": "Austin", "country": "United States"}
	if _, err := mapping.Transform(mapping.Pair{QuestionType: formquestion.TypeADDRESS, Kind: mapping.KindAddress}, us); err == nil {
		t.Error("a US address without state and ZIP code should be refused, as Ironclad does")
	}
	if v, err := mapping.Transform(mapping.Pair{QuestionType: formquestion.TypeSHORT_TEXT, Kind: mapping.KindText}, nil); v != nil || err != nil {
		t.Errorf("an unanswered question leaves the attribute out, got %v, %v", v, err)
	}
}
