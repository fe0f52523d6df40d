package comments

import (
	"context"
	"fmt"

	"tradewind/ent"
	"tradewind/ent/comment"
	"tradewind/ent/ironcladworkflow"
	"tradewind/ent/linkedworkflow"
	"tradewind/ent/schema/pulid"
	"tradewind/server/ironclad"
	"tradewind/server/jobs"
)

// ErrSyncOff means the linked workflow's comment sync is off: an Ironclad
// comment event is not applied.
var ErrSyncOff = fmt.Errorf("comment sync is off for this Ironclad workflow")

// loadLinked reads lw with what syncing its comments needs.
func (s *Service) loadLinked(ctx context.Context, id pulid.ID) (*ent.LinkedWorkflow, error) {
	return s.cfg.DB.LinkedWorkflow.Query().Where(linkedworkflow.ID(id)).
		WithConnection().WithIroncladWorkflow().WithRequest().Only(ctx)
}

// ApplyIroncladComment applies a comment webhook (added, edited or removed):
// the event only names the comment, so its current state is read from
// Ironclad and applied. A duplicate changes nothing; a late "added" for a
// comment removed since finds it gone; the echo of Tradewind's own post is
// linked to the comment it came from, never added twice. Returns what
// happened, in words.
func (s *Service) ApplyIroncladComment(ctx context.Context, linkedID pulid.ID, ironcladCommentID string) (string, error) {
	lw, err := s.loadLinked(ctx, linkedID)
	if err != nil {
		return "", err
	}
	if lw.Edges.IroncladWorkflow == nil || !lw.Edges.IroncladWorkflow.CommentSync {
		return "", ErrSyncOff
	}
	client, err := s.cfg.Integration.Client(ctx, lw.Edges.Connection)
	if err != nil {
		return "", err
	}
	ic, err := client.GetComment(ctx, lw.IroncladID, ironcladCommentID)
	if ironclad.IsNotFound(err) {
		return s.removedInIronclad(ctx, lw, ironcladCommentID)
	}
	if err != nil {
		return "", err
	}
	if err := s.probeDelete(ctx, client, lw); err != nil {
		return "", err
	}
	return s.upsert(ctx, lw, *ic)
}

// upsert applies one Ironclad comment as it is now.
func (s *Service) upsert(ctx context.Context, lw *ent.LinkedWorkflow, ic ironclad.Comment) (string, error) {
	known, err := s.cfg.DB.Comment.Query().Where(comment.IroncladCommentID(ic.ID)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		return s.added(ctx, lw, ic)
	case err != nil:
		return "", err
	case known.DeletedAt != nil:
		return "deleted in Tradewind; its copy in Ironclad stays", nil
	}
	body := ic.Message
	if known.Origin == comment.OriginTRADEWIND {
		body = unattributed(known.AuthorName, body)
	}
	if body == known.Body || body == "" {
		return "already here", nil
	}
	saved, err := s.cfg.DB.Comment.UpdateOne(known).SetBody(body).SetEditedAt(s.now()).Save(ctx)
	if err != nil {
		return "", err
	}
	s.publish(ctx, TopicEdited, saved)
	return fmt.Sprintf("%s's comment edited in Ironclad; updated", known.AuthorName), nil
}

// added adds an Ironclad comment Tradewind does not have: unless it is the
// echo of a comment Tradewind is posting (its text, by the integration user),
// which is linked instead, whether or not the post has returned yet.
func (s *Service) added(ctx context.Context, lw *ent.LinkedWorkflow, ic ironclad.Comment) (string, error) {
	waiting, err := lw.QueryComments().Where(comment.SyncStatusEQ(comment.SyncStatusPENDING), comment.SyncActionEQ(comment.SyncActionPOST),
		comment.IroncladCommentID("")).Order(ent.Asc(comment.FieldQueuedAt), ent.Asc(comment.FieldID)).All(ctx)
	if err != nil {
		return "", err
	}
	for _, c := range waiting {
		if !isEcho(lw.Edges.Connection, ic, c) {
			continue
		}
		n, err := s.cfg.DB.Comment.Update().Where(comment.ID(c.ID), comment.IroncladCommentID("")).SetIroncladCommentID(ic.ID).Save(ctx)
		if ent.IsConstraintError(err) {
			return "already here", nil
		}
		if err != nil {
			return "", err
		}
		if n == 1 {
			return fmt.Sprintf("Tradewind's own post of %s's comment came back; linked, not added again", c.AuthorName), nil
		}
	}
	if ic.Message == "" {
		return "an empty comment; not added", nil
	}
	create := s.cfg.DB.Comment.Create().SetRequest(lw.Edges.Request).SetLinkedWorkflow(lw).SetOrigin(comment.OriginIRONCLAD).
		SetBody(ic.Message).SetAuthorName(ic.Author.DisplayName).SetAuthorEmail(ic.Author.Email).
		SetIroncladCommentID(ic.ID).SetSyncStatus(comment.SyncStatusSYNCED)
	if !ic.Timestamp.IsZero() {
		create.SetCreatedAt(ic.Timestamp.Time)
	}
	c, err := create.Save(ctx)
	if ent.IsConstraintError(err) {
		return "already here", nil // another delivery of it added it meanwhile
	}
	if err != nil {
		return "", err
	}
	s.publish(ctx, TopicAdded, c)
	return fmt.Sprintf("%s commented in Ironclad; added", authorOf(ic)), nil
}

func authorOf(ic ironclad.Comment) string {
	if ic.Author.DisplayName != "" {
		return ic.Author.DisplayName
	}
	return "Someone"
}

// removedInIronclad removes the Tradewind copy of a comment Ironclad no
// longer has.
func (s *Service) removedInIronclad(ctx context.Context, lw *ent.LinkedWorkflow, ironcladCommentID string) (string, error) {
	c, err := s.cfg.DB.Comment.Query().Where(comment.IroncladCommentID(ironcladCommentID), comment.DeletedAtIsNil()).Only(ctx)
	if ent.IsNotFound(err) {
		return "not in Tradewind (removed already, or never here)", nil
	}
	if err != nil {
		return "", err
	}
	saved, err := s.cfg.DB.Comment.UpdateOne(c).SetDeletedAt(s.now()).SetSyncStatus(comment.SyncStatusSYNCED).ClearSyncAction().
		SetSyncError("").Save(ctx)
	if err != nil {
		return "", err
	}
	s.publish(ctx, TopicRemoved, saved)
	return fmt.Sprintf("%s's comment removed in Ironclad; removed here", c.AuthorName), nil
}

// Reconcile reads every comment of lw in Ironclad and applies them: missing
// ones added (the back-fill of dropped webhooks, the import when sync is
// switched on), edited ones updated, and copies Ironclad no longer has
// removed. Returns how many changed.
func (s *Service) Reconcile(ctx context.Context, linkedID pulid.ID) (int, error) {
	lw, err := s.loadLinked(ctx, linkedID)
	if err != nil {
		return 0, err
	}
	if lw.IroncladID == "" || lw.Edges.IroncladWorkflow == nil || !lw.Edges.IroncladWorkflow.CommentSync {
		return 0, nil
	}
	client, err := s.cfg.Integration.Client(ctx, lw.Edges.Connection)
	if err != nil {
		return 0, err
	}
	wf, err := client.GetWorkflow(ctx, lw.IroncladID)
	if err != nil {
		return 0, err
	}
	changed, seen := 0, map[string]bool{}
	for ic, err := range client.Comments(ctx, lw.IroncladID) {
		if err != nil {
			return changed, err
		}
		seen[ic.ID] = true
		before, err := s.cfg.DB.Comment.Query().Where(comment.IroncladCommentID(ic.ID)).Only(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return changed, err
		}
		if _, err := s.upsert(ctx, lw, ic); err != nil {
			return changed, err
		}
		if before == nil || unattributed(before.AuthorName, ic.Message) != before.Body {
			changed++
		}
	}
	gone, err := lw.QueryComments().Where(comment.IroncladCommentIDNEQ(""), comment.DeletedAtIsNil()).All(ctx)
	if err != nil {
		return changed, err
	}
	for _, c := range gone {
		if seen[c.IroncladCommentID] {
			continue
		}
		if _, err := s.removedInIronclad(ctx, lw, c.IroncladCommentID); err != nil {
			return changed, err
		}
		changed++
	}
	if err := s.probeDelete(ctx, client, lw); err != nil {
		return changed, err
	}
	return changed, s.cfg.DB.LinkedWorkflow.UpdateOne(lw).SetCommentsSyncedAt(wf.LastUpdated.Time).Exec(ctx)
}

// Import is the job after comment sync was switched on for an Ironclad
// workflow: the existing comments of its linked workflows come in, once
// (Reconcile recognises what is already here).
func (s *Service) Import(ctx context.Context, args jobs.CommentImportArgs) error {
	ids, err := s.cfg.DB.LinkedWorkflow.Query().Where(linkedworkflow.IroncladIDNEQ(""),
		linkedworkflow.HasIroncladWorkflowWith(ironcladworkflow.ID(pulid.ID(args.IroncladWorkflowID)))).IDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := s.Reconcile(ctx, id); err != nil {
			return err
		}
	}
	return nil
}
