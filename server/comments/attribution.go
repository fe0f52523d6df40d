package comments

import "strings"

// Ironclad shows the integration user as the author of every comment
// Tradewind posts, so the posted text starts with a line naming the real
// author: "Jane Doe (via Tradewind):".
const viaTradewind = " (via Tradewind):"

// attributed is the text Tradewind posts for a comment by author.
func attributed(author, body string) string {
	return author + viaTradewind + "\n" + body
}

// unattributed is the comment text without Tradewind's first line, for an
// Ironclad edit of a comment Tradewind posted.
func unattributed(author, text string) string {
	if rest, ok := strings.CutPrefix(text, author+viaTradewind); ok {
		return strings.TrimPrefix(rest, "\n")
	}
	return text
}
