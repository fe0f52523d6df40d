package ironclad

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestErrorParsing(t *testing.T) {
	cases := []struct {
		name      string
		path      string
		status    int
		body      string
		retry     string
		wantCode  string
		wantMsg   string
		wantParam string
		is        func(error) bool
	}{
		{name: "ironclad shape", status: 404, body: `{"code":"NOT_FOUND","message":"workflow does not exist","param":"workflowId"}`,
			wantCode: "NOT_FOUND", wantMsg: "workflow does not exist", wantParam: "workflowId", is: IsNotFound},
		{name: "not found as 400", status: 400, body: `{"code":"NOT_FOUND","message":"workflow  template schema not found","param":"templateId"}`,
			wantCode: "NOT_FOUND", wantParam: "templateId", wantMsg: "workflow  template schema not found", is: IsNotFound},
		{name: "forbidden", status: 403, body: `{"code":"FORBIDDEN","message":"access forbidden"}`,
			wantCode: "FORBIDDEN", wantMsg: "access forbidden", is: IsForbidden},
		{name: "webhook management refused", path: "/webhooks", status: 403, body: `{"code":"FORBIDDEN","message":"user lacks API management"}`,
			wantCode: "FORBIDDEN", wantMsg: "user lacks API management", is: IsMissingAPIManagement},
		{name: "invalid state", status: 400, body: `{"code":"INVALID_STATE","message":"Only active workflows in the review step can be paused."}`,
			wantCode: "INVALID_STATE", wantMsg: "Only active workflows in the review step can be paused.", is: IsInvalidState},
		{name: "no change", status: 400, body: `{"code":"INVALID_PARAM","message":"No information changed. The updates provided did not introduce any new values","param":"attributes"}`,
			wantCode: "INVALID_PARAM", wantParam: "attributes", wantMsg: "No information changed. The updates provided did not introduce any new values", is: IsNoChange},
		{name: "bare string", status: 404, body: `"Workflow does not exists"`, wantMsg: "Workflow does not exists", is: IsNotFound},
		{name: "html from a proxy", status: 502, body: `<html>bad gateway</html>`, wantMsg: "the server answered 502 with a body that is not Ironclad's JSON error"},
		{name: "oauth shape", status: 401, body: `{"error":"invalid_token","error_description":"token has expired"}`,
			wantCode: "invalid_token", wantMsg: "token has expired", is: IsUnauthorized},
		{name: "param list", status: 400, body: `{"code":"INVALID_PARAM","message":"bad","param":["a","b"]}`,
			wantCode: "INVALID_PARAM", wantMsg: "bad", wantParam: `["a","b"]`},
		{name: "rate limited", status: 429, retry: "7", body: `{"code":"TOO_MANY_REQUESTS","message":"You cannot remind the signer at this time"}`,
			wantCode: "TOO_MANY_REQUESTS", wantMsg: "You cannot remind the signer at this time", is: IsRateLimited},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) {
				if tc.retry != "" {
					w.Header().Set("Retry-After", tc.retry)
				}
				reply(w, tc.status, tc.body)
			})
			path := tc.path
			if path == "" {
				path = "/workflows/wf1"
			}
			c := f.client(func(o *Options) { o.Retry.MaxAttempts = 1 })
			err := c.do(context.Background(), call{method: "GET", path: path})
			e, ok := AsError(err)
			if !ok {
				t.Fatalf("err = %v, want *Error", err)
			}
			if e.StatusCode != tc.status || e.Code != tc.wantCode || e.Message != tc.wantMsg || e.Param != tc.wantParam || e.RequestID != "req-0001" {
				t.Errorf("error = %+v", e)
			}
			if tc.is != nil && !tc.is(err) {
				t.Errorf("helper does not recognise %v", err)
			}
			if tc.retry != "" && e.RetryAfter != 7*time.Second {
				t.Errorf("RetryAfter = %v", e.RetryAfter)
			}
			if strings.Contains(err.Error(), testAccessToken) {
				t.Errorf("error leaks the token: %v", err)
			}
			if !strings.Contains(err.Error(), "req-0001") {
				t.Errorf("error lacks the request id: %v", err)
			}
		})
	}
}

func TestHelpersDoNotMatchOtherErrors(t *testing.T) {
	notFound := &Error{StatusCode: 404, Code: "NOT_FOUND", Path: "/workflows/x"}
	forbidden := &Error{StatusCode: 403, Code: "FORBIDDEN", Path: "/workflows/x"}
	missingScope := &Error{StatusCode: 403, Code: "FORBIDDEN", Path: "/webhooks", Message: "token does not have the required scope public.webhooks.createWebhooks"}
	if IsForbidden(notFound) || IsNotFound(forbidden) || IsMissingAPIManagement(forbidden) || IsMissingAPIManagement(missingScope) || IsRateLimited(errors.New("x")) {
		t.Error("helper matched the wrong error")
	}
}

func TestDeleteCommentNotSupported(t *testing.T) {
	cases := []struct {
		name         string
		status       int
		body         string
		notSupported bool
	}{
		{"route unknown", 404, `{"code":"NOT_FOUND","message":"not found"}`, true},
		{"html 404", 404, `Cannot DELETE /public/api/v1/workflows/wf1/comments/c1`, true},
		{"method not allowed", 405, ``, true},
		{"comment missing", 404, `{"code":"NOT_FOUND","message":"commentId does not exist","param":"commentId"}`, false},
		{"forbidden", 403, `{"code":"FORBIDDEN","message":"only the author may delete"}`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) { reply(w, tc.status, tc.body) })
			err := f.client().DeleteComment(context.Background(), "wf1", "c1")
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, ErrNotSupported) != tc.notSupported {
				t.Errorf("ErrNotSupported = %v for %v", !tc.notSupported, err)
			}
			if _, ok := AsError(err); !ok {
				t.Errorf("the Ironclad error is lost: %v", err)
			}
		})
	}
}
