package core

import (
	"regexp"
	"strings"
)

// mentionPattern finds "<@user id or email>" mentions in a comment.
var mentionPattern = regexp.MustCompile(`<@([^<>\s]+)>`)

// CommentRequest is the body of POST /workflows/{id}/comments (and the
// deprecated /comment).
type CommentRequest struct {
	Comment            string `json:"comment"`
	AddUsersToWorkflow bool   `json:"addUsersToWorkflow"`
	RepliedTo          string `json:"repliedToActivityFeedMessageId"`
}

// AddComment posts a comment as the acting user; mentions of sandbox users
// are resolved and, with addUsersToWorkflow, added as participants.
func (tx *Txn) AddComment(actor *User, w *Workflow, req CommentRequest) (*Comment, error) {
	if strings.TrimSpace(req.Comment) == "" {
		return nil, ErrMissingParam("comment", "missing required parameter comment")
	}
	if req.RepliedTo != "" && w.Comment(req.RepliedTo) == nil {
		return nil, ErrInvalidParam("repliedToActivityFeedMessageId", "comment %s does not exist", req.RepliedTo)
	}
	c := Comment{ID: newCommentID(), AuthorID: actor.ID, Message: req.Comment, Timestamp: tx.Now,
		Mentions: []string{}, AddedParticipants: []string{}, RepliedTo: req.RepliedTo}
	participants := w.ParticipantIDs()
	for _, m := range mentionPattern.FindAllStringSubmatch(req.Comment, -1) {
		u := tx.St.UserByRef(m[1])
		if u == nil || contains(c.Mentions, u.ID) {
			continue
		}
		c.Mentions = append(c.Mentions, u.ID)
		if req.AddUsersToWorkflow && !contains(participants, u.ID) {
			c.AddedParticipants = append(c.AddedParticipants, u.ID)
			w.Participants = append(w.Participants, u.ID)
		}
	}
	w.Comments = append(w.Comments, c)
	tx.emit("workflow_comment_added", w, actor.ID, JSONField{"commentID", c.ID})
	tx.emit("workflow_updated", w, actor.ID)
	return &w.Comments[len(w.Comments)-1], nil
}

// DeleteComment is the simulator-only removal behind Config.CommentDelete
// and the console (Ironclad's UI can remove comments; its API cannot).
func (tx *Txn) DeleteComment(actor *User, w *Workflow, commentID string) error {
	if w.Comment(commentID) == nil {
		return ErrNotFound("commentId", "commentId does not exist")
	}
	kept := w.Comments[:0]
	for _, c := range w.Comments {
		if c.ID != commentID {
			kept = append(kept, c)
		}
	}
	w.Comments = kept
	tx.emit("workflow_comment_removed", w, actor.ID, JSONField{"commentID", commentID})
	tx.emit("workflow_updated", w, actor.ID)
	return nil
}

// EditComment changes a comment's text, as Ironclad's UI can (its API
// cannot): the operator console and the control API.
func (tx *Txn) EditComment(actor *User, w *Workflow, commentID, message string) error {
	c := w.Comment(commentID)
	if c == nil {
		return ErrNotFound("commentId", "commentId does not exist")
	}
	if strings.TrimSpace(message) == "" {
		return ErrMissingParam("message", "missing required parameter message")
	}
	c.Message = message
	tx.emit("workflow_comment_updated", w, actor.ID, JSONField{"commentID", c.ID})
	tx.emit("workflow_updated", w, actor.ID)
	return nil
}

func (w *Workflow) Comment(id string) *Comment {
	for i := range w.Comments {
		if w.Comments[i].ID == id {
			return &w.Comments[i]
		}
	}
	return nil
}
