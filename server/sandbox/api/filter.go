package api

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"tradewind/server/sandbox/core"
)

// Workflow list filter formulas (API.md §6.2), e.g.
//   And(Equals([counterpartyName], 'Acme LLC'), GreaterThan([amount], 10))
// A formula parses into a tree of calls whose leaves are attribute
// references, strings, numbers and booleans.

type formula struct {
	fn    string     // function name; "" for a leaf
	args  []*formula // call arguments
	attr  string     // [attribute] leaf
	value any        // literal leaf
	isRef bool
}

type formulaParser struct {
	src string
	pos int
}

func parseFilter(src string) (*formula, error) {
	p := &formulaParser{src: src}
	f, err := p.expr()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos != len(p.src) {
		return nil, fmt.Errorf("unexpected %q at %d", p.src[p.pos:], p.pos)
	}
	if !booleanFuncs[f.fn] {
		return nil, fmt.Errorf("a filter must be a condition such as Equals(…)")
	}
	return f, nil
}

func (p *formulaParser) space() {
	for p.pos < len(p.src) && unicode.IsSpace(rune(p.src[p.pos])) {
		p.pos++
	}
}

func (p *formulaParser) expr() (*formula, error) {
	p.space()
	if p.pos >= len(p.src) {
		return nil, fmt.Errorf("unexpected end of formula")
	}
	switch c := p.src[p.pos]; {
	case c == '[':
		end := strings.IndexByte(p.src[p.pos:], ']')
		if end < 0 {
			return nil, fmt.Errorf("unterminated attribute reference")
		}
		f := &formula{attr: p.src[p.pos+1 : p.pos+end], isRef: true}
		p.pos += end + 1
		return f, nil
	case c == '\'' || c == '"':
		return p.str(c)
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	}
	return p.call()
}

func (p *formulaParser) str(quote byte) (*formula, error) {
	var b strings.Builder
	for p.pos++; p.pos < len(p.src); p.pos++ {
		c := p.src[p.pos]
		switch {
		case c == '\\' && p.pos+1 < len(p.src):
			p.pos++
			b.WriteByte(p.src[p.pos])
		case c == quote:
			p.pos++
			return &formula{value: b.String()}, nil
		default:
			b.WriteByte(c)
		}
	}
	return nil, fmt.Errorf("unterminated string")
}

func (p *formulaParser) number() (*formula, error) {
	start := p.pos
	for p.pos++; p.pos < len(p.src) && strings.ContainsRune("0123456789.eE+-", rune(p.src[p.pos])); p.pos++ {
	}
	n, err := strconv.ParseFloat(p.src[start:p.pos], 64)
	if err != nil {
		return nil, fmt.Errorf("bad number %q", p.src[start:p.pos])
	}
	return &formula{value: n}, nil
}

func (p *formulaParser) call() (*formula, error) {
	start := p.pos
	for p.pos < len(p.src) && (unicode.IsLetter(rune(p.src[p.pos])) || unicode.IsDigit(rune(p.src[p.pos]))) {
		p.pos++
	}
	name := p.src[start:p.pos]
	switch name {
	case "true", "false":
		return &formula{value: name == "true"}, nil
	case "":
		return nil, fmt.Errorf("unexpected %q at %d", p.src[p.pos:], p.pos)
	}
	if !booleanFuncs[name] && !valueFuncs[name] {
		return nil, fmt.Errorf("unknown function %s", name)
	}
	p.space()
	if p.pos >= len(p.src) || p.src[p.pos] != '(' {
		return nil, fmt.Errorf("expected ( after %s", name)
	}
	p.pos++
	f := &formula{fn: name}
	for {
		p.space()
		if p.pos < len(p.src) && p.src[p.pos] == ')' {
			p.pos++
			return f, nil
		}
		if len(f.args) > 0 {
			if p.src[p.pos] != ',' {
				return nil, fmt.Errorf("expected , or ) at %d", p.pos)
			}
			p.pos++
		}
		arg, err := p.expr()
		if err != nil {
			return nil, err
		}
		f.args = append(f.args, arg)
	}
}

var booleanFuncs = map[string]bool{
	"Equals": true, "NotEqual": true, "Contains": true, "IsEmpty": true, "IsNotEmpty": true,
	"LessThan": true, "LessThanOrEqual": true, "GreaterThan": true, "GreaterThanOrEqual": true,
	"And": true, "Or": true, "Not": true,
}

var valueFuncs = map[string]bool{"Date": true, "Today": true}

// eval evaluates the formula against a workflow's attribute values.
func (f *formula) eval(values map[string]any, now time.Time) any {
	switch {
	case f.isRef:
		return values[f.attr]
	case f.fn == "":
		return f.value
	}
	arg := func(i int) any {
		if i < len(f.args) {
			return f.args[i].eval(values, now)
		}
		return nil
	}
	switch f.fn {
	case "And", "Or":
		want := f.fn == "Or"
		for i := range f.args {
			if truthy(arg(i)) == want {
				return want
			}
		}
		return !want
	case "Not":
		return !truthy(arg(0))
	case "IsEmpty":
		return core.IsEmptyValue(arg(0))
	case "IsNotEmpty":
		return !core.IsEmptyValue(arg(0))
	case "Contains":
		return containsValue(arg(0), arg(1))
	case "Today":
		return core.ISOTime(now.Truncate(24 * time.Hour))
	case "Date":
		s, _ := arg(0).(string)
		v, _ := core.CheckDate("", s)
		return v
	}
	return compareWith(f.fn, arg(0), arg(1))
}

func truthy(v any) bool { b, _ := v.(bool); return b }

func compareWith(fn string, a, b any) bool {
	c, ok := compareValues(a, b)
	if !ok {
		return fn == "NotEqual"
	}
	switch fn {
	case "Equals":
		return c == 0
	case "NotEqual":
		return c != 0
	case "LessThan":
		return c < 0
	case "LessThanOrEqual":
		return c <= 0
	case "GreaterThan":
		return c > 0
	}
	return c >= 0 // GreaterThanOrEqual
}

// compareValues orders numbers (monetary amounts by amount), dates and
// strings; other kinds only compare equal to themselves.
func compareValues(a, b any) (int, bool) {
	if m, ok := a.(map[string]any); ok {
		a = m["amount"]
	}
	switch x := a.(type) {
	case float64:
		y, ok := b.(float64)
		return cmpOrdered(x, y), ok
	case bool:
		y, ok := b.(bool)
		if !ok || x != y {
			return 1, ok
		}
		return 0, true
	case string:
		y, ok := b.(string)
		if !ok {
			return 0, false
		}
		tx, errX := time.Parse(time.RFC3339Nano, x)
		ty, errY := time.Parse(time.RFC3339Nano, normalizeDate(y))
		if errX == nil && errY == nil {
			return tx.Compare(ty), true
		}
		return strings.Compare(x, y), true
	}
	return 0, false
}

func normalizeDate(s string) string {
	v, err := core.CheckDate("", s)
	if err != nil {
		return s
	}
	return v.(string)
}

func cmpOrdered(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func containsValue(haystack, needle any) bool {
	switch h := haystack.(type) {
	case string:
		n, _ := needle.(string)
		return strings.Contains(strings.ToLower(h), strings.ToLower(n))
	case []any:
		for _, x := range h {
			if c, ok := compareValues(x, needle); ok && c == 0 {
				return true
			}
		}
	}
	return false
}
