package comments

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"tradewind/ent"
	"tradewind/ent/comment"
	"tradewind/ent/connection"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/schema/pulid"
	"tradewind/ent/syncevent"
	"tradewind/server/integration"
	"tradewind/server/ironclad"
	"tradewind/server/jobs"
)

// outboxRun is how long one run of an outbox job works before it hands over
// to its next run (River's job timeout is longer).
const outboxRun = 3 * time.Minute

// Outbox is the job sending a connection's waiting comment writes, one at a
// time, oldest first; a write waiting for its retry holds back the later
// ones of its workflow only. Each call goes through the connection's shared
// client, so its limiter paces comments with launches and approvals: the
// outbox asks for one write slot at a time and never queues a burst ahead of
// them.
func (s *Service) Outbox(ctx context.Context, args jobs.CommentOutboxArgs) error {
	until := s.now().Add(outboxRun)
	for s.now().Before(until) {
		due, wait, err := s.dueWrites(ctx, pulid.ID(args.ConnectionID))
		if err != nil {
			return err
		}
		if len(due) == 0 {
			if wait > 0 {
				return &jobs.Wait{Delay: wait, Reason: "a comment write waits for its retry"}
			}
			return nil
		}
		retrying := map[pulid.ID]bool{}
		for _, c := range due {
			lw := c.Edges.LinkedWorkflow.ID
			if retrying[lw] || !s.now().Before(until) {
				continue // in order per workflow: behind a write waiting for its retry
			}
			// Read again: it may have been deleted or retried since the list was read.
			fresh, err := s.pending(ctx, c.ID)
			if err != nil {
				return err
			}
			if fresh == nil {
				continue
			}
			if err := s.write(ctx, fresh); err != nil {
				return err
			}
			retrying[lw] = fresh.NextAttemptAt != nil
		}
	}
	return &jobs.Wait{Delay: time.Millisecond, Reason: "more comments to send"}
}

// dueWrites are the waiting writes that are due, oldest first, but none
// behind a write of the same workflow that waits for its retry; else how
// long until one is due.
func (s *Service) dueWrites(ctx context.Context, connID pulid.ID) ([]*ent.Comment, time.Duration, error) {
	waiting, err := s.cfg.DB.Comment.Query().Where(comment.SyncStatusEQ(comment.SyncStatusPENDING),
		comment.HasLinkedWorkflowWith(linkedworkflow.HasConnectionWith(connection.ID(connID)))).WithLinkedWorkflow().
		Order(ent.Asc(comment.FieldQueuedAt), ent.Asc(comment.FieldID)).Limit(1000).All(ctx)
	if err != nil {
		return nil, 0, err
	}
	blocked := map[pulid.ID]bool{}
	var due []*ent.Comment
	var wait time.Duration
	for _, c := range waiting {
		lw := c.Edges.LinkedWorkflow
		if blocked[lw.ID] {
			continue
		}
		if c.NextAttemptAt != nil && c.NextAttemptAt.After(s.now()) {
			blocked[lw.ID] = true
			if d := c.NextAttemptAt.Sub(s.now()); wait == 0 || d < wait {
				wait = d
			}
			continue
		}
		due = append(due, c)
	}
	return due, wait, nil
}

// pending reads a waiting write with what sending it needs; nil when it no
// longer waits.
func (s *Service) pending(ctx context.Context, id pulid.ID) (*ent.Comment, error) {
	c, err := s.cfg.DB.Comment.Query().Where(comment.ID(id), comment.SyncStatusEQ(comment.SyncStatusPENDING)).
		WithLinkedWorkflow(func(q *ent.LinkedWorkflowQuery) { q.WithConnection().WithIroncladWorkflow().WithRequest() }).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return c, err
}

// write sends one comment write and records the attempt in the ledger.
func (s *Service) write(ctx context.Context, c *ent.Comment) error {
	lw := c.Edges.LinkedWorkflow
	icw, conn := lw.Edges.IroncladWorkflow, lw.Edges.Connection
	if icw == nil || !icw.CommentSync {
		return s.syncSwitchedOff(ctx, c)
	}
	client, err := s.cfg.Integration.Client(ctx, conn)
	if err != nil {
		return s.attempted(ctx, c, err)
	}
	if *c.SyncAction == comment.SyncActionDELETE {
		return s.sendDelete(ctx, client, c)
	}
	return s.sendPost(ctx, client, c)
}

// syncSwitchedOff settles a waiting write whose workflow's comment sync was
// switched off: nothing is sent; a deletion happens in Tradewind only.
func (s *Service) syncSwitchedOff(ctx context.Context, c *ent.Comment) error {
	upd := s.cfg.DB.Comment.UpdateOne(c).SetSyncStatus(comment.SyncStatusNOT_SYNCED).ClearSyncAction()
	topic := TopicEdited
	if *c.SyncAction == comment.SyncActionDELETE {
		upd.SetDeletedAt(s.now())
		topic = TopicRemoved
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return err
	}
	s.publish(ctx, topic, saved)
	return s.ledger(ctx, c, kindOf(c), syncevent.StatusIGNORED, "Comment sync is off for this Ironclad workflow: nothing sent.", nil)
}

func kindOf(c *ent.Comment) string {
	if c.SyncAction != nil && *c.SyncAction == comment.SyncActionDELETE {
		return "comment_delete"
	}
	return "comment_post"
}

// sendPost posts c. A comment already linked to its Ironclad copy (the
// webhook of the post came first) is done; after an attempt whose outcome
// is unknown, Ironclad is searched first, so a retry never posts twice.
func (s *Service) sendPost(ctx context.Context, client *ironclad.Client, c *ent.Comment) error {
	lw := c.Edges.LinkedWorkflow
	if c.DeletedAt != nil {
		_, err := s.cfg.DB.Comment.UpdateOne(c).SetSyncStatus(comment.SyncStatusNOT_SYNCED).ClearSyncAction().Save(ctx)
		return err
	}
	if c.IroncladCommentID != "" {
		return s.posted(ctx, client, c, c.IroncladCommentID) // its webhook came first
	}
	// The attempt is counted before the call: a crash after it makes the
	// next attempt look in Ironclad first.
	searchFirst := c.SyncAttempts > 0
	if err := s.cfg.DB.Comment.UpdateOne(c).AddSyncAttempts(1).Exec(ctx); err != nil {
		return err
	}
	c.SyncAttempts++
	if searchFirst {
		found, err := s.findPosted(ctx, client, lw, c)
		if err != nil {
			return s.attempted(ctx, c, err)
		}
		if found != "" {
			return s.posted(ctx, client, c, found)
		}
	}
	ic, err := client.CreateComment(ctx, lw.IroncladID, ironclad.NewComment{Message: attributed(c.AuthorName, c.Body)})
	if err != nil {
		return s.attempted(ctx, c, err)
	}
	return s.posted(ctx, client, c, ic.ID)
}

// findPosted looks for c among the workflow's comments in Ironclad: posted
// by the integration user with c's text, and linked to no other comment.
func (s *Service) findPosted(ctx context.Context, client *ironclad.Client, lw *ent.LinkedWorkflow, c *ent.Comment) (string, error) {
	for ic, err := range client.Comments(ctx, lw.IroncladID) {
		if err != nil {
			return "", err
		}
		if !isEcho(lw.Edges.Connection, ic, c) {
			continue
		}
		taken, err := s.cfg.DB.Comment.Query().Where(comment.IroncladCommentID(ic.ID)).Exist(ctx)
		if err != nil {
			return "", err
		}
		if !taken {
			return ic.ID, nil
		}
	}
	return "", nil
}

// isEcho: ic is what Tradewind posted for c (its text, by the integration user).
func isEcho(conn *ent.Connection, ic ironclad.Comment, c *ent.Comment) bool {
	if ic.Message != attributed(c.AuthorName, c.Body) {
		return false
	}
	return conn == nil || conn.IntegrationUserEmail == "" || strings.EqualFold(ic.Author.Email, conn.IntegrationUserEmail) ||
		(conn.IntegrationUserID != "" && ic.Author.UserID == conn.IntegrationUserID)
}

// posted links c to its Ironclad copy, unless a webhook linked it first (to
// the same copy), and learns whether the connection deletes comments.
func (s *Service) posted(ctx context.Context, client *ironclad.Client, c *ent.Comment, ironcladID string) error {
	lw := c.Edges.LinkedWorkflow
	// Known before the comment shows as synced: its delete dialog says what happens in Ironclad.
	if err := s.probeDelete(ctx, client, lw); err != nil {
		return err
	}
	saved, err := s.cfg.DB.Comment.UpdateOne(c).SetIroncladCommentID(ironcladID).SetSyncStatus(comment.SyncStatusSYNCED).
		ClearSyncAction().SetSyncError("").ClearNextAttemptAt().Save(ctx)
	if ent.IsConstraintError(err) {
		// Another comment holds that copy already: two comments with the same
		// text and author raced; keep this one unlinked rather than doubled.
		saved, err = s.cfg.DB.Comment.UpdateOne(c).SetSyncStatus(comment.SyncStatusSYNCED).ClearSyncAction().Save(ctx)
	}
	if err != nil {
		return err
	}
	s.publish(ctx, TopicEdited, saved)
	return s.ledger(ctx, c, "comment_post", syncevent.StatusSUCCEEDED,
		fmt.Sprintf("Posted %s's comment to %s (attempt %d).", c.AuthorName, lw.ReadableID, max(c.SyncAttempts, 1)), nil)
}

// probeComment is a comment id no Ironclad has.
const probeComment = "00000000-0000-0000-0000-000000000000"

// probeDelete finds out, once per connection, whether its Ironclad deletes
// comments: a DELETE of a comment that does not exist answers "no such
// comment" where the endpoint exists and "no such route" where it does not
// (real Ironclad's public API). Anything else leaves it unknown.
func (s *Service) probeDelete(ctx context.Context, client *ironclad.Client, lw *ent.LinkedWorkflow) error {
	conn := lw.Edges.Connection
	if conn.CommentDelete != connection.CommentDeleteUNKNOWN {
		return nil
	}
	err := client.DeleteComment(ctx, lw.IroncladID, probeComment)
	var found connection.CommentDelete
	switch {
	case errors.Is(err, ironclad.ErrNotSupported):
		found = connection.CommentDeleteNOT_OFFERED
	case err == nil || ironclad.IsNotFound(err):
		found = connection.CommentDeleteOFFERED
	default:
		return nil
	}
	conn.CommentDelete = found
	return s.cfg.DB.Connection.UpdateOneID(conn.ID).SetCommentDelete(found).Exec(ctx)
}

// sendDelete deletes c's copy in Ironclad, then c. A copy already gone is
// as good as deleted; an Ironclad that turns out not to delete comments
// leaves c where it is, FAILED with what to do.
func (s *Service) sendDelete(ctx context.Context, client *ironclad.Client, c *ent.Comment) error {
	lw := c.Edges.LinkedWorkflow
	if err := s.cfg.DB.Comment.UpdateOne(c).AddSyncAttempts(1).Exec(ctx); err != nil {
		return err
	}
	c.SyncAttempts++
	err := client.DeleteComment(ctx, lw.IroncladID, c.IroncladCommentID)
	switch {
	case errors.Is(err, ironclad.ErrNotSupported):
		if uerr := s.cfg.DB.Connection.UpdateOneID(lw.Edges.Connection.ID).SetCommentDelete(connection.CommentDeleteNOT_OFFERED).Exec(ctx); uerr != nil {
			return uerr
		}
		return s.failed(ctx, c, "Not deleted: this Ironclad does not delete comments through its API. Delete it in Ironclad "+
			"(Tradewind then removes it here), or delete it here again to remove only Tradewind's copy.", err)
	case err != nil && !ironclad.IsNotFound(err):
		return s.attempted(ctx, c, err)
	}
	saved, err := s.cfg.DB.Comment.UpdateOne(c).SetDeletedAt(s.now()).SetSyncStatus(comment.SyncStatusSYNCED).ClearSyncAction().
		SetSyncError("").Save(ctx)
	if err != nil {
		return err
	}
	s.publish(ctx, TopicRemoved, saved)
	return s.ledger(ctx, c, "comment_delete", syncevent.StatusSUCCEEDED,
		fmt.Sprintf("Deleted %s's comment in %s (attempt %d).", c.AuthorName, lw.ReadableID, c.SyncAttempts), nil)
}

// attempted records a failed attempt: retried later (doubling waits) while
// attempts remain and the failure may pass, else FAILED with the reason.
func (s *Service) attempted(ctx context.Context, c *ent.Comment, err error) error {
	reason := integration.IroncladError(err).Error()
	// Each Retry grants MaxAttempts more (attempts keep counting, so a post
	// retried after a lost answer still looks in Ironclad first).
	if !transient(err) || c.SyncAttempts%MaxAttempts == 0 {
		return s.failed(ctx, c, reason, err)
	}
	wait := s.cfg.RetryBackoff << (max(c.SyncAttempts-1, 0) % MaxAttempts)
	next := s.now().Add(wait)
	c.NextAttemptAt = &next
	saved, uerr := s.cfg.DB.Comment.UpdateOne(c).SetSyncError(reason).SetNextAttemptAt(next).Save(ctx)
	if uerr != nil {
		return uerr
	}
	s.publish(ctx, TopicEdited, saved)
	return s.ledger(ctx, c, kindOf(c), syncevent.StatusRETRYING,
		fmt.Sprintf("%s (attempt %d); trying again in %s.", what(c), c.SyncAttempts, wait.Round(time.Millisecond)), err)
}

// failed settles c as FAILED with a reason a person can act on (Retry).
func (s *Service) failed(ctx context.Context, c *ent.Comment, reason string, err error) error {
	saved, uerr := s.cfg.DB.Comment.UpdateOne(c).SetSyncStatus(comment.SyncStatusFAILED).SetSyncError(reason).ClearNextAttemptAt().Save(ctx)
	if uerr != nil {
		return uerr
	}
	s.publish(ctx, TopicEdited, saved)
	return s.ledger(ctx, c, kindOf(c), syncevent.StatusFAILED, fmt.Sprintf("%s (attempt %d): gave up; %s", what(c), c.SyncAttempts, reason), err)
}

func what(c *ent.Comment) string {
	if kindOf(c) == "comment_delete" {
		return fmt.Sprintf("Deleting %s's comment in %s failed", c.AuthorName, c.Edges.LinkedWorkflow.ReadableID)
	}
	return fmt.Sprintf("Posting %s's comment to %s failed", c.AuthorName, c.Edges.LinkedWorkflow.ReadableID)
}

// transient: a failure worth another attempt (Ironclad busy or unreachable,
// a lost answer), not a refusal.
func transient(err error) bool {
	if errors.Is(err, ironclad.ErrOutcomeUnknown) {
		return true
	}
	e, ok := ironclad.AsError(err)
	return !ok || e.StatusCode == 429 || e.StatusCode >= 500
}

// ledger writes one entry about c on its request's ledger.
func (s *Service) ledger(ctx context.Context, c *ent.Comment, kind string, status syncevent.Status, summary string, failure error) error {
	lw := c.Edges.LinkedWorkflow
	e := integration.LedgerEntry{Direction: syncevent.DirectionOUTBOUND, Kind: kind, Status: status, Summary: summary,
		Connection: lw.Edges.Connection, IroncladWorkflow: lw.Edges.IroncladWorkflow, Request: lw.Edges.Request,
		Payload: map[string]any{"commentID": string(c.ID), "ironcladCommentID": c.IroncladCommentID, "workflowID": lw.IroncladID}}
	if failure != nil {
		e.Error = failure.Error()
	}
	_, err := s.cfg.Integration.RecordLedger(ctx, s.cfg.DB, e)
	return err
}
