package ironclad

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"testing"
	"time"
)

// Forged deliveries for a known connection share one key fetch, and its
// failure is remembered instead of being retried by each of them.
func TestForgedDeliveriesShareOneKeyFetch(t *testing.T) {
	stranger := newSigner(t)
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) { w.WriteHeader(http.StatusBadGateway) })
	v := NewVerifier(VerifierOptions{Keys: f.client(func(o *Options) { o.Retry.MaxAttempts = 1 })})
	body := eventBody(time.Now(), "workflow_launched")
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := v.Verify(context.Background(), stranger.headers(t, "evt-forged", body, "n", "RSA-SHA256", "base64"), body); err == nil {
				t.Error("a forged delivery was accepted")
			}
		}()
	}
	wg.Wait()
	if n := len(f.received()); n != 1 {
		t.Fatalf("%d key fetches for 20 forged deliveries, want 1", n)
	}
}

// A delivery waits for the key at most KeyFetchWait, even when Ironclad
// never answers.
func TestKeyFetchWaitIsBounded(t *testing.T) {
	stranger := newSigner(t)
	hang := make(chan struct{})
	t.Cleanup(func() { close(hang) })
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	})
	v := NewVerifier(VerifierOptions{Keys: f.client(), KeyFetchWait: 50 * time.Millisecond})
	body := eventBody(time.Now(), "workflow_launched")
	_, err := v.Verify(context.Background(), stranger.headers(t, "evt-slow", body, "n", "RSA-SHA256", "base64"), body)
	if !errors.Is(err, ErrKeyUnavailable) {
		t.Fatalf("err %v, want ErrKeyUnavailable", err)
	}
}
