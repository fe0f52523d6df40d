package ironclad

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"
)

// maxInWindow is the largest number of arrivals within any window.
func maxInWindow(arrivals []exchange, window time.Duration) int {
	most := 0
	for i := range arrivals {
		n := 0
		for j := range arrivals {
			if d := arrivals[j].at.Sub(arrivals[i].at); d >= 0 && d < window {
				n++
			}
		}
		most = max(most, n)
	}
	return most
}

func TestLimiterKeepsABurstUnderTheLimit(t *testing.T) {
	const perWindow, window, calls = 10, 400 * time.Millisecond, 30
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) { reply(w, 200, workflowJSON) })
	limiter := NewLimiter(Limits{WorkflowReads: perWindow, Window: window})
	// Three clients of one connection share the limiter, as Tradewind's
	// request handlers and background jobs do.
	clients := []*Client{
		f.client(func(o *Options) { o.Limiter = limiter }),
		f.client(func(o *Options) { o.Limiter = limiter }),
		f.client(func(o *Options) { o.Limiter = limiter }),
	}
	var wg sync.WaitGroup
	for i := range calls {
		wg.Go(func() {
			if _, err := clients[i%len(clients)].GetWorkflow(context.Background(), "wf1"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	arrivals := f.received()
	if len(arrivals) != calls {
		t.Fatalf("%d requests, want %d", len(arrivals), calls)
	}
	if most := maxInWindow(arrivals, window); most > perWindow {
		t.Errorf("%d requests within one %v window, limit %d", most, window, perWindow)
	}
}

func TestLimiterBucketsAreSeparate(t *testing.T) {
	// One write per long window: a second write would wait, reads must not.
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) { reply(w, 200, workflowJSON) })
	c := f.client(func(o *Options) { o.Limiter = NewLimiter(Limits{WorkflowWrites: 1, Window: time.Hour}) })
	ctx := context.Background()
	if _, err := c.UpdateAttributes(ctx, "wf1", AttributeUpdate{Updates: []AttributeChange{SetAttribute("a", 1)}}); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if _, err := c.GetWorkflow(ctx, "wf1"); err != nil {
			t.Fatal(err)
		}
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := c.UpdateAttributes(short, "wf1", AttributeUpdate{Updates: []AttributeChange{SetAttribute("a", 2)}}); err == nil {
		t.Error("second write in the window went through")
	}
	if n := len(f.received()); n != 6 {
		t.Errorf("%d requests reached Ironclad, want 6", n)
	}
}

func TestBucketClassification(t *testing.T) {
	cases := []struct {
		method, path string
		want         bucket
	}{
		{"GET", "/workflows", bucketWorkflowReads},
		{"GET", "/workflows/wf1/approvals", bucketWorkflowReads},
		{"POST", "/workflows", bucketWorkflowWrites},
		{"PATCH", "/workflows/wf1/attributes", bucketWorkflowWrites},
		{"DELETE", "/workflows/wf1/comments/c1", bucketWorkflowWrites},
		{"GET", "/workflow-schemas", bucketOther},
		{"GET", "/webhooks/verification-key", bucketWebhooks},
		{"POST", "/webhooks", bucketWebhooks},
		{"GET", "/records", bucketOther},
	}
	for _, tc := range cases {
		if got := bucketFor(tc.method, tc.path); got != tc.want {
			t.Errorf("%s %s = %d, want %d", tc.method, tc.path, got, tc.want)
		}
	}
}
