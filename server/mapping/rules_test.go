package mapping_test

import (
	"strings"
	"testing"

	"tradewind/ent/formquestion"
	"tradewind/server/mapping"
	"tradewind/server/requestforms"
)

// The whole rule table, row by row: C compatible, O compatible option by
// option, . incompatible. Columns in mapping.Kinds order:
// TEXT SELECT EMAIL NUMBER BOOLEAN DATE MONETARY_AMOUNT DURATION ADDRESS
// MULTI_SELECT TEXT_LIST FILES TABLE RECORD_LINK OTHER
var wantTable = map[formquestion.Type]string{
	formquestion.TypeSHORT_TEXT:    "C.........C....",
	formquestion.TypeLONG_TEXT:     "C.........C....",
	formquestion.TypeNUMBER:        "C..C...........",
	formquestion.TypeMONEY:         "......C........",
	formquestion.TypeDATE:          "C....C.........",
	formquestion.TypeYES_NO:        "CO..C..........",
	formquestion.TypeSINGLE_SELECT: "CO.......OC....",
	formquestion.TypeMULTI_SELECT:  ".........OC....",
	formquestion.TypeEMAIL:         "C.C............",
	formquestion.TypePERSON:        "C.C............",
	formquestion.TypeADDRESS:       "........C......",
	formquestion.TypeDURATION:      ".......C.......",
	formquestion.TypeFILE:          "...........C...",
}

func TestCompatibilityTable(t *testing.T) {
	letter := map[mapping.Compatibility]byte{mapping.Compatible: 'C', mapping.Options: 'O', mapping.Incompatible: '.'}
	rules := mapping.CompatibilityRules()
	if len(rules) != len(requestforms.QuestionTypes)*len(mapping.Kinds) {
		t.Fatalf("%d rules, want every question type × every kind", len(rules))
	}
	got := map[formquestion.Type][]byte{}
	for _, r := range rules {
		got[r.QuestionType] = append(got[r.QuestionType], letter[r.Result])
		switch {
		case r.Result == mapping.Incompatible && (r.Reason == "" || r.Transform != ""):
			t.Errorf("%s × %s: incompatible needs a reason and no transform", r.QuestionType, r.FieldKind)
		case r.Result != mapping.Incompatible && (r.Transform == "" || r.Reason != ""):
			t.Errorf("%s × %s: compatible needs a transform and no reason", r.QuestionType, r.FieldKind)
		}
	}
	for _, qt := range requestforms.QuestionTypes {
		if string(got[qt]) != wantTable[qt] {
			t.Errorf("%-13s got %s\n%-13s want %s", qt, got[qt], "", wantTable[qt])
		}
	}
	// The named pairs of the issue.
	for _, c := range []struct {
		t    formquestion.Type
		k    mapping.MappingFieldKind
		want string
	}{
		{formquestion.TypeMONEY, mapping.KindMonetaryAmount, `{"currency": "USD", "amount": 25.37}`},
		{formquestion.TypeYES_NO, mapping.KindBoolean, "true"},
		{formquestion.TypePERSON, mapping.KindEmail, "email"},
		{formquestion.TypeDURATION, mapping.KindDuration, `{"years", "months", "weeks", "days"}`},
	} {
		if r := mapping.Rule(c.t, c.k); !strings.Contains(r.Transform, c.want) {
			t.Errorf("%s → %s: transform %q should mention %s", c.t, c.k, r.Transform, c.want)
		}
	}
}
