package core

// Published template ids of the seeded designs. They are stable so that
// tests and demo data can name them.
const (
	TemplateEveryFieldType    = "65a1e0f0c0ffee0000000101"
	TemplateVendorAgreement   = "65a1e0f0c0ffee0000000102"
	TemplatePurchaseOrder     = "65a1e0f0c0ffee0000000103"
	TemplateProcurementIntake = "65a1e0f0c0ffee0000000104"
)

type seededDesign struct {
	designID, templateID string
	form                 Form
}

func seedDesigns() []seededDesign {
	return []seededDesign{
		{"65a1e0f0c0ffee0000000d01", TemplateEveryFieldType, everyFieldTypeForm()},
		{"65a1e0f0c0ffee0000000d02", TemplateVendorAgreement, vendorAgreementForm()},
		{"65a1e0f0c0ffee0000000d03", TemplatePurchaseOrder, purchaseOrderForm()},
		{"65a1e0f0c0ffee0000000d04", TemplateProcurementIntake, procurementIntakeForm()},
	}
}

// Role ids follow Ironclad's pattern: approver/signer/role + 32 hex digits.
const (
	LegalApprover    = "approver5b0c1d2e3f4a4b5c8d9e0f1a2b3c4d5e"
	FinanceApprover  = "approver6c1d2e3f4a5b4c6d9e0f1a2b3c4d5e6f"
	securityApprover = "approver7d2e3f4a5b6c4d7e8f0a1b2c3d4e5f60"
	internalSigner   = "signer8e3f4a5b6c7d4e8f9a0b1c2d3e4f5a6b7c"
)

func text(id, name string) Property     { return Property{ID: id, Name: name, Type: "string"} }
func typed(id, name, t string) Property { return Property{ID: id, Name: name, Type: t} }

func list(id, name, element string) Property {
	return Property{ID: id, Name: name, Type: "array", Element: &Property{Type: element}}
}

func ask(propertyID, text string, required bool) Question {
	return Question{Property: propertyID, Text: text, Required: required}
}

func choose(propertyID, text string, required bool, options ...string) Question {
	return Question{Property: propertyID, Text: text, Required: required, Options: options}
}

func (q Question) when(propertyID string, equals any) Question {
	q.When = &cond{Property: propertyID, Equals: equals}
	return q
}

// counterparty adds what every Workflow Designer configuration has: the
// counterparty name and the counterparty signer's email and name, exposed as
// role<hex> attributes.
func counterparty(f *Form, emailRole, nameRole, suffix string) {
	f.Properties = append(f.Properties,
		Property{ID: "counterpartyName", Name: "Counterparty Name", Type: "string", Key: "counterpartyName"},
		Property{ID: emailRole, Name: "Counterparty Signer Email", Type: "email", Key: "counterpartySignerEmail"},
		Property{ID: nameRole, Name: "Counterparty Signer Name", Type: "string", Key: "counterpartySigner"},
	)
	f.Questions = append(f.Questions,
		ask("counterpartyName", "Counterparty Name"+suffix, true),
		ask(emailRole, "Counterparty Signer Email"+suffix, true),
		ask(nameRole, "Counterparty Signer Name"+suffix, true),
	)
	f.Signers = append(f.Signers, signerDef{RoleID: emailRole, Name: "Counterparty Signer", External: true, NameProperty: nameRole, EmailProperty: emailRole})
}

func internalSignerDef() signerDef {
	return signerDef{RoleID: internalSigner, Name: "Internal Signer", Assignee: AdminEmail}
}

func everyFieldTypeForm() Form {
	const key = "_3f9d2c1e-5b7a-4c8e-9d1f-2a6b8c0e4f13_"
	keyed := func(p Property, suffix string) Property { p.Key = p.ID + key + suffix; return p }
	f := Form{Name: "Every Field Type", ContractType: "Every Field Type", DocumentName: "Supported Fields"}
	counterparty(&f, "role2f6a9c0d1e3b4a5c8d7e6f5a4b3c2d1e", "role3a7b0d1e2f4c4b6d9e8f7a6b5c4d3e2f", " (Always Required)")
	table := Property{ID: "table", Name: "Table", Type: "array", Key: "table" + key + "list", Element: &Property{Type: "object", Columns: []Property{
		typed("tableTextField", "Table Text Field", "string"),
		typed("tableBooleanField", "Table Boolean Field", "boolean"),
		typed("tableEmailField", "Table Email Field", "email"),
		typed("tableNumberField", "Table Number Field", "number"),
		typed("tableMonetaryAmountField", "Table Monetary Amount Field", "monetaryAmount"),
		typed("tableDateField", "Table Date Field", "date"),
		typed("tableDurationField", "Table Duration Field", "duration"),
		{ID: "tableFormulaMonetaryAmountXNumber", Name: "Table Formula (Monetary Amount x Number)", Type: "monetaryAmount", Formula: "tableMonetaryAmountField*tableNumberField"},
	}}}
	fileAttachment := list("fileAttachment", "File Attachment", "document")
	fileAttachment.Key = "fileAttachment"
	f.Properties = append(f.Properties,
		keyed(text("shortResponseText", "Short Response (Text)"), "string"),
		keyed(text("paragraphText", "Paragraph (Text)"), "string"),
		keyed(text("singleSelectDropdown", "Single Select Dropdown"), "string"),
		keyed(list("multiSelectDropdownNumber", "Multi Select Dropdown (Text)", "string"), "array"),
		keyed(text("singleSelectRadioButtonNumber", "Single Select Radio Button (Number)"), "string"),
		keyed(list("multiSelectCheckBoxNumber", "Multi Select Check Box (Number)", "string"), "array"),
		keyed(typed("yesNoQuestion", "Yes / No", "boolean"), "boolean"),
		keyed(typed("emailQuestion", "Email", "email"), "email"),
		keyed(typed("address", "Address", "address"), "address"),
		keyed(typed("number", "Number", "number"), "number"),
		keyed(typed("monetaryAmount", "Monetary Amount", "monetaryAmount"), "monetaryAmount"),
		keyed(typed("date", "Date", "date"), "date"),
		keyed(typed("duration", "Duration", "duration"), "duration"),
		fileAttachment,
		typed("relatedRecord", "Related Record", "linkedRecord"),
		typed("parentRecord", "Parent Record", "parentRecord"),
		typed("childRecord", "Child Record", "childRecord"),
		table,
		Property{ID: "formulaPullCityFromAddress", Name: "Formula (Pull City from Address)", Type: "string", Key: "formulaPullCityFromAddress" + key + "string", Formula: "address.locality"},
	)
	durationDefault := Question{Property: "duration", Text: "Duration", Default: map[string]any{"days": 0.0, "months": 0.0}}
	tableQuestion := Question{Property: "table", Text: "Table", Default: []any{map[string]any{}}}
	f.Questions = append(f.Questions,
		ask("shortResponseText", "Short Response (Text)", false),
		ask("paragraphText", "Paragraph (Text)", false),
		choose("singleSelectDropdown", "Single Select Dropdown (Text)", false, "Option 1", "Option 2", "Option 3"),
		choose("multiSelectDropdownNumber", "Multi Select Dropdown (Text)", false, "1", "2", "3"),
		choose("singleSelectRadioButtonNumber", "Single Select Radio Button (Number)", false, "Red", "Blue", "Green"),
		choose("multiSelectCheckBoxNumber", "Multi Select Check Box (Number)", false, "Texans", "Astros", "Rockets"),
		ask("yesNoQuestion", "Yes / No", false),
		ask("emailQuestion", "Email", false),
		ask("address", "Address", false),
		ask("number", "Number", false),
		ask("monetaryAmount", "Monetary Amount", false),
		ask("date", "Date", false),
		durationDefault,
		ask("fileAttachment", "File Attachment", false),
		ask("relatedRecord", "Related Record", false),
		ask("parentRecord", "Parent Record", false),
		ask("childRecord", "Child Record", false),
		tableQuestion,
	)
	f.ApprovalGroups = []approvalDef{{Roles: []approverDef{{RoleID: LegalApprover, Name: "Legal", Assignee: LegalEmail}}}}
	f.Signers = append(f.Signers, internalSignerDef())
	return f
}

// vendorAgreementForm has conditional follow-up questions: counterparty
// paper asks for the draft, data access asks for security details, and a
// conditional security approval.
func vendorAgreementForm() Form {
	f := Form{Name: "Vendor Agreement", ContractType: "Vendor Agreement", DocumentName: "Vendor Agreement Template"}
	f.Properties = append(f.Properties,
		Property{ID: "paperSource", Name: "Paper Source", Type: "string", Key: "paperSource"},
		list("draft", "Draft", "document"),
	)
	f.Questions = append(f.Questions,
		choose("paperSource", "Will you be using our paper or the counterparty's paper?", true, "Our paper", "Counterparty paper"),
		ask("draft", "Upload the counterparty's paper", true).when("paperSource", "Counterparty paper"),
	)
	counterparty(&f, "role4b8c1e2f3a5d4c7e8f9a0b1c2d3e4f5a", "role5c9d2f3a4b6e4d8f9a0b1c2d3e4f5a6b", "")
	f.Properties = append(f.Properties,
		text("vendorCategory", "Vendor Category"),
		typed("annualContractValue", "Annual Contract Value", "monetaryAmount"),
		typed("effectiveDate", "Effective Date", "date"),
		typed("vendorAccessesData", "Vendor Accesses Customer Data", "boolean"),
		list("dataCategories", "Data Categories", "string"),
		typed("securityContactEmail", "Security Contact Email", "email"),
		typed("subscriptionTerm", "Subscription Term", "duration"),
		typed("vendorAddress", "Vendor Address", "address"),
	)
	f.Questions = append(f.Questions,
		choose("vendorCategory", "What does the vendor provide?", true, "Software", "Services", "Hardware"),
		ask("annualContractValue", "Annual contract value", true),
		ask("effectiveDate", "Effective date", true),
		ask("vendorAccessesData", "Will the vendor access customer data?", true),
		choose("dataCategories", "Which categories of data?", true, "Personal data", "Financial data", "Health data").when("vendorAccessesData", true),
		ask("securityContactEmail", "Vendor security contact email", true).when("vendorAccessesData", true),
		ask("subscriptionTerm", "Subscription term", false).when("vendorCategory", "Software"),
		ask("vendorAddress", "Vendor address", false),
	)
	f.ApprovalGroups = []approvalDef{
		{Roles: []approverDef{{RoleID: LegalApprover, Name: "Legal", Assignee: LegalEmail}}},
		{Roles: []approverDef{
			{RoleID: FinanceApprover, Name: "Finance", Assignee: FinanceEmail},
			{RoleID: securityApprover, Name: "Security", Assignee: AdminEmail, When: &cond{Property: "vendorAccessesData", Equals: true}},
		}},
	}
	f.Signers = append(f.Signers, internalSignerDef())
	return f
}

// purchaseOrderForm asks two "Purchase Term" questions bound to the same
// property, each behind its own condition: the API collapses them into one
// conditional entry with merged options and the last default.
func purchaseOrderForm() Form {
	f := Form{Name: "Purchase Order", ContractType: "Purchase Order", DocumentName: "Purchase Order Template"}
	counterparty(&f, "role6d0e3a4b5c7f4e9a0b1c2d3e4f5a6b7c", "role7e1f4b5c6d8a4f0b1c2d3e4f5a6b7c8d", "")
	f.Properties = append(f.Properties,
		text("purchaseType", "Purchase Type"),
		text("purchaseTerm", "Purchase Term"),
		typed("purchaseAmount", "Purchase Amount", "monetaryAmount"),
		text("costCenter", "Cost Center"),
	)
	f.Questions = append(f.Questions,
		choose("purchaseType", "Is this a one-time purchase or a subscription?", true, "One-time", "Subscription"),
		choose("purchaseTerm", "Purchase Term", true, "12 months", "24 months", "36 months").when("purchaseType", "Subscription"),
		Question{Property: "purchaseTerm", Text: "Purchase Term", Options: []string{"Single delivery", "12 months"}, Default: "Single delivery", When: &cond{Property: "purchaseType", Equals: "One-time"}},
		ask("purchaseAmount", "Total purchase amount", true),
		choose("costCenter", "Cost center", false, "Engineering", "Operations", "Sales"),
	)
	f.ApprovalGroups = []approvalDef{{Roles: []approverDef{{RoleID: FinanceApprover, Name: "Finance", Assignee: FinanceEmail}}}}
	f.Signers = append(f.Signers, internalSignerDef())
	return f
}

// procurementIntakeForm is what Tradewind launches: the business requester
// travels in "Integration Requestor Email" while the call acts as the
// integration user (API.md §17).
func procurementIntakeForm() Form {
	f := Form{Name: "Procurement Intake", ContractType: "Procurement Agreement", DocumentName: "Procurement Agreement"}
	counterparty(&f, "role8f2a5c6d7e9b4a1c2d3e4f5a6b7c8d9e", "role9a3b6d7e8f0c4b2d3e4f5a6b7c8d9e0f", "")
	f.Properties = append(f.Properties,
		typed("integrationRequestorEmail", "Integration Requestor Email", "email"),
		text("requestDescription", "Request Description"),
		typed("estimatedCost", "Estimated Cost", "monetaryAmount"),
		text("department", "Department"),
		typed("needByDate", "Need-by Date", "date"),
		list("supportingDocuments", "Supporting Documents", "document"),
	)
	f.Questions = append(f.Questions,
		ask("integrationRequestorEmail", "Integration Requestor Email", true),
		ask("requestDescription", "What are you buying, and why?", true),
		ask("estimatedCost", "Estimated cost", true),
		choose("department", "Department", true, "Engineering", "Marketing", "Operations", "Sales"),
		ask("needByDate", "Need-by date", false),
		ask("supportingDocuments", "Supporting documents", false),
	)
	f.ApprovalGroups = []approvalDef{
		{Roles: []approverDef{{RoleID: LegalApprover, Name: "Legal", Assignee: LegalEmail}}},
		{Roles: []approverDef{{RoleID: FinanceApprover, Name: "Finance", Assignee: FinanceEmail}}},
	}
	f.Signers = append(f.Signers, internalSignerDef())
	return f
}
