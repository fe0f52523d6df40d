package ironclad

import (
	"context"
	"errors"
	"iter"
	"net/http"
)

// Comment is an entry of a workflow's activity feed.
type Comment struct {
	ID                   string          `json:"id"`
	Message              string          `json:"commentMessage"`
	Timestamp            Time            `json:"timestamp"`
	Author               Author          `json:"author"`
	MentionedUserDetails []MentionedUser `json:"mentionedUserDetails"`
	AddedParticipants    []string        `json:"addedParticipants"`
	Reactions            []Reaction      `json:"reactions"`
	IsExternal           bool            `json:"isExternal,omitempty"`
	RepliedTo            *RepliedTo      `json:"repliedTo,omitempty"`
}

// MentionedUser is a user a comment mentions.
type MentionedUser struct {
	ID          string `json:"id"`
	DisplayName string `json:"displayName"`
	Email       string `json:"email"`
}

// Reaction is an emoji and who reacted with it.
type Reaction struct {
	EmojiID  string   `json:"emojiId"`
	Reactors []Author `json:"reactors"`
}

// RepliedTo is the comment a reply answers.
type RepliedTo struct {
	Item       string  `json:"item"`
	ItemAuthor *Author `json:"itemAuthor,omitempty"`
}

// Mention renders a mention of a user (email or user id) for a comment text.
func Mention(user string) string { return "<@" + user + ">" }

// NewComment is a comment to post. Mentions go inside Message (see Mention).
type NewComment struct {
	Message            string `json:"comment"`
	AddUsersToWorkflow bool   `json:"addUsersToWorkflow,omitempty"`
	// ReplyTo is the id of the comment this one answers.
	ReplyTo string `json:"repliedToActivityFeedMessageId,omitempty"`
}

func commentsPath(workflowID string) string { return pathf("/workflows/%s/comments", workflowID) }

// ListComments returns a page of comments, oldest first.
func (c *Client) ListComments(ctx context.Context, workflowID string, p PageParams) (*Page[Comment], error) {
	return fetch[Page[Comment]](ctx, c, call{method: "GET", path: commentsPath(workflowID), query: p.apply(nil)})
}

// GetComment returns one comment.
func (c *Client) GetComment(ctx context.Context, workflowID, commentID string) (*Comment, error) {
	return fetch[Comment](ctx, c, call{method: "GET", path: commentsPath(workflowID) + pathf("/%s", commentID)})
}

// CreateComment posts a comment as the acting user. Comments posted through
// the API come back (list, webhooks) authored by that user, not as an
// integration: remember the returned id to recognise the echo.
func (c *Client) CreateComment(ctx context.Context, workflowID string, nc NewComment) (*Comment, error) {
	return fetch[Comment](ctx, c, call{method: "POST", path: commentsPath(workflowID), body: nc})
}

// DeleteComment deletes a comment. Ironclad's public API has no such
// endpoint (Tradewind's sandbox offers it as an option), so a refusal that
// names no missing workflow or comment comes back as ErrNotSupported.
func (c *Client) DeleteComment(ctx context.Context, workflowID, commentID string) error {
	err := c.do(ctx, call{method: "DELETE", path: commentsPath(workflowID) + pathf("/%s", commentID)})
	if e, ok := AsError(err); ok && endpointMissing(e) {
		return errors.Join(ErrNotSupported, err)
	}
	return err
}

// endpointMissing tells an absent route from a missing comment: Ironclad
// names the missing thing in param, a router that knows no such route does not.
func endpointMissing(e *Error) bool {
	switch e.StatusCode {
	case http.StatusMethodNotAllowed, http.StatusNotImplemented:
		return true
	case http.StatusNotFound:
		return e.Param != "commentId" && e.Param != "workflowId"
	}
	return false
}

// Comments walks every comment of a workflow, oldest first; iteration stops
// at the first error.
func (c *Client) Comments(ctx context.Context, workflowID string) iter.Seq2[Comment, error] {
	return walk(func(page int) (*Page[Comment], error) {
		return c.ListComments(ctx, workflowID, PageParams{Page: page, PageSize: 100})
	})
}
