// Package browser drives the sandbox's HTML pages (sign-in, OAuth consent)
// as a person's browser would: tests and cmd/loadgen connect Tradewind to
// the sandbox through it.
package browser

import (
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

var (
	formRe   = regexp.MustCompile(`(?s)<form[^>]*action="([^"]*)"[^>]*>(.*?)</form>`)
	inputRe  = regexp.MustCompile(`<input([^>]*)>`)
	attrRe   = regexp.MustCompile(`(\w+)="([^"]*)"`)
	buttonRe = regexp.MustCompile(`<button([^>]*)>([^<]*)</button>`)
)

// Submit submits the page's form through its button labelled button, as a
// person clicking it would, with the fields in fill typed in. It reads and
// closes page's body.
func Submit(c *http.Client, page *http.Response, button string, fill map[string]string) (*http.Response, error) {
	body, _ := io.ReadAll(page.Body)
	page.Body.Close()
	for _, form := range formRe.FindAllStringSubmatch(string(body), -1) {
		values, pressed := url.Values{}, false
		for _, b := range buttonRe.FindAllStringSubmatch(form[2], -1) {
			if strings.TrimSpace(b[2]) == button {
				pressed = true
				if a := attributes(b[1]); a["name"] != "" {
					values.Set(a["name"], a["value"])
				}
			}
		}
		if !pressed {
			continue
		}
		for _, in := range inputRe.FindAllStringSubmatch(form[2], -1) {
			if a := attributes(in[1]); a["name"] != "" {
				values.Set(a["name"], a["value"])
			}
		}
		for k, v := range fill {
			values.Set(k, v)
		}
		action, err := page.Request.URL.Parse(html.UnescapeString(form[1]))
		if err != nil {
			return nil, err
		}
		return c.PostForm(action.String(), values)
	}
	return nil, fmt.Errorf("no form with a %q button on %s:\n%s", button, page.Request.URL, body)
}

func attributes(s string) map[string]string {
	out := map[string]string{}
	for _, a := range attrRe.FindAllStringSubmatch(s, -1) {
		out[a[1]] = html.UnescapeString(a[2])
	}
	return out
}
