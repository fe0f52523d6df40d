package comments_test

import (
	"testing"

	"tradewind/server/servertest"
)

// A comment typed in Tradewind reaches Ironclad with its real author on the
// first line; one typed in Ironclad reaches Tradewind with its Ironclad
// author; an edit in Ironclad updates it. Nothing is doubled.
func TestCommentsBothWays(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		th := setup(t, dialect, options{})
		mine := th.add(t, "Can we get this by Friday?")
		if mine.SyncStatus != "PENDING" || mine.Origin != "TRADEWIND" || mine.AuthorName != requesterName || !mine.CanDelete {
			t.Fatalf("added: %+v", mine)
		}
		eventually(t, "the comment is posted", func() bool { return th.thread(t)[0].SyncStatus == "SYNCED" })
		ic := th.inIronclad(th.lw)
		if len(ic) != 1 || ic[0].CommentMessage != requesterName+" (via Tradewind):\nCan we get this by Friday?" {
			t.Fatalf("in Ironclad: %+v", ic)
		}
		if ic[0].ID != th.thread(t)[0].IroncladCommentID {
			t.Fatalf("linked to %q, Ironclad has %q", th.thread(t)[0].IroncladCommentID, ic[0].ID)
		}

		theirs := th.commentInIronclad(t, "legal@ironclad.example", "Friday works.")
		got := th.waitThread(t, "Can we get this by Friday?", "Friday works.")
		if got[1].Origin != "IRONCLAD" || got[1].AuthorName == "" || got[1].IroncladCommentID != theirs || got[1].CanDelete {
			t.Fatalf("from Ironclad: %+v", got[1])
		}

		th.act("edit-comment", map[string]any{"commentId": theirs, "message": "Friday works, after 2 pm."})
		th.act("edit-comment", map[string]any{"commentId": ic[0].ID, "message": requesterName + " (via Tradewind):\nCan we get this by Thursday?"})
		th.waitThread(t, "Can we get this by Thursday?", "Friday works, after 2 pm.")
		if n := th.rows(); n != 2 {
			t.Fatalf("%d comment rows for two comments", n)
		}
		if posts := th.ledger("comment_post"); len(posts) != 1 || posts[0].Status != "SUCCEEDED" {
			t.Fatalf("ledger of posts: %+v", posts)
		}
	})
}
