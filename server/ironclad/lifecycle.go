package ironclad

import "context"

// ActivityComment is the comment a cancel, pause or resume leaves in the
// workflow's activity feed. Mention people with Mention.
type ActivityComment struct {
	Message            string `json:"message"`
	AddUsersToWorkflow bool   `json:"addUsersToWorkflow,omitempty"`
}

type lifecycleBody struct {
	Comment ActivityComment `json:"comment"`
}

// Cancel cancels a workflow (by workflow id, not IC-n).
func (c *Client) Cancel(ctx context.Context, id string, comment ActivityComment) error {
	return c.lifecycle(ctx, id, "cancel", comment)
}

// Pause pauses an active workflow in Review.
func (c *Client) Pause(ctx context.Context, id string, comment ActivityComment) error {
	return c.lifecycle(ctx, id, "pause", comment)
}

// Resume resumes a paused workflow in Review.
func (c *Client) Resume(ctx context.Context, id string, comment ActivityComment) error {
	return c.lifecycle(ctx, id, "resume", comment)
}

func (c *Client) lifecycle(ctx context.Context, id, action string, comment ActivityComment) error {
	return c.do(ctx, call{method: "POST", path: pathf("/workflows/%s/", id) + action, body: lifecycleBody{comment}})
}

// RevertToReview sends a workflow in Sign back to Review.
func (c *Client) RevertToReview(ctx context.Context, id string) error {
	return c.do(ctx, call{method: "PATCH", path: pathf("/workflows/%s/revert-to-review", id), body: struct{}{}})
}
