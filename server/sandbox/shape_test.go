package sandbox

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
)

// checkShape reports where value departs from the named shape fixture
// (testdata/shapes, see its README for the language).
func checkShape(name string, value any) error {
	shape, err := loadShape(name)
	if err != nil {
		return err
	}
	return matchShape(shape, value, "$")
}

func loadShape(name string) (any, error) {
	data, err := os.ReadFile(filepath.Join("testdata", "shapes", name+".json"))
	if err != nil {
		return nil, err
	}
	var shape any
	if err := json.Unmarshal(data, &shape); err != nil {
		return nil, fmt.Errorf("shape %s: %w", name, err)
	}
	return shape, nil
}

func matchShape(shape, value any, at string) error {
	switch s := shape.(type) {
	case string:
		return matchScalar(s, value, at)
	case []any:
		list, ok := value.([]any)
		if !ok {
			return fmt.Errorf("%s: want an array, got %T", at, value)
		}
		for i, item := range list {
			if err := matchShape(s[0], item, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
		return nil
	case map[string]any:
		return matchObject(s, value, at)
	}
	return fmt.Errorf("%s: bad shape %v", at, shape)
}

func matchObject(shape map[string]any, value any, at string) error {
	obj, ok := value.(map[string]any)
	if !ok {
		return fmt.Errorf("%s: want an object, got %T", at, value)
	}
	for key, sub := range shape {
		name, optional := strings.CutSuffix(key, "?")
		if key == "*" {
			continue
		}
		v, present := obj[name]
		if !present {
			if optional {
				continue
			}
			return fmt.Errorf("%s: missing %q", at, name)
		}
		if err := matchShape(sub, v, at+"."+name); err != nil {
			return err
		}
	}
	for key, v := range obj {
		_, listed := shape[key]
		_, listedOptional := shape[key+"?"]
		if listed || listedOptional {
			continue
		}
		rest, open := shape["*"]
		if !open {
			return fmt.Errorf("%s: unexpected key %q", at, key)
		}
		if err := matchShape(rest, v, at+"."+key); err != nil {
			return err
		}
	}
	return nil
}

func matchScalar(kind string, value any, at string) error {
	want, arg, _ := strings.Cut(kind, ":")
	ok := true
	switch want {
	case "any":
	case "string":
		_, ok = value.(string)
	case "number":
		_, ok = value.(float64)
	case "boolean":
		_, ok = value.(bool)
	case "enum":
		s, isString := value.(string)
		ok = isString && slices.Contains(strings.Split(arg, "|"), s)
	case "const":
		var c any
		_ = json.Unmarshal([]byte(arg), &c)
		ok = reflect.DeepEqual(c, value)
	case "ref":
		shape, err := loadShape(arg)
		if err != nil {
			return err
		}
		return matchShape(shape, value, at)
	default:
		return fmt.Errorf("%s: unknown shape %q", at, kind)
	}
	if !ok {
		return fmt.Errorf("%s: %v does not match %s", at, value, kind)
	}
	return nil
}
