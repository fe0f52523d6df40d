package comments

import (
	"context"
	"strings"
	"unicode/utf8"

	"tradewind/ent"
	"tradewind/ent/comment"
	"tradewind/ent/connection"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/request"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/user"
	"tradewind/server/apperr"
	"tradewind/server/auth"
	"tradewind/server/jobs"
)

// MaxBodyLength is the longest comment, in characters.
const MaxBodyLength = 10000

// Add adds viewer's comment to a request the viewer can read. When the
// request's Ironclad workflow is linked and its comment sync is on, the
// comment waits (PENDING) for the connection's outbox to post it.
func (s *Service) Add(ctx context.Context, client *ent.Client, viewer *ent.User, requestID pulid.ID, body string) (*ent.Comment, error) {
	body = strings.TrimSpace(body)
	switch {
	case body == "":
		return nil, apperr.BadInput("body", "Write something first.")
	case utf8.RuneCountInString(body) > MaxBodyLength:
		return nil, apperr.BadInput("body", "A comment is at most %d characters.", MaxBodyLength)
	}
	req, err := client.Request.Query().Where(request.ID(requestID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Request")
	}
	if err != nil {
		return nil, err
	}
	create := client.Comment.Create().SetRequest(req).SetBody(body).SetOrigin(comment.OriginTRADEWIND).
		SetAuthorID(viewer.ID).SetAuthorName(viewer.Name).SetAuthorEmail(viewer.Email)
	lw, err := syncTarget(ctx, client, req.ID)
	if err != nil {
		return nil, err
	}
	if lw != nil {
		create.SetLinkedWorkflow(lw).SetSyncStatus(comment.SyncStatusPENDING).SetSyncAction(comment.SyncActionPOST).SetQueuedAt(s.now())
		if err := s.wakeOutbox(ctx, lw.Edges.Connection.ID); err != nil {
			return nil, err
		}
	}
	c, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	s.publish(ctx, TopicAdded, c)
	return c, nil
}

// syncTarget is the linked workflow a new comment on the request mirrors to:
// the first launched one whose Ironclad workflow has comment sync on, on a
// connected connection; nil when there is none. Read as Tradewind itself
// (requesters cannot read the integration's configuration).
func syncTarget(ctx context.Context, client *ent.Client, requestID pulid.ID) (*ent.LinkedWorkflow, error) {
	lw, err := client.LinkedWorkflow.Query().Where(linkedworkflow.HasRequestWith(request.ID(requestID)),
		linkedworkflow.IroncladIDNEQ(""),
		linkedworkflow.HasIroncladWorkflowWith(ironcladworkflow.CommentSync(true)),
		linkedworkflow.HasConnectionWith(connection.StatusEQ(connection.StatusCONNECTED))).
		WithConnection().Order(ent.Asc(linkedworkflow.FieldCreatedAt)).First(auth.WithoutViewer(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return lw, err
}

// wakeOutbox makes sure the connection's outbox job runs after this
// transaction commits.
func (s *Service) wakeOutbox(ctx context.Context, connectionID pulid.ID) error {
	return s.cfg.Queue.InsertTx(ctx, jobs.CommentOutboxArgs{ConnectionID: string(connectionID)}, nil)
}

// IroncladCopy is what deleting a comment in Tradewind does to its copy in
// Ironclad.
type IroncladCopy string

// The copies.
const (
	CopyNone       IroncladCopy = "NONE"        // there is none (not synced, or not posted yet)
	CopyDeletedToo IroncladCopy = "DELETED_TOO" // Ironclad deletes comments through its API: it goes too
	CopyStays      IroncladCopy = "STAYS"       // it stays in Ironclad: delete it there (Tradewind then hears of it)
)

// CopyOf tells what deleting c does in Ironclad. Only a connection that was
// found to delete comments (probed, never assumed) deletes the copy.
func CopyOf(ctx context.Context, client *ent.Client, c *ent.Comment) (IroncladCopy, error) {
	if c.IroncladCommentID == "" {
		return CopyNone, nil
	}
	conn, err := client.Comment.Query().Where(comment.ID(c.ID)).QueryLinkedWorkflow().QueryConnection().Only(auth.WithoutViewer(ctx))
	if ent.IsNotFound(err) {
		return CopyStays, nil
	}
	if err != nil {
		return "", err
	}
	if conn.CommentDelete == connection.CommentDeleteOFFERED {
		return CopyDeletedToo, nil
	}
	return CopyStays, nil
}

// CanDelete: the author deletes their own comments, admins any.
func CanDelete(viewer *ent.User, authorID *pulid.ID) bool {
	return viewer != nil && (viewer.Role == user.RoleADMIN || (authorID != nil && *authorID == viewer.ID))
}

// Delete deletes a comment (its author or an admin). Without a copy in
// Ironclad, or with one Ironclad cannot delete, it goes at once (the copy
// stays there: the person was told before confirming). With one Ironclad
// can delete, it is PENDING until Ironclad has deleted it, then removed:
// Tradewind never shows a deletion that did not happen.
func (s *Service) Delete(ctx context.Context, client *ent.Client, viewer *ent.User, id pulid.ID) (*ent.Comment, error) {
	c, err := client.Comment.Query().Where(comment.ID(id)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Comment")
	}
	if err != nil {
		return nil, err
	}
	authorID, err := c.QueryAuthor().OnlyID(auth.WithoutViewer(ctx))
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if !CanDelete(viewer, idOrNil(authorID, err)) {
		return nil, apperr.Forbidden("You can delete your own comments; admins can delete any.")
	}
	if c.SyncStatus == comment.SyncStatusPENDING && c.SyncAction != nil && *c.SyncAction == comment.SyncActionDELETE {
		return c, nil // already being deleted
	}
	cp, err := CopyOf(ctx, client, c)
	if err != nil {
		return nil, err
	}
	if cp != CopyDeletedToo {
		return s.remove(ctx, client, c)
	}
	conn, err := client.Comment.Query().Where(comment.ID(c.ID)).QueryLinkedWorkflow().QueryConnection().OnlyID(auth.WithoutViewer(ctx))
	if err != nil {
		return nil, err
	}
	if err := s.wakeOutbox(ctx, conn); err != nil {
		return nil, err
	}
	saved, err := client.Comment.UpdateOne(c).SetSyncStatus(comment.SyncStatusPENDING).SetSyncAction(comment.SyncActionDELETE).
		SetSyncError("").SetSyncAttempts(0).SetQueuedAt(s.now()).ClearNextAttemptAt().Save(ctx)
	if err != nil {
		return nil, err
	}
	s.publish(ctx, TopicEdited, saved)
	return saved, nil
}

func idOrNil(id pulid.ID, err error) *pulid.ID {
	if err != nil {
		return nil
	}
	return &id
}

// remove removes c in Tradewind (kept, hidden from everyone, so that a
// back-fill does not bring it back).
func (s *Service) remove(ctx context.Context, client *ent.Client, c *ent.Comment) (*ent.Comment, error) {
	saved, err := client.Comment.UpdateOne(c).SetDeletedAt(s.now()).Save(ctx)
	if err != nil {
		return nil, err
	}
	s.publish(ctx, TopicRemoved, saved)
	return saved, nil
}

// Retry sends a FAILED comment write again (its author or an admin).
func (s *Service) Retry(ctx context.Context, client *ent.Client, viewer *ent.User, id pulid.ID) (*ent.Comment, error) {
	c, err := client.Comment.Query().Where(comment.ID(id)).WithLinkedWorkflow(func(q *ent.LinkedWorkflowQuery) { q.WithConnection() }).
		Only(auth.WithoutViewer(ctx))
	if err == nil {
		_, err = client.Comment.Query().Where(comment.ID(id)).OnlyID(ctx) // the viewer must see it
	}
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("Comment")
	}
	if err != nil {
		return nil, err
	}
	authorID, aerr := c.QueryAuthor().OnlyID(auth.WithoutViewer(ctx))
	if !CanDelete(viewer, idOrNil(authorID, aerr)) {
		return nil, apperr.Forbidden("Only the comment's author or an admin can retry it.")
	}
	lw := c.Edges.LinkedWorkflow
	if c.SyncStatus != comment.SyncStatusFAILED || lw == nil || lw.Edges.Connection == nil {
		return nil, apperr.Conflict("This comment has nothing to retry.")
	}
	if err := s.wakeOutbox(ctx, lw.Edges.Connection.ID); err != nil {
		return nil, err
	}
	saved, err := client.Comment.UpdateOne(c).SetSyncStatus(comment.SyncStatusPENDING).SetSyncError("").
		SetQueuedAt(s.now()).ClearNextAttemptAt().Save(ctx)
	if err != nil {
		return nil, err
	}
	s.publish(ctx, TopicEdited, saved)
	return saved, nil
}

// Authored is the set of comments viewer wrote (what viewer may delete,
// besides an admin's everything).
func Authored(ctx context.Context, client *ent.Client, viewer *ent.User) (map[pulid.ID]bool, error) {
	ids, err := client.Comment.Query().Where(comment.HasAuthorWith(user.ID(viewer.ID))).IDs(ctx)
	set := make(map[pulid.ID]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return set, err
}

// RequestOf is the request c is on (read as Tradewind: c may be removed).
func RequestOf(ctx context.Context, client *ent.Client, c *ent.Comment) (pulid.ID, error) {
	return client.Comment.Query().Where(comment.ID(c.ID)).QueryRequest().OnlyID(auth.WithoutViewer(ctx))
}
