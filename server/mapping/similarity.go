package mapping

import (
	"sort"
	"strings"
	"unicode"
)

// Label similarity: both labels become sets of concepts (words with stop
// words dropped, plural folded, synonyms mapped to one concept), compared
// with the Dice coefficient. Field keys count too: "vendorCategory" says
// more than "What does the vendor provide?".

var stopWords = set("a", "an", "the", "of", "for", "to", "is", "be", "will", "you", "your", "our", "we",
	"what", "which", "does", "do", "this", "that", "with", "and", "or", "by", "in", "on", "please",
	"are", "it", "its", "there", "any", "who", "how", "using", "use", "at", "as", "from", "should", "if", "s", "role")

// synonyms map words to one concept; the first word names it.
var synonyms = buildSynonyms([][]string{
	{"vendor", "supplier", "counterparty", "provider", "seller", "company"},
	{"cost", "price", "value", "amount", "spend", "budget", "fee", "total"},
	{"start", "effective", "begin", "commencement"},
	{"term", "duration", "length", "period"},
	{"email", "e-mail", "mail"},
	{"signer", "signatory"},
	{"annual", "yearly"},
	{"data", "information", "info"},
	{"access", "accesses", "handle", "handles", "process", "processes", "store", "stores"},
	{"customer", "client"},
	{"category", "categories", "type", "kind", "kinds", "sort"},
	{"department", "team"},
	{"description", "details", "purpose", "summary", "describe"},
	{"document", "file", "attachment", "upload", "supporting"},
	{"address", "location"},
	{"requestor", "requester"},
	{"need", "needed", "deadline", "due"},
	{"date", "when", "day"}, // "When should the contract start?" asks for a date
})

func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

func buildSynonyms(groups [][]string) map[string]string {
	m := map[string]string{}
	for _, g := range groups {
		for _, w := range g {
			m[w] = g[0]
		}
	}
	return m
}

// words splits a label or a camelCase key into lower-case words.
func words(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && len(cur) > 0 && i > 0 && unicode.IsLower(rs[i-1]) {
				flush()
			}
			cur = append(cur, r)
		case r == '-' && len(cur) > 0 && strings.EqualFold(string(cur), "e"):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// concepts is the set a label stands for.
func concepts(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(s) {
		if stopWords[w] || len(w) > 40 || strings.HasPrefix(w, "role") && len(w) > 20 {
			continue
		}
		if c, ok := synonyms[w]; ok {
			out[c] = true
			continue
		}
		if c, ok := synonyms[singular(w)]; ok {
			out[c] = true
			continue
		}
		out[singular(w)] = true
	}
	return out
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// similarity scores two labels 0..1 and says why, for people.
func similarity(a, b string) (float64, string) {
	ca, cb := concepts(a), concepts(b)
	if len(ca) == 0 || len(cb) == 0 {
		return 0, ""
	}
	var shared []string
	for c := range ca {
		if cb[c] {
			shared = append(shared, c)
		}
	}
	if len(shared) == 0 {
		return 0, ""
	}
	sort.Strings(shared)
	score := 2 * float64(len(shared)) / float64(len(ca)+len(cb))
	if sameWords(a, b, shared) {
		return score, "Similar label"
	}
	return score, "Same meaning: " + synonymNote(a, b, shared)
}

// sameWords reports whether the shared concepts are literally shared words.
func sameWords(a, b string, shared []string) bool {
	wa, wb := literal(a), literal(b)
	for _, c := range shared {
		if !wa[c] || !wb[c] {
			return false
		}
	}
	return true
}

func literal(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(s) {
		out[singular(w)] = true
		out[w] = true
	}
	return out
}

// synonymNote names the words that matched by meaning: "vendor ≈ counterparty".
func synonymNote(a, b string, shared []string) string {
	var notes []string
	for _, c := range shared {
		wa, wb := wordFor(a, c), wordFor(b, c)
		if wa != wb {
			notes = append(notes, wa+" ≈ "+wb)
		}
	}
	return strings.Join(notes, ", ")
}

func wordFor(s, concept string) string {
	for _, w := range words(s) {
		if synonyms[w] == concept || synonyms[singular(w)] == concept || singular(w) == concept {
			return w
		}
	}
	return concept
}
