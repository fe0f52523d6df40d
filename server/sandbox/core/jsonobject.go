package core

import (
	"bytes"
	"encoding/json"
)

// JSONObject is a JSON object that keeps its keys in insertion order.
// Ironclad emits schema maps in launch-form order; encoding/json would sort
// a Go map's keys, which loses that order for people reading the output.
type JSONObject []JSONField

type JSONField struct {
	Key   string
	Value any
}

func (o *JSONObject) Set(key string, value any) {
	for i := range *o {
		if (*o)[i].Key == key {
			(*o)[i].Value = value
			return
		}
	}
	*o = append(*o, JSONField{key, value})
}

func (o JSONObject) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, err := json.Marshal(f.Key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(f.Value)
		if err != nil {
			return nil, err
		}
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}
