// Package mapping is Map Request Forms: which form question (or fixed value,
// or the requester's email) fills each field of an imported Ironclad
// workflow, whether the pair is compatible, suggestions and duplicate flags,
// versioned saves, JSON export and import, and the value transforms that
// turn answers into Ironclad launch attributes (API.md §5.3).
package mapping

import "tradewind/ent"

// MappingFieldKind is what an Ironclad field holds, read from its type, element type
// and options: the column of the compatibility rule table.
type MappingFieldKind string

// The kinds, in the rule table's column order.
const (
	KindText           MappingFieldKind = "TEXT"
	KindSelect         MappingFieldKind = "SELECT"
	KindEmail          MappingFieldKind = "EMAIL"
	KindNumber         MappingFieldKind = "NUMBER"
	KindBoolean        MappingFieldKind = "BOOLEAN"
	KindDate           MappingFieldKind = "DATE"
	KindMonetaryAmount MappingFieldKind = "MONETARY_AMOUNT"
	KindDuration       MappingFieldKind = "DURATION"
	KindAddress        MappingFieldKind = "ADDRESS"
	KindMultiSelect    MappingFieldKind = "MULTI_SELECT"
	KindTextList       MappingFieldKind = "TEXT_LIST"
	KindFiles          MappingFieldKind = "FILES"
	KindTable          MappingFieldKind = "TABLE"
	KindRecordLink     MappingFieldKind = "RECORD_LINK"
	KindOther          MappingFieldKind = "OTHER"
)

// Kinds lists every kind in table order.
var Kinds = []MappingFieldKind{KindText, KindSelect, KindEmail, KindNumber, KindBoolean, KindDate,
	KindMonetaryAmount, KindDuration, KindAddress, KindMultiSelect, KindTextList, KindFiles,
	KindTable, KindRecordLink, KindOther}

// KindOf reads an imported field's kind. A string (or array of strings)
// with option values is a select: Ironclad refuses values outside them.
func KindOf(f *ent.IroncladField) MappingFieldKind {
	return kindOf(f.Type, f.ElementType, len(f.Options) > 0)
}

func kindOf(typ, element string, hasOptions bool) MappingFieldKind {
	switch typ {
	case "string":
		if hasOptions {
			return KindSelect
		}
		return KindText
	case "email":
		return KindEmail
	case "number":
		return KindNumber
	case "boolean":
		return KindBoolean
	case "date":
		return KindDate
	case "monetaryAmount":
		return KindMonetaryAmount
	case "duration":
		return KindDuration
	case "address":
		return KindAddress
	case "linkedRecord", "parentRecord", "childRecord":
		return KindRecordLink
	case "array":
		switch element {
		case "string":
			if hasOptions {
				return KindMultiSelect
			}
			return KindTextList
		case "document":
			return KindFiles
		case "object":
			return KindTable
		}
	}
	return KindOther
}
