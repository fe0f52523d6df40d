package requests_test

import (
	"context"
	"testing"

	"tradewind/ent/request"
	"tradewind/ent/task"
	"tradewind/server/apperr"
	"tradewind/server/requests"
	"tradewind/server/servertest"
)

// Submit → manager approval → launch → Ironclad approvals → packet sent →
// fully signed → completed, every step arriving by webhook; the launch
// carries the mapped answers and the requester's email.
func TestRequestToSignedContract(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		w := setup(t, dialect, true)
		req := w.submit(t, "acme")
		approval := w.waitTask(t, req, task.ActionNONE, task.StatusIN_PROGRESS)
		if _, err := w.svc.DecideApproval(w.as(w.requester), w.db, w.requester, approval.ID, true, ""); !apperr.HasCode(err, apperr.CodeForbidden) {
			t.Fatalf("a requester approved an admin's task: %v", err)
		}
		if w.taskOf(t, req, task.ActionLAUNCH_WORKFLOW).Status != task.StatusPENDING {
			t.Fatal("the launch started before the approval before it")
		}
		if _, err := w.svc.DecideApproval(w.as(w.admin), w.db, w.admin, approval.ID, true, "fine"); err != nil {
			t.Fatal(err)
		}
		w.waitTask(t, req, task.ActionLAUNCH_WORKFLOW, task.StatusCOMPLETED)
		lw := w.linked(t, req)
		if lw.ReadableID == "" || lw.LaunchAttributes["integrationRequestorEmail"] != "requester@example.com" || lw.LaunchAttributes["counterpartyName"] != "acme" {
			t.Fatalf("launched %+v", lw)
		}
		w.waitTask(t, req, task.ActionMONITOR_APPROVALS, task.StatusIN_PROGRESS)
		w.act(lw, "approve", legalRole)
		eventually(t, "Legal's approval shows on the task", func() bool {
			return w.taskOf(t, req, task.ActionMONITOR_APPROVALS).Detail == "Approvals in Ironclad: Legal: approved, Finance: pending."
		})
		if monitor := w.taskOf(t, req, task.ActionMONITOR_APPROVALS); monitor.Status != task.StatusIN_PROGRESS {
			t.Fatalf("approvals complete after one of two: %s", monitor.Status)
		}
		w.act(lw, "approve", financeRole)
		w.waitTask(t, req, task.ActionMONITOR_APPROVALS, task.StatusCOMPLETED)
		w.act(lw, "send-signature", "")
		eventually(t, "the packet is sent", func() bool { return w.linked(t, req).PacketStatus == "sent" })
		for _, sg := range w.linked(t, req).Signers {
			w.act(lw, "sign", sg.Role)
		}
		w.waitTask(t, req, task.ActionMONITOR_SIGNATURES, task.StatusCOMPLETED)
		w.waitRequest(t, req, request.StatusCOMPLETED)
		lw = w.linked(t, req)
		if lw.Status != "completed" || len(lw.Approvals) != 2 || lw.Approvals[0].ChangedAt == nil {
			t.Fatalf("linked workflow at the end: %+v", lw)
		}
		if n := w.ironcladWorkflows("acme"); n != 1 {
			t.Fatalf("%d Ironclad workflows for one request", n)
		}
	})
}

// A rejected approval ends the request; nothing reaches Ironclad.
func TestRejection(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		w := setup(t, dialect, true)
		req := w.submit(t, "rejected")
		approval := w.waitTask(t, req, task.ActionNONE, task.StatusIN_PROGRESS)
		if _, err := w.svc.DecideApproval(w.as(w.admin), w.db, w.admin, approval.ID, false, ""); !apperr.HasCode(err, apperr.CodeBadUserInput) {
			t.Fatalf("rejection without a note: %v", err)
		}
		if _, err := w.svc.DecideApproval(w.as(w.admin), w.db, w.admin, approval.ID, false, "Use the existing contract"); err != nil {
			t.Fatal(err)
		}
		w.waitRequest(t, req, request.StatusFAILED)
		if got := w.taskOf(t, req, task.ActionLAUNCH_WORKFLOW).Status; got != task.StatusCANCELLED {
			t.Fatalf("launch after a rejection: %s", got)
		}
		if n := w.ironcladWorkflows("rejected"); n != 0 {
			t.Fatalf("%d Ironclad workflows for a rejected request", n)
		}
	})
}

// Submit refuses answers the form does not accept, by the answer's name,
// and requires a conditional question only when it is shown.
func TestSubmitValidatesAnswers(t *testing.T) {
	w := setup(t, servertest.SQLite, false)
	ctx := w.as(w.requester)
	bad := answers("x")
	bad["department"] = "Legal"
	_, err := w.svc.Submit(ctx, w.db, w.requester, requests.SubmitInput{RequestFormID: w.form.ID, Answers: bad})
	if e, ok := apperr.As(err); !ok || e.Field != "answers.department" {
		t.Fatalf("bad option: %v", err)
	}
	rush := answers("x")
	rush["rush"] = true
	_, err = w.svc.Submit(ctx, w.db, w.requester, requests.SubmitInput{RequestFormID: w.form.ID, Answers: rush})
	if e, ok := apperr.As(err); !ok || e.Field != "answers.rush_reason" {
		t.Fatalf("shown required question unanswered: %v", err)
	}
	hidden := answers("x")
	hidden["rush_reason"] = "not asked"
	req, err := w.svc.Submit(ctx, w.db, w.requester, requests.SubmitInput{RequestFormID: w.form.ID, Answers: hidden})
	if err != nil {
		t.Fatal(err)
	}
	values, err := requests.AnswerValues(context.Background(), w.db, req.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, kept := values["rush_reason"]; kept || values["vendor"] != "x" {
		t.Fatalf("answers stored: %v", values)
	}
}
