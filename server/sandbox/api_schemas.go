package sandbox

// checkForm enforces the required form=launch query parameter.
func checkForm(c *call) error {
	if form := c.r.URL.Query().Get("form"); form != "launch" {
		return errInvalidParam("/?form", "invalid query value '%s'; value must be one of [launch]", form)
	}
	return nil
}

func listSchemas(c *call) error {
	if err := checkForm(c); err != nil {
		return err
	}
	out := struct {
		List []schemaJSON `json:"list"`
	}{List: []schemaJSON{}}
	_ = c.s.read(func(st *state) error {
		for _, t := range st.Templates {
			if !t.Retired {
				out.List = append(out.List, schemaOf(t))
			}
		}
		return nil
	})
	return c.ok(out)
}

// getSchema answers 400 NOT_FOUND for unknown or superseded template ids,
// as Ironclad does (not 404).
func getSchema(c *call) error {
	if err := checkForm(c); err != nil {
		return err
	}
	var out schemaJSON
	err := c.s.read(func(st *state) error {
		t := st.liveTemplate(c.params["id"])
		if t == nil {
			return &apiError{Status: 400, Code: "NOT_FOUND", Message: "workflow  template schema not found", Param: "templateId"}
		}
		out = schemaOf(t)
		return nil
	})
	if err != nil {
		return err
	}
	return c.ok(out)
}
