package core

// The workflow schema (GET /workflows/{id}) lists every property of the
// configuration by its property name, plus the system attributes Ironclad
// adds to every Workflow Designer workflow.

var systemProperties = []Property{
	{ID: "draft", Name: "Draft", Type: "array", Element: &Property{Type: "document"}},
	{ID: "signed", Name: "Signed PDF", Type: "document"},
	{ID: "partiallySigned", Name: "Partially Signed Signature Packet", Type: "document"},
	{ID: "sentSignaturePacket", Name: "Sent Signature Packet", Type: "array", Element: &Property{Type: "document"}},
	{ID: "launchType", Name: "Workflow Launch Type", Type: "string"},
	{ID: "agreementDate", Name: "Agreement Date", Type: "date"},
	{ID: "reviewRollbacked", Name: "Returned to Review Step?", Type: "boolean"},
	{ID: "paperSource", Name: "Paper Source", Type: "string", Key: "paperSource"},
}

// WorkflowProperties is the template's properties after the system ones,
// a template property replacing a system one of the same id.
func WorkflowProperties(f *Form) []Property {
	var out []Property
	for _, sp := range systemProperties {
		if f.Property(sp.ID) == nil {
			out = append(out, sp)
		}
	}
	return append(out, f.Properties...)
}

func WorkflowSchema(f *Form) JSONObject {
	var out JSONObject
	for _, p := range WorkflowProperties(f) {
		out.Set(p.ID, workflowEntry(&p))
	}
	return out
}

func workflowEntry(p *Property) JSONObject {
	e := JSONObject{{"type", p.Type}}
	if isRecordLink(p.Type) {
		e.Set("schema", JSONObject{})
	}
	if p.Type == "array" && p.Key != "" {
		e.Set("visible", true)
	}
	e.Set("displayName", p.Name)
	if p.Element != nil {
		el := JSONObject{{"type", p.Element.Type}}
		name := p.Name
		if p.Element.Type == "object" {
			el.Set("schema", columnsWorkflowSchema(p.Element.Columns))
			name = p.Name + " Item"
		}
		el.Set("displayName", name)
		el.Set("readOnly", true)
		e.Set("elementType", el)
	}
	if p.Key != "" {
		e.Set("propertyKey", p.Key)
	}
	// Ironclad reports readOnly:true even for fields PATCH can edit
	// (recordings); the simulator mirrors that rather than the spec.
	e.Set("readOnly", true)
	return e
}

func columnsWorkflowSchema(cols []Property) JSONObject {
	var out JSONObject
	for _, c := range cols {
		out.Set(c.ID, JSONObject{{"type", c.Type}, {"displayName", c.Name}, {"readOnly", true}})
	}
	return out
}
