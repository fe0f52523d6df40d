package ironclad

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// mostInWindow is the largest number of times within any window.
func mostInWindow(times []time.Time, window time.Duration) int {
	most := 0
	for i := range times {
		n := 0
		for j := range times {
			if d := times[j].Sub(times[i]); d >= 0 && d < window {
				n++
			}
		}
		most = max(most, n)
	}
	return most
}

// The limiter's schedule for a backlog, computed on a simulated clock (so
// a busy machine cannot blur it): never more than the allowance in any
// window, and more than 90% of it over the backlog.
func TestLimiterScheduleForABacklog(t *testing.T) {
	for _, tc := range []struct {
		perWindow int
		window    time.Duration
	}{{10, time.Second}, {40, time.Minute}, {400, time.Minute}, {1, time.Minute}} {
		bucket := NewLimiter(Limits{WorkflowReads: tc.perWindow, Window: tc.window}).buckets[bucketWorkflowReads]
		start := time.Now()
		var sends []time.Time
		for range 5 * tc.perWindow {
			sends = append(sends, start.Add(bucket.ReserveN(start, 1).DelayFrom(start)))
		}
		if most := mostInWindow(sends, tc.window); most > tc.perWindow {
			t.Errorf("%d per %v: %d calls within one window", tc.perWindow, tc.window, most)
		}
		if tc.perWindow < 10 {
			continue // a 90% share of one call is not a meaningful figure
		}
		span := sends[len(sends)-1].Sub(sends[0])
		perWindow := float64(len(sends)-1) / span.Seconds() * tc.window.Seconds()
		if perWindow < 0.9*float64(tc.perWindow) {
			t.Errorf("%d per %v: a backlog gets %.1f per window, under 90%%", tc.perWindow, tc.window, perWindow)
		}
	}
}

// Clients of one connection draw from one limiter: once one client has used
// the allowance, another waits too.
func TestLimiterIsSharedByTheClientsOfAConnection(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) { reply(w, 200, workflowJSON) })
	limiter := NewLimiter(Limits{WorkflowReads: 1, Window: time.Hour})
	first := f.client(func(o *Options) { o.Limiter = limiter })
	second := f.client(func(o *Options) { o.Limiter = limiter })
	if _, err := first.GetWorkflow(context.Background(), "wf1"); err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := second.GetWorkflow(short, "wf1"); err == nil {
		t.Fatal("the second client went past the shared allowance")
	}
	if n := len(f.received()); n != 1 {
		t.Fatalf("Ironclad received %d calls, want 1", n)
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
