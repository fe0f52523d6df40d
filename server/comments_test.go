package server_test

import (
	"testing"

	"tradewind/ent/user"
	"tradewind/server/servertest"
)

// commentChanged over the real websocket transport: a comment added by the
// admin reaches the requester watching their request (the subscription
// merges three topics, which the pulled transport must still deliver).
func TestCommentChangedReachesTheRequester(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		s := servertest.Start(t, dialect)
		s.CreateUser(t, "admin@example.com", user.RoleADMIN)
		s.CreateUser(t, "ann@example.com", user.RoleREQUESTER)
		admin, ann := s.Login(t, "admin@example.com"), s.Login(t, "ann@example.com")
		formID := laptopForm(t, admin)
		var req submittedRequest
		ann.MustGraphQL(submit, map[string]any{"f": formID, "t": "Ann laptop", "a": []any{map[string]any{"questionKey": "model", "value": "X1"}}}, &req)
		feed := ann.Subscribe(`subscription($r: ID!) { commentChanged(requestID: $r) { kind comment { body } } }`,
			map[string]any{"r": req.SubmitRequest.ID})
		waitTopicSubscribers(t, s, "comments.added", 1)
		admin.MustGraphQL(`mutation($r: ID!) { addComment(requestID: $r, body: "Approved by Friday") { id } }`,
			map[string]any{"r": req.SubmitRequest.ID}, &struct{}{})
		var ev struct {
			CommentChanged struct {
				Kind    string
				Comment struct{ Body string }
			}
		}
		feed.Next(&ev)
		if ev.CommentChanged.Kind != "ADDED" || ev.CommentChanged.Comment.Body != "Approved by Friday" {
			t.Fatalf("got %+v", ev)
		}
	})
}
