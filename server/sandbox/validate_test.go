package sandbox

import "testing"

// TestLaunchValidation launches the Vendor Agreement with one attribute
// changed per case and checks Ironclad's error shape.
func TestLaunchValidation(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	cases := []struct {
		name  string
		set   map[string]any
		drop  string
		code  string
		param string
	}{
		{"missing counterparty name", nil, "counterpartyName", "MISSING_PARAM", "counterpartyName"},
		{"monetary amount without currency", map[string]any{"annualContractValue": map[string]any{"amount": 5}}, "", "INVALID_PARAM", "annualContractValue"},
		{"monetary amount as number", map[string]any{"annualContractValue": 5}, "", "INVALID_PARAM", "annualContractValue"},
		{"bad currency", map[string]any{"annualContractValue": map[string]any{"currency": "dollars", "amount": 5}}, "", "INVALID_PARAM", "annualContractValue"},
		{"bad date", map[string]any{"effectiveDate": "next tuesday"}, "", "INVALID_PARAM", "effectiveDate"},
		{"boolean as string", map[string]any{"vendorAccessesData": "yes"}, "", "INVALID_PARAM", "vendorAccessesData"},
		{"bad email", map[string]any{"role4b8c1e2f3a5d4c7e8f9a0b1c2d3e4f5a": "not-an-email"}, "", "INVALID_PARAM", "role4b8c1e2f3a5d4c7e8f9a0b1c2d3e4f5a"},
		{"value outside the dropdown", map[string]any{"vendorCategory": "Catering"}, "", "INVALID_PARAM", "vendorCategory"},
		{"empty duration", map[string]any{"subscriptionTerm": map[string]any{}}, "", "INVALID_PARAM", "subscriptionTerm"},
		{"duration with unknown unit", map[string]any{"subscriptionTerm": map[string]any{"hours": 3}}, "", "INVALID_PARAM", "subscriptionTerm"},
		{"US address without postcode", map[string]any{"vendorAddress": map[string]any{"lines": []any{"1 Main St"}, "locality": "Austin", "region": "Texas", "country": "USA"}}, "", "INVALID_PARAM", "vendorAddress"},
		{"address with five lines", map[string]any{"vendorAddress": map[string]any{"lines": []any{"a", "b", "c", "d", "e"}, "locality": "Paris", "country": "France"}}, "", "INVALID_PARAM", "vendorAddress"},
		{"unknown attribute", map[string]any{"someRandomAttribute": 1}, "", "INVALID_PARAM", "attributes"},
		{"conditional follow-up missing", map[string]any{"vendorAccessesData": true}, "", "MISSING_PARAM", "dataCategories"},
		{"conditional draft missing on counterparty paper", map[string]any{"paperSource": "Counterparty paper"}, "", "MISSING_PARAM", "draft"},
		{"multi-select value outside options", map[string]any{"vendorAccessesData": true, "dataCategories": []any{"Gossip"}, "securityContactEmail": "sec@acme.test"}, "", "INVALID_PARAM", "dataCategories[0]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			attrs := vendorAttributes()
			delete(attrs, tc.drop)
			for k, v := range tc.set {
				attrs[k] = v
			}
			r := e.mustStatus(e.api("POST", "/workflows", tok, AdminEmail, map[string]any{"template": TemplateVendorAgreement, "attributes": attrs}), 400)
			if r.obj()["code"] != tc.code || r.obj()["param"] != tc.param || r.obj()["message"] == "" {
				t.Fatalf("got %s", r.raw)
			}
		})
	}
}

// TestLaunchAcceptsEveryFormat launches with one value of every §5.3 format.
func TestLaunchAcceptsEveryFormat(t *testing.T) {
	e := newEnv(t, Config{})
	tok := e.token()
	attrs := map[string]any{
		"counterpartyName":                     "Globex",
		"role2f6a9c0d1e3b4a5c8d7e6f5a4b3c2d1e": "signer@globex.test",
		"role3a7b0d1e2f4c4b6d9e8f7a6b5c4d3e2f": "Hank Scorpio",
		"shortResponseText":                    "short",
		"singleSelectDropdown":                 "Option 2",
		"multiSelectDropdownNumber":            []any{"1", "3"},
		"yesNoQuestion":                        true,
		"emailQuestion":                        "a@b.test",
		"address":                              map[string]any{"lines": []any{"325 5th Street", "Suite 200"}, "locality": "San Francisco", "region": "California", "postcode": "94107", "country": "USA"},
		"number":                               12,
		"monetaryAmount":                       map[string]any{"currency": "USD", "amount": 25.37},
		"date":                                 "2021-05-11T17:16:53-07:00",
		"duration":                             map[string]any{"years": 1, "months": 2, "weeks": 3, "days": 4},
		"fileAttachment":                       []any{map[string]any{"url": "https://files.example.test/msa.pdf"}},
		"table":                                []any{map[string]any{"tableTextField": "row", "tableNumberField": 3, "tableMonetaryAmountField": map[string]any{"currency": "EUR", "amount": 2}}},
	}
	wf := e.mustStatus(e.api("POST", "/workflows?useDefaultValues=true", tok, AdminEmail, map[string]any{"template": TemplateEveryFieldType, "attributes": attrs}), 200).obj()
	got := wf["attributes"].(map[string]any)
	if got["date"] != "2021-05-12T00:16:53.000Z" {
		t.Errorf("date normalised to %v", got["date"])
	}
	if got["formulaPullCityFromAddress"] != "San Francisco" {
		t.Errorf("formula: %v", got["formulaPullCityFromAddress"])
	}
	row := got["table"].([]any)[0].(map[string]any)
	if row["tableFormulaMonetaryAmountXNumber"].(map[string]any)["amount"] != 6.0 {
		t.Errorf("table formula: %v", row)
	}
	if files := got["fileAttachment"].([]any); len(files) != 1 || files[0].(map[string]any)["filename"] != "msa.pdf" {
		t.Errorf("files: %v", got["fileAttachment"])
	}
	if got["paperSource"] != "Our paper" || len(got["draft"].([]any)) != 1 {
		t.Errorf("draft: %v %v", got["paperSource"], got["draft"])
	}
}
