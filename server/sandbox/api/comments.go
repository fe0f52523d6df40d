package api

import (
	"tradewind/server/sandbox/core"
	"tradewind/server/sandbox/view"
)

// postComment creates a comment as the acting user and returns it.
func (c *call) postComment() (view.CommentJSON, error) {
	var body core.CommentRequest
	if err := c.decode(&body); err != nil {
		return view.CommentJSON{}, err
	}
	var out view.CommentJSON
	err := c.changeWorkflow(func(tx *core.Txn, w *core.Workflow) error {
		cm, err := tx.AddComment(c.actor, w, body)
		if err != nil {
			return err
		}
		out = view.New(c.s, tx.St).Comment(w, cm)
		return nil
	})
	return out, err
}

func createComment(c *call) error {
	out, err := c.postComment()
	if err != nil {
		return err
	}
	if !c.s.HoldCommentAnswer(c.r) {
		return nil // the client gave up waiting (core.Faults.HoldCommentAnswers)
	}
	return c.ok(out)
}

// createCommentDeprecated is POST /workflows/{id}/comment: same body, 204.
func createCommentDeprecated(c *call) error {
	if _, err := c.postComment(); err != nil {
		return err
	}
	return c.noContent()
}

// listComments pages comments oldest first.
func listComments(c *call) error {
	page, size, err := paging(c.r)
	if err != nil {
		return err
	}
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) {
		list := make([]view.CommentJSON, 0, len(w.Comments))
		for i := range w.Comments {
			list = append(list, v.Comment(w, &w.Comments[i]))
		}
		return paginate(list, page, size), nil
	})
}

func getComment(c *call) error {
	return c.readWorkflow(func(v view.View, w *core.Workflow) (any, error) {
		cm := w.Comment(c.params["commentId"])
		if cm == nil {
			return nil, core.ErrNotFound("commentId", "commentId does not exist")
		}
		return v.Comment(w, cm), nil
	})
}

// deleteComment exists only with Config.CommentDelete (see endpoints),
// and answers as an absent route while Faults.CommentDeleteOff is on.
func deleteComment(c *call) error {
	if c.s.Faults.Get().CommentDeleteOff {
		return core.ErrNotFound("", "not found")
	}
	err := c.changeWorkflow(func(tx *core.Txn, w *core.Workflow) error { return tx.DeleteComment(c.actor, w, c.params["commentId"]) })
	if err != nil {
		return err
	}
	return c.noContent()
}
