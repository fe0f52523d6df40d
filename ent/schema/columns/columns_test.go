package columns

import (
	"encoding/json"
	"reflect"
	"testing"
)

// Rows written before the columns were typed hold these exact JSON texts
// (map[string]any marshalled); they must read into the types unchanged.
func TestStoredShapesRead(t *testing.T) {
	cases := []struct {
		stored string
		into   any
		want   any
	}{
		{`{"operator":"EQUALS","questionKey":"need_data","values":["Yes"]}`, &QuestionCondition{},
			&QuestionCondition{QuestionKey: "need_data", Operator: "EQUALS", Values: []string{"Yes"}}},
		{`{"fieldKey":"vendorType","operator":"ONE_OF","values":["SaaS","Services"]}`, &FieldCondition{},
			&FieldCondition{FieldKey: "vendorType", Operator: "ONE_OF", Values: []string{"SaaS", "Services"}}},
		{`{"value":{"amount":100,"currency":"USD"}}`, &FixedValue{},
			&FixedValue{Value: map[string]any{"amount": float64(100), "currency": "USD"}}},
		{`{"value":null}`, &FixedValue{}, &FixedValue{}},
	}
	for _, c := range cases {
		if err := json.Unmarshal([]byte(c.stored), c.into); err != nil {
			t.Fatalf("%s: %v", c.stored, err)
		}
		if !reflect.DeepEqual(c.into, c.want) {
			t.Errorf("%s read as %+v, want %+v", c.stored, c.into, c.want)
		}
		again, _ := json.Marshal(c.into)
		var a, b any
		_ = json.Unmarshal(again, &a)
		_ = json.Unmarshal([]byte(c.stored), &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s written back as %s", c.stored, again)
		}
	}
}
