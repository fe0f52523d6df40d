package ironclad

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"
)

func TestRetriesTransientFailuresOfReads(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		switch n {
		case 0:
			reply(w, 500, `{"code":"SERVER_ERROR","message":"boom"}`)
		case 1:
			reply(w, 503, `upstream unavailable`)
		default:
			reply(w, 200, workflowJSON)
		}
	})
	wf, err := f.client().GetWorkflow(context.Background(), "wf1")
	if err != nil || wf.ID == "" {
		t.Fatalf("GetWorkflow = %v, %v", wf, err)
	}
	if n := len(f.received()); n != 3 {
		t.Errorf("%d attempts, want 3", n)
	}
}

func TestRetriesATimedOutRead(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n == 0 {
			<-r.Context().Done() // hang until the client gives up on this attempt
			return
		}
		reply(w, 200, workflowJSON)
	})
	c := f.client(func(o *Options) { o.Retry.AttemptTimeout = 50 * time.Millisecond })
	if _, err := c.GetWorkflow(context.Background(), "wf1"); err != nil {
		t.Fatal(err)
	}
	if n := len(f.received()); n != 2 {
		t.Errorf("%d attempts, want 2", n)
	}
}

func TestGivesUpAfterMaxAttempts(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		reply(w, 503, `{"code":"SERVER_ERROR","message":"down"}`)
	})
	_, err := f.client().GetWorkflow(context.Background(), "wf1")
	if e, ok := AsError(err); !ok || e.StatusCode != 503 {
		t.Fatalf("err = %v", err)
	}
	if n := len(f.received()); n != fastRetry().MaxAttempts {
		t.Errorf("%d attempts, want %d", n, fastRetry().MaxAttempts)
	}
}

func TestDoesNotRetryClientErrors(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		reply(w, 400, `{"code":"INVALID_PARAM","message":"bad filter","param":"filter"}`)
	})
	if _, err := f.client().ListWorkflows(context.Background(), ListWorkflowsParams{Filter: "Nope("}); err == nil {
		t.Fatal("no error")
	}
	if n := len(f.received()); n != 1 {
		t.Errorf("%d attempts, want 1", n)
	}
}

func TestObeysRetryAfterAcrossTheConnection(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n == 0 {
			w.Header().Set("Retry-After", "1")
			reply(w, 429, `{"code":"TOO_MANY_REQUESTS","message":"slow down"}`)
			return
		}
		reply(w, 200, workflowJSON)
	})
	limiter := NewLimiter(DefaultLimits())
	first := f.client(func(o *Options) { o.Limiter = limiter })
	other := f.client(func(o *Options) { o.Limiter = limiter }) // another client of the same connection
	ctx := context.Background()
	done := make(chan error, 1)
	go func() {
		_, err := first.GetWorkflow(ctx, "wf1")
		done <- err
	}()
	for len(f.received()) == 0 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // let the 429 land and pause the bucket
	if _, err := other.GetWorkflow(ctx, "wf2"); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	ex := f.received()
	if len(ex) != 3 {
		t.Fatalf("%d requests, want 3", len(ex))
	}
	for _, later := range ex[1:] {
		if gap := later.at.Sub(ex[0].at); gap < time.Second {
			t.Errorf("a request came %v after the 429, before Retry-After's 1s", gap)
		}
	}
}

func TestLongRetryAfterIsReturnedNotWaited(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Retry-After", "3600")
		reply(w, 429, `{"code":"TOO_MANY_REQUESTS","message":"come back in an hour"}`)
	})
	_, err := f.client().GetWorkflow(context.Background(), "wf1")
	e, ok := AsError(err)
	if !ok || !IsRateLimited(err) || e.RetryAfter != time.Hour {
		t.Fatalf("err = %v", err)
	}
	if n := len(f.received()); n != 1 {
		t.Errorf("%d attempts, want 1", n)
	}
}

func TestUnsafeLaunchIsNotRetriedWhenOutcomeUnknown(t *testing.T) {
	launch := LaunchRequest{Template: "tpl", Attributes: map[string]any{"counterpartyName": "Acme"}}
	cases := []struct {
		name   string
		handle func(w http.ResponseWriter, r *http.Request)
	}{
		{"timeout", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }},
		{"server error", func(w http.ResponseWriter, r *http.Request) {
			reply(w, 500, `{"code":"SERVER_ERROR","message":"oops"}`)
		}},
		{"bad gateway", func(w http.ResponseWriter, r *http.Request) { reply(w, 502, `bad gateway`) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) { tc.handle(w, r) })
			c := f.client(func(o *Options) { o.Retry.AttemptTimeout = 50 * time.Millisecond })
			_, err := c.LaunchWorkflow(context.Background(), launch)
			if !errors.Is(err, ErrOutcomeUnknown) {
				t.Errorf("err = %v, want ErrOutcomeUnknown", err)
			}
			if n := len(f.received()); n != 1 {
				t.Errorf("launch sent %d times, want once", n)
			}
		})
	}
}

func TestRateLimitedLaunchIsRetried(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n == 0 {
			reply(w, 429, `{"code":"TOO_MANY_REQUESTS","message":"slow down"}`)
			return
		}
		reply(w, 200, workflowJSON)
	})
	wf, err := f.client().LaunchWorkflow(context.Background(), LaunchRequest{Template: "tpl", Attributes: map[string]any{"counterpartyName": "Acme"}})
	if err != nil || wf.ID == "" {
		t.Fatalf("launch = %v, %v", wf, err)
	}
	if n := len(f.received()); n != 2 {
		t.Errorf("%d attempts, want 2: a 429 means Ironclad did not process it", n)
	}
}

func TestRemindLimitIsNotTheConnectionsLimit(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		if n == 0 {
			w.Header().Set("Retry-After", "2")
			reply(w, 429, `{"code":"TOO_MANY_REQUESTS","message":"you can only send one reminder per hour"}`)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	c := f.client()
	ctx := context.Background()
	if err := c.RemindSigner(ctx, "wf1", "Counterparty Signer"); !IsRateLimited(err) {
		t.Fatalf("remind err = %v", err)
	}
	c.limiter.mu.Lock()
	paused := c.limiter.pausedUntil[bucketWorkflowWrites]
	c.limiter.mu.Unlock()
	if !paused.IsZero() {
		t.Errorf("a signer's reminder limit paused the connection's writes until %v", paused)
	}
	if err := c.Pause(ctx, "wf1", ActivityComment{Message: "hold"}); err != nil {
		t.Fatal(err)
	}
	if n := len(f.received()); n != 2 {
		t.Errorf("%d requests, want 2 (remind not retried)", n)
	}
}

func TestWaitForAsyncJob(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, n int) {
		switch n {
		case 0, 1:
			reply(w, 200, `{"status":"in_progress","requestPayload":{"template":"tpl"}}`)
		default:
			reply(w, 200, `{"status":"failed","requestPayload":{},"error":{"code":"MISSING_PARAM","message":"missing required attribute","param":"counterpartyName","redirectUrl":"https://ironcladapp.com/c/co/workflows/launch/tpl"}}`)
		}
	})
	st, err := f.client().WaitForAsyncJob(context.Background(), "job_1", time.Millisecond)
	var jobErr *AsyncJobError
	if !errors.As(err, &jobErr) || jobErr.Param != "counterpartyName" || st.Status != JobFailed {
		t.Fatalf("WaitForAsyncJob = %+v, %v", st, err)
	}
	if n := len(f.received()); n != 3 {
		t.Errorf("%d polls, want 3", n)
	}
}
