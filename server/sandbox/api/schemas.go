package api

import "tradewind/server/sandbox/core"

// checkForm enforces the required form=launch query parameter.
func checkForm(c *call) error {
	if form := c.r.URL.Query().Get("form"); form != "launch" {
		return core.ErrInvalidParam("/?form", "invalid query value '%s'; value must be one of [launch]", form)
	}
	return nil
}

func listSchemas(c *call) error {
	if err := checkForm(c); err != nil {
		return err
	}
	out := struct {
		List []core.SchemaJSON `json:"list"`
	}{List: []core.SchemaJSON{}}
	_ = c.s.Read(func(st *core.State) error {
		for _, t := range st.Templates {
			if !t.Retired {
				out.List = append(out.List, core.SchemaOf(t))
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
	var out core.SchemaJSON
	err := c.s.Read(func(st *core.State) error {
		t := st.LiveTemplate(c.params["id"])
		if t == nil {
			return &core.APIError{Status: 400, Code: "NOT_FOUND", Message: "workflow  template schema not found", Param: "templateId"}
		}
		out = core.SchemaOf(t)
		return nil
	})
	if err != nil {
		return err
	}
	return c.ok(out)
}
