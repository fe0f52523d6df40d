package sandbox

import (
	"strings"
	"testing"
)

func TestComments(t *testing.T) {
	e := newEnv(t, Config{CommentDelete: true})
	tok := e.token()
	id := e.launchVendor()
	path := "/workflows/" + id + "/comments"
	first := e.mustStatus(e.api("POST", path, tok, IntegrationEmail, map[string]any{"comment": "Please review <@" + LegalEmail + ">", "addUsersToWorkflow": true}), 200).obj()
	author := first["author"].(map[string]any)
	if author["type"] != "internalUser" || author["email"] != IntegrationEmail {
		t.Fatalf("author: %v", author)
	}
	if m := first["mentionedUserDetails"].([]any); len(m) != 1 || m[0].(map[string]any)["email"] != LegalEmail {
		t.Fatalf("mentions: %v", m)
	}
	if p := first["addedParticipants"].([]any); len(p) != 0 {
		t.Fatalf("legal is already a participant (Legal approver), got %v", p)
	}
	reply := e.mustStatus(e.api("POST", path, tok, LegalEmail, map[string]any{"comment": "Looks fine", "repliedToActivityFeedMessageId": first["id"]}), 200).obj()
	if reply["repliedTo"].(map[string]any)["item"] != first["id"] {
		t.Fatalf("reply: %v", reply)
	}
	e.mustStatus(e.api("POST", "/workflows/"+id+"/comment", tok, AdminEmail, map[string]any{"comment": "deprecated endpoint"}), 204)
	e.mustStatus(e.api("POST", path, tok, AdminEmail, map[string]any{"comment": ""}), 400)

	list := e.mustStatus(e.api("GET", path+"?page=0&pageSize=2", tok, AdminEmail, nil), 200).obj()
	if list["count"] != 3.0 || len(list["list"].([]any)) != 2 || list["list"].([]any)[0].(map[string]any)["id"] != first["id"] {
		t.Fatalf("list (oldest first, paged): %v", list)
	}
	e.mustStatus(e.api("GET", path+"/"+reply["id"].(string), tok, AdminEmail, nil), 200)
	r := e.mustStatus(e.api("GET", path+"/nope", tok, AdminEmail, nil), 404)
	if r.obj()["param"] != "commentId" {
		t.Fatalf("missing comment: %s", r.raw)
	}
	e.mustStatus(e.api("DELETE", path+"/"+reply["id"].(string), tok, AdminEmail, nil), 204)
	e.mustStatus(e.api("GET", path+"/"+reply["id"].(string), tok, AdminEmail, nil), 404)

	var types []string
	for _, ev := range e.control("GET", "/events", nil).body.([]any) {
		types = append(types, ev.(map[string]any)["type"].(string))
	}
	if !strings.Contains(strings.Join(types, ","), "workflow_comment_removed") {
		t.Fatalf("events: %v", types)
	}
}

func TestCommentDeleteSwitch(t *testing.T) {
	for _, on := range []bool{true, false} {
		e := newEnv(t, Config{CommentDelete: on})
		tok := e.token()
		id := e.launchVendor()
		c := e.mustStatus(e.api("POST", "/workflows/"+id+"/comments", tok, AdminEmail, map[string]any{"comment": "hello"}), 200).obj()
		want := map[bool]int{true: 204, false: 404}[on]
		e.mustStatus(e.api("DELETE", "/workflows/"+id+"/comments/"+c["id"].(string), tok, AdminEmail, nil), want)
		// The console/control API can always delete, as Ironclad's UI can.
		if !on {
			e.mustStatus(e.control("POST", "/workflows/"+id+"/actions", map[string]string{"action": "delete-comment", "commentId": c["id"].(string)}), 200)
		}
	}
}
