package requestforms

import (
	"context"

	"tradewind/ent"
	"tradewind/ent/formquestion"
	"tradewind/ent/requestform"
)

// SeedDemoForms adds the demo's request forms ("New software purchase",
// "Renewal") unless a form of that name exists.
func (s *Service) SeedDemoForms(ctx context.Context, client *ent.Client) error {
	for _, in := range demoForms() {
		exists, err := client.RequestForm.Query().Where(requestform.Name(in.Name)).Exist(ctx)
		if err != nil {
			return err
		}
		if exists {
			continue
		}
		if _, err := s.CreateForm(ctx, client, in); err != nil {
			return err
		}
	}
	return nil
}

func ask(key, label string, t formquestion.Type, required bool, options ...string) *FormQuestionInput {
	return &FormQuestionInput{Key: &key, Label: label, Type: t, Required: &required, Options: options}
}

func (q *FormQuestionInput) help(text string) *FormQuestionInput { q.HelpText = &text; return q }

func (q *FormQuestionInput) when(key string, op QuestionConditionOperator, values ...string) *FormQuestionInput {
	q.Condition = &QuestionConditionInput{QuestionKey: &key, Operator: op, Values: values}
	return q
}

func demoForms() []CreateRequestFormInput {
	softwareDesc := "Buying or subscribing to new software: tell us what, from whom, and what it costs."
	renewalDesc := "An existing contract is coming up for renewal."
	return []CreateRequestFormInput{
		{Name: "New software purchase", Description: &softwareDesc, Pages: []*FormPageInput{
			{Title: "The purchase", Questions: []*FormQuestionInput{
				ask("software_name", "What software are you buying?", formquestion.TypeSHORT_TEXT, true),
				ask("business_need", "Why do you need it?", formquestion.TypeLONG_TEXT, true).help("The problem it solves and who will use it."),
				ask("vendor_name", "Vendor name", formquestion.TypeSHORT_TEXT, true).help("The company you will sign with."),
				ask("category", "Category", formquestion.TypeSINGLE_SELECT, true, "SaaS", "On-premise software", "Professional services", "Hardware"),
				ask("annual_cost", "Annual cost", formquestion.TypeMONEY, true),
				ask("contract_start", "When should the contract start?", formquestion.TypeDATE, true),
				ask("contract_length", "Contract length", formquestion.TypeDURATION, false),
				ask("cost_center", "Cost center", formquestion.TypeSINGLE_SELECT, true, "Engineering", "Operations", "Sales", "Marketing"),
				ask("business_owner", "Business owner", formquestion.TypePERSON, true),
			}},
			{Title: "Vendor and data", Questions: []*FormQuestionInput{
				ask("vendor_signer_name", "Vendor signer name", formquestion.TypeSHORT_TEXT, true),
				ask("vendor_signer_email", "Vendor signer email", formquestion.TypeEMAIL, true),
				ask("vendor_address", "Vendor address", formquestion.TypeADDRESS, false),
				ask("customer_data", "Will the vendor access customer data?", formquestion.TypeYES_NO, true),
				ask("data_kinds", "Which kinds of data?", formquestion.TypeMULTI_SELECT, true, "Personal data", "Financial data", "Health data").
					when("customer_data", OpEquals, Yes),
				ask("quote", "Quote or order form", formquestion.TypeFILE, false),
			}},
		}},
		{Name: "Renewal", Description: &renewalDesc, Pages: []*FormPageInput{
			{Title: "The contract", Questions: []*FormQuestionInput{
				ask("vendor_name", "Vendor", formquestion.TypeSHORT_TEXT, true),
				ask("current_contract", "Which contract is renewing?", formquestion.TypeSHORT_TEXT, true).help("Its name or Ironclad id (IC-…)."),
				ask("renewal_date", "Renewal date", formquestion.TypeDATE, true),
				ask("renewal_term", "Renewal term", formquestion.TypeDURATION, true),
				ask("department", "Department", formquestion.TypeSINGLE_SELECT, true, "Engineering", "Marketing", "Operations", "Sales", "Finance"),
			}},
			{Title: "Cost and changes", Questions: []*FormQuestionInput{
				ask("new_annual_cost", "New annual cost", formquestion.TypeMONEY, true),
				ask("price_increase", "Is the price going up?", formquestion.TypeYES_NO, true),
				ask("increase_reason", "Why is the price going up?", formquestion.TypeLONG_TEXT, true).when("price_increase", OpEquals, Yes),
				ask("changes", "What changes at renewal?", formquestion.TypeMULTI_SELECT, false, "More seats", "Fewer seats", "New modules", "No changes"),
				ask("supporting_docs", "Supporting documents", formquestion.TypeFILE, false),
			}},
		}},
	}
}
