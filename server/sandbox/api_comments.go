package sandbox

// postComment creates a comment as the acting user and returns it.
func (c *call) postComment() (commentJSON, error) {
	var body commentRequest
	if err := c.decode(&body); err != nil {
		return commentJSON{}, err
	}
	var out commentJSON
	err := c.changeWorkflow(func(tx *txn, w *workflow) error {
		cm, err := tx.addComment(c.actor, w, body)
		if err != nil {
			return err
		}
		out = c.s.view(tx.st).comment(w, cm)
		return nil
	})
	return out, err
}

func createComment(c *call) error {
	out, err := c.postComment()
	if err != nil {
		return err
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
	return c.readWorkflow(func(v view, w *workflow) (any, error) {
		list := make([]commentJSON, 0, len(w.Comments))
		for i := range w.Comments {
			list = append(list, v.comment(w, &w.Comments[i]))
		}
		return paginate(list, page, size), nil
	})
}

func getComment(c *call) error {
	return c.readWorkflow(func(v view, w *workflow) (any, error) {
		cm := w.comment(c.params["commentId"])
		if cm == nil {
			return nil, errNotFound("commentId", "commentId does not exist")
		}
		return v.comment(w, cm), nil
	})
}

// deleteComment exists only with Config.CommentDelete (see apiRoutes).
func deleteComment(c *call) error {
	err := c.changeWorkflow(func(tx *txn, w *workflow) error { return tx.deleteComment(c.actor, w, c.params["commentId"]) })
	if err != nil {
		return err
	}
	return c.noContent()
}
