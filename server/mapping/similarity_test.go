package mapping

import "testing"

func TestSimilarityOfCommonPhrasings(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		dup  bool // reaches the duplicate-flag threshold
	}{
		{"When should the contract start?", "Effective date", true},
		{"Contract start", "Effective Date", true},
		{"Supplier name", "Counterparty Name", true},
		{"Annual cost", "Annual contract value", true},
		{"Laptop model", "Effective date", false},
	} {
		score, _ := similarity(tc.a, tc.b)
		if (score >= duplicateLabel) != tc.dup {
			t.Errorf("similarity(%q, %q) = %.2f; duplicate = %v, want %v", tc.a, tc.b, score, score >= duplicateLabel, tc.dup)
		}
	}
}
