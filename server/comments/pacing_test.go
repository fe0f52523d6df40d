package comments_test

import (
	"fmt"
	"testing"
	"time"

	"tradewind/server/ironclad"
	"tradewind/server/servertest"
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

// A burst of 100 comments goes out completely, in order, one write at a
// time through the connection's limiter: while one comment's answer is held
// no second is sent, and a launch asked for meanwhile goes through (the
// backlog never queues in front of launches). Ironclad's arrivals stay
// within the allowance in every window. The allowance's window is shrunk
// to six seconds; how fast a backlog goes (at least 90% of the allowance)
// is the limiter's, shown on a simulated clock in server/ironclad's
// limiter_test.go; this test logs the share it measured.
func TestBurstIsPacedAndDoesNotStarveLaunches(t *testing.T) {
	servertest.EachDatabase(t, func(t *testing.T, dialect string) {
		const perWindow, window, burst = 40, 6 * time.Second, 100
		th := setup(t, dialect, options{limits: ironclad.Limits{WorkflowWrites: perWindow, Window: window}})
		th.Sandbox("PUT", "/_control/rate-limits", map[string]any{"workflowWrites": 100000}, nil)
		th.Sandbox("PUT", "/_control/faults", map[string]any{"holdCommentAnswers": true}, nil)
		var want []string
		for i := range burst {
			body := fmt.Sprintf("Comment %03d", i)
			th.add(t, body)
			want = append(want, requesterName+" (via Tradewind):\n"+body)
		}
		eventually(t, "the first comment is sent", func() bool { return len(th.inIronclad(th.lw)) == 1 })
		th.launch(t, "Monitors") // while the backlog waits
		if n := len(th.inIronclad(th.lw)); n != 1 {
			t.Fatalf("%d comments sent while the first one's answer was held; want 1 at a time", n)
		}

		th.Sandbox("PUT", "/_control/faults", map[string]any{}, nil)
		eventually(t, "every comment is posted", func() bool {
			for _, c := range th.thread(t) {
				if c.SyncStatus != "SYNCED" {
					return false
				}
			}
			return true
		})
		ic := th.inIronclad(th.lw)
		if len(ic) != burst {
			t.Fatalf("Ironclad has %d comments of %d", len(ic), burst)
		}
		var arrivals []time.Time
		for i, c := range ic {
			if c.CommentMessage != want[i] {
				t.Fatalf("comment %d in Ironclad is %q; want %q (in order)", i, c.CommentMessage, want[i])
			}
			at, err := time.Parse(time.RFC3339Nano, c.Timestamp)
			if err != nil {
				t.Fatal(err)
			}
			arrivals = append(arrivals, at)
		}
		if most := mostInWindow(arrivals, window); most > perWindow {
			t.Fatalf("%d comment writes arrived within one window; the allowance is %d", most, perWindow)
		}
		for _, ev := range th.ledger("comment_post") {
			if ev.Status != "SUCCEEDED" {
				t.Fatalf("a comment write was refused or retried: %s %s", ev.Summary, ev.Error)
			}
		}
		span := arrivals[len(arrivals)-1].Sub(arrivals[1]) // the first waited for its held answer
		t.Logf("%d comments after the held one in %v: %.0f%% of the allowance", burst-2, span,
			float64(burst-2)/span.Seconds()*window.Seconds()/perWindow*100)
	})
}
