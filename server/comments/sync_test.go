package comments_test

import (
	"context"
	"testing"

	"tradewind/ent/comment"
	"tradewind/ent/request"
	"tradewind/server/servertest"
)

// The webhook of Tradewind's own post arriving before the post's answer
// does not add the comment twice: the sandbox holds the answer until the
// webhook has been applied.
func TestEchoBeforeTheAnswer(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		th := setup(t, dialect, options{})
		th.Sandbox("PUT", "/_control/faults", map[string]any{"holdCommentAnswers": true}, nil)
		th.add(t, "Echo?")
		eventually(t, "the webhook links the comment while its post waits for its answer", func() bool {
			c := th.db.Comment.Query().Where(comment.HasRequestWith(request.ID(th.req.ID))).OnlyX(context.Background())
			return c.IroncladCommentID != "" && c.SyncStatus == comment.SyncStatusPENDING
		})
		th.Sandbox("PUT", "/_control/faults", map[string]any{"holdCommentAnswers": false}, nil)
		eventually(t, "the post's answer settles it", func() bool { return th.thread(t)[0].SyncStatus == "SYNCED" })
		if n, ic := th.rows(), th.inIronclad(th.lw); n != 1 || len(ic) != 1 || th.thread(t)[0].IroncladCommentID != ic[0].ID {
			t.Fatalf("%d comments in Tradewind, %d in Ironclad", n, len(ic))
		}
	})
}

// Duplicated and reordered deliveries change nothing; dropped ones are
// back-filled.
func TestDuplicateReorderedAndDroppedWebhooks(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		th := setup(t, dialect, options{})
		ctx := context.Background()
		th.Sandbox("PUT", "/_control/webhooks/faults", map[string]any{"duplicate": true}, nil)
		th.commentInIronclad(t, "legal@ironclad.example", "Twice delivered.")
		th.waitThread(t, "Twice delivered.")

		th.Sandbox("PUT", "/_control/webhooks/faults", map[string]any{"reorder": true}, nil)
		gone := th.commentInIronclad(t, "legal@ironclad.example", "Added, then removed.")
		th.act("delete-comment", map[string]any{"commentId": gone})
		th.Sandbox("PUT", "/_control/webhooks/faults", map[string]any{}, nil) // releases the held ones out of order
		eventually(t, "every comment event is applied", func() bool {
			for _, kind := range []string{"workflow_comment_added", "workflow_comment_removed"} {
				for _, ev := range th.ledger(kind) {
					if ev.Status != "SUCCEEDED" {
						return false
					}
				}
			}
			return len(th.ledger("workflow_comment_removed")) == 1 && len(th.ledger("workflow_comment_added")) == 2
		})
		if list := th.thread(t); !equalBodies(list, []string{"Twice delivered."}) {
			t.Fatalf("after reordered deliveries: %+v", list)
		}

		th.Sandbox("PUT", "/_control/webhooks/faults", map[string]any{"dropRate": 1}, nil)
		th.commentInIronclad(t, "legal@ironclad.example", "Never delivered.")
		if err := th.Srv.Sync.Backfill(ctx); err != nil {
			t.Fatal(err)
		}
		th.waitThread(t, "Twice delivered.", "Never delivered.")
		if err := th.Srv.Sync.Backfill(ctx); err != nil {
			t.Fatal(err)
		}
		if n := th.rows(); n != 2 {
			t.Fatalf("%d comment rows after two back-fills; want 2 (the one removed in Ironclad never came)", n)
		}
	})
}

// Sync off: nothing crosses either way. Switched on: the comments already
// in Ironclad come in, once; Tradewind's earlier ones stay Tradewind's.
func TestSyncOffThenSwitchedOn(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		th := setup(t, dialect, options{syncOff: true})
		if c := th.add(t, "Local only."); c.SyncStatus != "NOT_SYNCED" {
			t.Fatalf("with sync off: %+v", c)
		}
		th.commentInIronclad(t, "legal@ironclad.example", "Ironclad only.")
		eventually(t, "the comment webhook is ignored", func() bool {
			evs := th.ledger("workflow_comment_added")
			return len(evs) == 1 && evs[0].Status == "IGNORED"
		})
		if list := th.thread(t); !equalBodies(list, []string{"Local only."}) || len(th.inIronclad(th.lw)) != 1 {
			t.Fatalf("with sync off, Tradewind has %+v", list)
		}

		th.switchSync(t, true)
		th.waitThread(t, "Local only.", "Ironclad only.")
		th.switchSync(t, false)
		th.switchSync(t, true)
		if err := th.Srv.Sync.Backfill(context.Background()); err != nil {
			t.Fatal(err)
		}
		eventually(t, "the second import has run", func() bool {
			return th.Srv.DB.Client.LinkedWorkflow.GetX(context.Background(), th.lw.ID).CommentsSyncedAt != nil
		})
		if n := th.rows(); n != 2 {
			t.Fatalf("%d comment rows after switching on twice; want 2", n)
		}
		if n := len(th.inIronclad(th.lw)); n != 1 {
			t.Fatalf("Ironclad has %d comments: Tradewind's earlier comment was posted", n)
		}
	})
}

// A write that keeps failing says why on the comment, with the attempts in
// the ledger; Retry sends it.
func TestFailedCommentRetry(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		th := setup(t, dialect, options{})
		th.Sandbox("PUT", "/_control/faults", map[string]any{"errorRate": 1}, nil)
		c := th.add(t, "Is anyone there?")
		eventually(t, "the comment fails", func() bool { return th.thread(t)[0].SyncStatus == "FAILED" })
		if got := th.thread(t)[0]; got.SyncError == "" {
			t.Fatalf("failed without a reason: %+v", got)
		}
		if attempts := th.ledger("comment_post"); len(attempts) != 5 || attempts[4].Status != "FAILED" {
			t.Fatalf("ledger: %d entries", len(attempts))
		}
		th.Sandbox("PUT", "/_control/faults", map[string]any{}, nil)
		th.requester.MustGraphQL(`mutation($id: ID!) { retryComment(id: $id) { id } }`, map[string]any{"id": c.ID}, &struct{}{})
		eventually(t, "the retry posts it", func() bool { return th.thread(t)[0].SyncStatus == "SYNCED" })
		if n := len(th.inIronclad(th.lw)); n != 1 {
			t.Fatalf("Ironclad has %d comments after failures and a retry", n)
		}
	})
}
