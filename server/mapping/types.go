package mapping

import (
	"tradewind/ent"
	"tradewind/ent/fieldmapping"
	"tradewind/ent/formquestion"
	"tradewind/ent/schema/pulid"
)

// Inputs and results of the mapping screen (graph/ maps them to the schema).

// OptionPair pairs a question option with an Ironclad option value.
type OptionPair struct{ Option, Value string }

// FieldMappingInput says where one Ironclad field's value comes from.
type FieldMappingInput struct {
	FieldKey   string
	Source     fieldmapping.Source
	QuestionID *pulid.ID
	FixedValue any
	OptionMap  []*OptionPair
}

// MappingInput is a whole draft.
type MappingInput struct {
	IroncladWorkflowID pulid.ID
	RequestFormID      pulid.ID
	Fields             []*FieldMappingInput
}

// FieldMappingDraft is a pair as the screen holds it.
type FieldMappingDraft struct {
	FieldKey   string
	Source     fieldmapping.Source
	QuestionID *pulid.ID
	FixedValue any
	OptionMap  []*OptionPair
}

// QuestionSuggestion is a compatible question with a similar label.
type QuestionSuggestion struct {
	Question      *ent.FormQuestion
	Score         float64
	Compatibility Compatibility
	Reason        string
}

// MappingFieldRow is one Ironclad field on the mapping screen.
type MappingFieldRow struct {
	Field               *ent.IroncladField
	Kind                MappingFieldKind
	Suggestions         []*QuestionSuggestion
	CompatibleQuestions []*ent.FormQuestion
	AddQuestionType     *formquestion.Type
}

// RequestorEmailState says whether the requester's email reaches Ironclad.
type RequestorEmailState string

const (
	RequestorEmailMapped    RequestorEmailState = "MAPPED"
	RequestorEmailNotMapped RequestorEmailState = "NOT_MAPPED"
	RequestorEmailMissing   RequestorEmailState = "MISSING"
)

// RequestorEmailStatus is the Integration Requestor Email verdict.
type RequestorEmailStatus struct {
	State   RequestorEmailState
	Field   *ent.IroncladField
	Message string
}

// MappingIssueSeverity: errors block saving, warnings are shown.
type MappingIssueSeverity string

const (
	SeverityError   MappingIssueSeverity = "ERROR"
	SeverityWarning MappingIssueSeverity = "WARNING"
)

// MappingIssueCode names an issue (docs/forms-and-mapping.md lists them).
type MappingIssueCode string

const (
	IssueUnknownField             MappingIssueCode = "UNKNOWN_FIELD"
	IssueFieldListedTwice         MappingIssueCode = "FIELD_LISTED_TWICE"
	IssueFieldRemoved             MappingIssueCode = "FIELD_REMOVED"
	IssueFieldNeedsReview         MappingIssueCode = "FIELD_NEEDS_REVIEW"
	IssueUnknownQuestion          MappingIssueCode = "UNKNOWN_QUESTION"
	IssueQuestionRequired         MappingIssueCode = "QUESTION_REQUIRED"
	IssueIncompatibleType         MappingIssueCode = "INCOMPATIBLE_TYPE"
	IssueOptionUnmapped           MappingIssueCode = "OPTION_UNMAPPED"
	IssueOptionNotInIronclad      MappingIssueCode = "OPTION_NOT_IN_IRONCLAD"
	IssueFixedValueRequired       MappingIssueCode = "FIXED_VALUE_REQUIRED"
	IssueInvalidFixedValue        MappingIssueCode = "INVALID_FIXED_VALUE"
	IssueRequiredFieldUnmapped    MappingIssueCode = "REQUIRED_FIELD_UNMAPPED"
	IssueRequiredOptionalQuestion MappingIssueCode = "REQUIRED_FIELD_OPTIONAL_QUESTION"
	IssueConditionalFieldUnmapped MappingIssueCode = "CONDITIONAL_FIELD_UNMAPPED"
	IssueRequesterEmailType       MappingIssueCode = "REQUESTER_EMAIL_TYPE"
	IssueRequestorEmailNotMapped  MappingIssueCode = "REQUESTOR_EMAIL_NOT_MAPPED"
	IssueRequestorEmailMissing    MappingIssueCode = "REQUESTOR_EMAIL_MISSING"
	IssueDuplicateQuestion        MappingIssueCode = "DUPLICATE_QUESTION"
)

// MappingIssue is one error or warning.
type MappingIssue struct {
	Severity   MappingIssueSeverity
	Code       MappingIssueCode
	Message    string
	FieldKey   *string
	QuestionID *pulid.ID
	Path       *string
}

// FieldMappingStatus is where a field's value comes from.
type FieldMappingStatus string

const (
	StatusMapped         FieldMappingStatus = "MAPPED"
	StatusRequesterEmail FieldMappingStatus = "REQUESTER_EMAIL"
	StatusFixedValue     FieldMappingStatus = "FIXED_VALUE"
	StatusSkipped        FieldMappingStatus = "SKIPPED"
	StatusUnmapped       FieldMappingStatus = "UNMAPPED"
)

// FieldCheck is one Ironclad field checked against the draft.
type FieldCheck struct {
	Field         *ent.IroncladField
	Kind          MappingFieldKind
	Status        FieldMappingStatus
	Question      *ent.FormQuestion
	Compatibility *Compatibility
	Transform     string
	FixedValue    any
	OptionMap     []*OptionPair
	Issues        []*MappingIssue
}

// DuplicateFlag: the requester would answer the same thing twice.
type DuplicateFlag struct {
	Question   *ent.FormQuestion
	Field      *ent.IroncladField
	Score      float64
	Reason     string
	Resolution *FieldMappingDraft
}

// MappingSummary is what Next shows before Save.
type MappingSummary struct {
	Mapped         []*FieldCheck
	Skipped        []*FieldCheck
	FixedValues    []*FieldCheck
	AddedQuestions []*ent.FormQuestion
	Warnings       []*MappingIssue
	Errors         []*MappingIssue
}

// MappingCheck is a draft checked.
type MappingCheck struct {
	Ok             bool
	Fields         []*FieldCheck
	Duplicates     []*DuplicateFlag
	Issues         []*MappingIssue
	Summary        *MappingSummary
	RequestorEmail *RequestorEmailStatus
}

// MappingEditor is the mapping screen's data.
type MappingEditor struct {
	IroncladWorkflow *ent.IroncladWorkflow
	RequestForm      *ent.RequestForm
	Current          *ent.Mapping
	Fields           []*MappingFieldRow
	Draft            []*FieldMappingDraft
	Check            *MappingCheck
}

// SaveMappingPayload is a saved version and its check.
type SaveMappingPayload struct {
	Mapping *ent.Mapping
	Check   *MappingCheck
}

// AddQuestionFromFieldInput adds an Ironclad field to a form page.
type AddQuestionFromFieldInput struct {
	IroncladWorkflowID pulid.ID
	FieldKey           string
	PageID             pulid.ID
	Position           *int
	Draft              []*FieldMappingInput
}

// AddQuestionFromFieldPayload is the new question and its pair.
type AddQuestionFromFieldPayload struct {
	Question *ent.FormQuestion
	Pair     *FieldMappingDraft
	Warnings []string
}

// ImportMappingInput is exported JSON to import onto a workflow and form.
type ImportMappingInput struct {
	IroncladWorkflowID pulid.ID
	RequestFormID      pulid.ID
	JSON               string
	DryRun             *bool
}

// ImportMappingPayload is the import's outcome.
type ImportMappingPayload struct {
	Mapping *ent.Mapping
	Check   *MappingCheck
	Draft   []*FieldMappingDraft
}
