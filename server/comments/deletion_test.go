package comments_test

import (
	"context"
	"testing"

	"tradewind/server/servertest"
)

// Deletion both ways, with the sandbox's comment-delete endpoint on and off.
// Where Ironclad deletes comments, deleting in Tradewind deletes both, and
// says so before; where it does not, Tradewind says the copy stays, deletes
// its own, never brings it back, and hears of the deletion in Ironclad.
// Either way a comment deleted in Ironclad goes from Tradewind.
func TestDeletionBothWays(t *testing.T) {
	for _, tc := range []struct {
		name     string
		faults   map[string]any
		wantCopy string
	}{
		{"ironclad deletes comments", nil, "DELETED_TOO"},
		{"ironclad does not", map[string]any{"commentDeleteOff": true}, "STAYS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			servertest.EachDatabase(t, func(t *testing.T, dialect string) {
				th := setup(t, dialect, options{faults: tc.faults})
				th.add(t, "Please hurry.")
				theirs := th.commentInIronclad(t, "legal@ironclad.example", "Noted.")
				eventually(t, "both comments are synced", func() bool {
					list := th.thread(t)
					return len(list) == 2 && list[0].SyncStatus == "SYNCED" && list[1].SyncStatus == "SYNCED"
				})
				mine := th.thread(t)[0]
				if mine.IroncladCopy != tc.wantCopy {
					t.Fatalf("before deleting, Tradewind says the Ironclad copy is %s; want %s", mine.IroncladCopy, tc.wantCopy)
				}

				var out struct{ DeleteComment commentView }
				th.requester.MustGraphQL(`mutation($id: ID!) { deleteComment(id: $id) { `+commentFields+` } }`, map[string]any{"id": mine.ID}, &out)
				th.waitThread(t, "Noted.")
				left := th.inIronclad(th.lw)
				switch tc.wantCopy {
				case "DELETED_TOO":
					if out.DeleteComment.SyncStatus != "PENDING" {
						t.Fatalf("deleting a comment Ironclad must delete first: %+v", out.DeleteComment)
					}
					if len(left) != 1 || left[0].ID != theirs {
						t.Fatalf("Ironclad still has %+v", left)
					}
					if dels := th.ledger("comment_delete"); len(dels) != 1 || dels[0].Status != "SUCCEEDED" {
						t.Fatalf("ledger of deletions: %+v", dels)
					}
				case "STAYS":
					if len(left) != 2 {
						t.Fatalf("Ironclad has %d comments; its copy should stay", len(left))
					}
					if err := th.Srv.Sync.Backfill(context.Background()); err != nil {
						t.Fatal(err)
					}
					copyOfMine := left[0].ID
					if copyOfMine == theirs {
						copyOfMine = left[1].ID
					}
					th.act("delete-comment", map[string]any{"commentId": copyOfMine})
					eventually(t, "Tradewind hears that its copy was deleted in Ironclad", func() bool {
						for _, ev := range th.ledger("workflow_comment_removed") {
							if ev.Status == "SUCCEEDED" {
								return true
							}
						}
						return false
					})
					if list := th.thread(t); !equalBodies(list, []string{"Noted."}) {
						t.Fatalf("after the back-fill and Ironclad's deletion: %+v", list)
					}
				}

				th.act("delete-comment", map[string]any{"commentId": theirs})
				th.waitThread(t)
				if n := len(th.inIronclad(th.lw)); n != 0 {
					t.Fatalf("Ironclad has %d comments left", n)
				}
			})
		})
	}
}

// A requester deletes only their own comments; an admin any.
func TestWhoDeletes(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		th := setup(t, dialect, options{syncOff: true})
		mine := th.add(t, "Mine.")
		var out struct{ AddComment commentView }
		th.Admin.MustGraphQL(`mutation($r: ID!) { addComment(requestID: $r, body: "The admin's.") { `+commentFields+` } }`,
			map[string]any{"r": th.req.ID}, &out)
		if list := th.waitThread(t, "Mine.", "The admin's."); !list[0].CanDelete || list[1].CanDelete {
			t.Fatalf("the requester may delete: %+v", list)
		}
		res := th.requester.GraphQL(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, map[string]any{"id": out.AddComment.ID})
		if res.Code() != "FORBIDDEN" {
			t.Fatalf("a requester deleted the admin's comment: %s", res)
		}
		th.Admin.MustGraphQL(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, map[string]any{"id": mine.ID}, &struct{}{})
		th.waitThread(t, "The admin's.")
	})
}
