package mapping

import (
	"tradewind/ent/formquestion"
	"tradewind/server/requestforms"
)

// Compatibility is a rule's verdict for a question type and a field kind.
type Compatibility string

const (
	Compatible   Compatibility = "COMPATIBLE"
	Options      Compatibility = "OPTIONS" // compatible once every option pairs with an Ironclad option
	Incompatible Compatibility = "INCOMPATIBLE"
)

// CompatibilityRule is one cell of the table.
type CompatibilityRule struct {
	QuestionType formquestion.Type
	FieldKind    MappingFieldKind
	Result       Compatibility
	Transform    string // how the answer becomes the attribute
	Reason       string // why not, when incompatible
	natural      bool   // the pair the types were made for (ranks suggestions)
}

type cell struct {
	result    Compatibility
	transform string
	natural   bool
}

func ok(transform string, natural bool) cell { return cell{Compatible, transform, natural} }
func viaOptions(transform string) cell       { return cell{Options, transform, true} }

// table holds the compatible cells; every other pair is incompatible.
var table = map[formquestion.Type]map[MappingFieldKind]cell{
	formquestion.TypeSHORT_TEXT: {
		KindText:     ok(`text → "text"`, true),
		KindTextList: ok(`text → ["text"]`, false),
	},
	formquestion.TypeLONG_TEXT: {
		KindText:     ok(`text → "text"`, true),
		KindTextList: ok(`text → ["text"]`, false),
	},
	formquestion.TypeNUMBER: {
		KindNumber: ok(`number → 12.5`, true),
		KindText:   ok(`number → "12.5"`, false),
	},
	formquestion.TypeMONEY: {
		KindMonetaryAmount: ok(`money → {"currency": "USD", "amount": 25.37}`, true),
	},
	formquestion.TypeDATE: {
		KindDate: ok(`date → "2026-05-11" (ISO 8601)`, true),
		KindText: ok(`date → "2026-05-11"`, false),
	},
	formquestion.TypeYES_NO: {
		KindBoolean: ok(`yes/no → true / false`, true),
		KindSelect:  viaOptions(`yes/no → the option paired with Yes or No`),
		KindText:    ok(`yes/no → "Yes" / "No"`, false),
	},
	formquestion.TypeSINGLE_SELECT: {
		KindSelect:      viaOptions(`option → the paired Ironclad option`),
		KindMultiSelect: viaOptions(`option → ["the paired Ironclad option"]`),
		KindText:        ok(`option → "option" (or its paired value)`, false),
		KindTextList:    ok(`option → ["option"] (or its paired value)`, false),
	},
	formquestion.TypeMULTI_SELECT: {
		KindMultiSelect: viaOptions(`options → ["paired option", …]`),
		KindTextList:    ok(`options → ["option", …] (free text allowed)`, true),
	},
	formquestion.TypeEMAIL: {
		KindEmail: ok(`email → "a@b.example"`, true),
		KindText:  ok(`email → "a@b.example"`, false),
	},
	formquestion.TypePERSON: {
		KindEmail: ok(`person → their email "a@b.example"`, true),
		KindText:  ok(`person → their name`, false),
	},
	formquestion.TypeADDRESS: {
		KindAddress: ok(`address → {"lines": […], "locality", "region", "postcode", "country"} (Ironclad's rules)`, true),
	},
	formquestion.TypeDURATION: {
		KindDuration: ok(`duration → {"years", "months", "weeks", "days"}`, true),
	},
	formquestion.TypeFILE: {
		KindFiles: ok(`files → [{"url": "https://…"}]`, true),
	},
}

// reasons explain the incompatible columns that need more than a generic sentence.
var kindReasons = map[MappingFieldKind]string{
	KindTable:      "Ironclad tables cannot be filled from a form question; skip the field or fill it in Ironclad.",
	KindRecordLink: "Record links take an Ironclad record id; use a fixed value (e.g. IC-12) or skip.",
	KindOther:      "Tradewind cannot fill this Ironclad field type; use a fixed value or skip.",
}

// Rule returns the table's cell for a question type and a field kind.
func Rule(t formquestion.Type, k MappingFieldKind) CompatibilityRule {
	r := CompatibilityRule{QuestionType: t, FieldKind: k, Result: Incompatible}
	if c, found := table[t][k]; found {
		r.Result, r.Transform, r.natural = c.result, c.transform, c.natural
		return r
	}
	if reason, found := kindReasons[k]; found {
		r.Reason = reason
	} else {
		r.Reason = "A " + questionTypeName(t) + " answer cannot become an Ironclad " + kindName(k) + " value."
	}
	return r
}

// CompatibilityRules is the whole table: every question type × every kind.
func CompatibilityRules() []CompatibilityRule {
	var out []CompatibilityRule
	for _, t := range requestforms.QuestionTypes {
		for _, k := range Kinds {
			out = append(out, Rule(t, k))
		}
	}
	return out
}

var questionTypeNames = map[formquestion.Type]string{
	formquestion.TypeSHORT_TEXT: "short text", formquestion.TypeLONG_TEXT: "long text",
	formquestion.TypeNUMBER: "number", formquestion.TypeMONEY: "money", formquestion.TypeDATE: "date",
	formquestion.TypeYES_NO: "yes/no", formquestion.TypeSINGLE_SELECT: "single select",
	formquestion.TypeMULTI_SELECT: "multi select", formquestion.TypeEMAIL: "email",
	formquestion.TypePERSON: "person", formquestion.TypeADDRESS: "address",
	formquestion.TypeDURATION: "duration", formquestion.TypeFILE: "file",
}

func questionTypeName(t formquestion.Type) string { return questionTypeNames[t] }

var kindNames = map[MappingFieldKind]string{
	KindText: "text", KindSelect: "dropdown", KindEmail: "email", KindNumber: "number",
	KindBoolean: "yes/no", KindDate: "date", KindMonetaryAmount: "monetary amount",
	KindDuration: "duration", KindAddress: "address", KindMultiSelect: "multi-select",
	KindTextList: "list of text", KindFiles: "file attachment", KindTable: "table",
	KindRecordLink: "record link", KindOther: "unsupported",
}

func kindName(k MappingFieldKind) string { return kindNames[k] }

// questionTypeFor is the question "add missing question" creates for a kind.
var questionTypeFor = map[MappingFieldKind]formquestion.Type{
	KindText: formquestion.TypeSHORT_TEXT, KindSelect: formquestion.TypeSINGLE_SELECT,
	KindEmail: formquestion.TypeEMAIL, KindNumber: formquestion.TypeNUMBER,
	KindBoolean: formquestion.TypeYES_NO, KindDate: formquestion.TypeDATE,
	KindMonetaryAmount: formquestion.TypeMONEY, KindDuration: formquestion.TypeDURATION,
	KindAddress: formquestion.TypeADDRESS, KindMultiSelect: formquestion.TypeMULTI_SELECT,
	KindTextList: formquestion.TypeSHORT_TEXT, KindFiles: formquestion.TypeFILE,
}
