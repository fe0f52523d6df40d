package sandbox

// The workflow schema (GET /workflows/{id}) lists every property of the
// configuration by its property name, plus the system attributes Ironclad
// adds to every Workflow Designer workflow.

var systemProperties = []property{
	{ID: "draft", Name: "Draft", Type: "array", Element: &property{Type: "document"}},
	{ID: "signed", Name: "Signed PDF", Type: "document"},
	{ID: "partiallySigned", Name: "Partially Signed Signature Packet", Type: "document"},
	{ID: "sentSignaturePacket", Name: "Sent Signature Packet", Type: "array", Element: &property{Type: "document"}},
	{ID: "launchType", Name: "Workflow Launch Type", Type: "string"},
	{ID: "agreementDate", Name: "Agreement Date", Type: "date"},
	{ID: "reviewRollbacked", Name: "Returned to Review Step?", Type: "boolean"},
	{ID: "paperSource", Name: "Paper Source", Type: "string", Key: "paperSource"},
}

// workflowProperties is the template's properties after the system ones,
// a template property replacing a system one of the same id.
func workflowProperties(f *form) []property {
	var out []property
	for _, sp := range systemProperties {
		if f.property(sp.ID) == nil {
			out = append(out, sp)
		}
	}
	return append(out, f.Properties...)
}

func workflowSchema(f *form) jsonObject {
	var out jsonObject
	for _, p := range workflowProperties(f) {
		out.set(p.ID, workflowEntry(&p))
	}
	return out
}

func workflowEntry(p *property) jsonObject {
	e := jsonObject{{"type", p.Type}}
	if isRecordLink(p.Type) {
		e.set("schema", jsonObject{})
	}
	if p.Type == "array" && p.Key != "" {
		e.set("visible", true)
	}
	e.set("displayName", p.Name)
	if p.Element != nil {
		el := jsonObject{{"type", p.Element.Type}}
		name := p.Name
		if p.Element.Type == "object" {
			el.set("schema", columnsWorkflowSchema(p.Element.Columns))
			name = p.Name + " Item"
		}
		el.set("displayName", name)
		el.set("readOnly", true)
		e.set("elementType", el)
	}
	if p.Key != "" {
		e.set("propertyKey", p.Key)
	}
	// Ironclad reports readOnly:true even for fields PATCH can edit
	// (recordings); the simulator mirrors that rather than the spec.
	e.set("readOnly", true)
	return e
}

func columnsWorkflowSchema(cols []property) jsonObject {
	var out jsonObject
	for _, c := range cols {
		out.set(c.ID, jsonObject{{"type", c.Type}, {"displayName", c.Name}, {"readOnly", true}})
	}
	return out
}
