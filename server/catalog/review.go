package catalog

import (
	"fmt"
	"slices"
	"strings"

	"tradewind/ent"
	"tradewind/ent/ironcladfield"
	"tradewind/server/ironclad"
)

// Reason is why a field needs review (FieldReviewReason in GraphQL).
type Reason string

const (
	ReasonConditional      Reason = "CONDITIONAL"
	ReasonMaybeConditional Reason = "MAYBE_CONDITIONAL"
	ReasonUnsupportedType  Reason = "UNSUPPORTED_TYPE"
	ReasonOptionsMissing   Reason = "OPTIONS_MISSING"
	ReasonSharedProperty   Reason = "SHARED_PROPERTY"
)

// Issue is a reason with its sentence for the admin.
type Issue struct {
	Reason  Reason
	Message string
}

// kindOf is how Tradewind asks for an Ironclad field by default.
func kindOf(f ironclad.Field) ironcladfield.Kind {
	switch f.Type {
	case "string":
		if f.Options != nil && len(f.Options.Values) > 0 || f.Options != nil && !f.Options.FreeTextAllowed {
			return ironcladfield.KindDROPDOWN
		}
		return ironcladfield.KindTEXT
	case "array":
		switch elementType(f) {
		case "string":
			return ironcladfield.KindMULTI_SELECT
		case "document":
			return ironcladfield.KindFILES
		case "object":
			return ironcladfield.KindTABLE
		}
		return ironcladfield.KindNOT_ASKED
	case "boolean":
		return ironcladfield.KindYES_NO
	case "email":
		return ironcladfield.KindEMAIL
	case "number":
		return ironcladfield.KindNUMBER
	case "monetaryAmount":
		return ironcladfield.KindMONEY
	case "date":
		return ironcladfield.KindDATE
	case "duration":
		return ironcladfield.KindDURATION
	case "address":
		return ironcladfield.KindADDRESS
	case "document":
		return ironcladfield.KindFILES
	case "linkedRecord", "parentRecord", "childRecord":
		return ironcladfield.KindRECORD_LINK
	}
	return ironcladfield.KindNOT_ASKED
}

func elementType(f ironclad.Field) string {
	if f.ElementType == nil {
		return ""
	}
	return f.ElementType.Type
}

func optionValues(f ironclad.Field) []string {
	if f.Options == nil {
		return nil
	}
	return f.Options.Values
}

// reasonsFor applies the review rules to Ironclad's facts.
func reasonsFor(f ironclad.Field) []Reason {
	var out []Reason
	switch f.Required {
	case ironclad.RequiredConditional:
		out = append(out, ReasonConditional)
	case ironclad.RequiredNever, "":
		out = append(out, ReasonMaybeConditional)
	}
	kind := kindOf(f)
	if unsupported(kind) {
		out = append(out, ReasonUnsupportedType)
	}
	if (kind == ironcladfield.KindDROPDOWN || kind == ironcladfield.KindMULTI_SELECT) && len(optionValues(f)) == 0 {
		out = append(out, ReasonOptionsMissing)
	}
	// API.md §4.3: several questions on one property come back as one entry,
	// only sometimes required, with merged choices and the last default.
	// Ironclad says no more than that; this shape is the tell.
	if f.Required == ironclad.RequiredConditional && len(f.Default) > 0 && string(f.Default) != "null" && len(optionValues(f)) > 0 {
		out = append(out, ReasonSharedProperty)
	}
	return out
}

func unsupported(k ironcladfield.Kind) bool {
	return slices.Contains([]ironcladfield.Kind{ironcladfield.KindFILES, ironcladfield.KindRECORD_LINK,
		ironcladfield.KindTABLE, ironcladfield.KindNOT_ASKED}, k)
}

// Issues returns the field's review reasons with their sentences.
func Issues(f *ent.IroncladField) []Issue {
	out := make([]Issue, 0, len(f.ReviewReasons))
	for _, r := range f.ReviewReasons {
		out = append(out, Issue{Reason: Reason(r), Message: message(Reason(r), f)})
	}
	return out
}

func message(r Reason, f *ent.IroncladField) string {
	q := fmt.Sprintf("%q", f.Label)
	switch r {
	case ReasonConditional:
		return "Ironclad asks " + q + " only when another answer calls for it (required: conditional), and its API does not say " +
			"which answer. Set the condition (Show when …) so requesters see this question at the right time, then mark it reviewed."
	case ReasonMaybeConditional:
		return q + " is optional in Ironclad, and Ironclad does not say whether it is conditional. Check in Ironclad's Workflow " +
			"Designer whether this question is conditional; if it is, set the same condition here, then mark it reviewed."
	case ReasonUnsupportedType:
		return unsupportedMessage(q, f)
	case ReasonOptionsMissing:
		return "Ironclad gives no choices for the dropdown " + q + ". Add the choices requesters may pick (they must match the " +
			"options in Ironclad), then mark it reviewed."
	case ReasonSharedProperty:
		return q + " looks like several conditional questions that share one Ironclad property (only sometimes required, with " +
			"a default and choices merged from the questions). Ironclad's API returns one entry per property, so Tradewind receives " +
			"only one conditional question per property and the others do not appear here. To fix it, open the workflow in " +
			"Ironclad's Workflow Designer, create a new property (for example \"" + f.Label + " – Alt\"), assign the second " +
			"question to it, publish, and re-import this workflow: both questions will then appear."
	}
	return string(r)
}

func unsupportedMessage(q string, f *ent.IroncladField) string {
	switch kindFromType(f) {
	case ironcladfield.KindRECORD_LINK:
		return q + " links to another Ironclad record, which Tradewind cannot offer as a picker. As-is it is not asked and stays " +
			"empty at launch; choose Short text to let requesters type the record's readable id (IC-…), or keep it not asked."
	case ironcladfield.KindFILES:
		return q + " takes documents. Tradewind does not send requesters' files to Ironclad yet: as-is it is not asked and the " +
			"documents are added in Ironclad after launch. Mark it reviewed to accept that."
	case ironcladfield.KindTABLE:
		columns := make([]string, 0, len(f.TableColumns))
		for _, c := range f.TableColumns {
			if name, ok := c["displayName"].(string); ok {
				columns = append(columns, name)
			}
		}
		return q + " is a table (" + strings.Join(columns, ", ") + "), which Tradewind cannot ask as one question. As-is it is " +
			"not asked and stays empty at launch; fill it in Ironclad, or mark it reviewed to accept that."
	}
	return q + " has a type Tradewind does not know (" + f.Type + "); it is not asked and stays empty at launch. Choose how to ask it, or mark it reviewed to accept that."
}

// kindFromType is the default kind from the stored facts (the admin may
// have changed Kind since).
func kindFromType(f *ent.IroncladField) ironcladfield.Kind {
	return kindOf(ironclad.Field{Type: f.Type, ElementType: elementOf(f.ElementType)})
}

func elementOf(t string) *ironclad.Field {
	if t == "" {
		return nil
	}
	return &ironclad.Field{Type: t}
}
