package ironclad

import (
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// signer plays Ironclad's webhook service.
type signer struct{ key *rsa.PrivateKey }

func newSigner(t *testing.T) signer {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	return signer{k}
}

func (s signer) pem() string {
	der, _ := x509.MarshalPKIXPublicKey(&s.key.PublicKey)
	return string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}))
}

// headers signs eventID + body + nonce as Ironclad documents.
func (s signer) headers(t *testing.T, eventID string, body []byte, nonce, alg, encoding string) http.Header {
	t.Helper()
	return s.sign(t, eventID, append(append([]byte(eventID), body...), nonce...), nonce, alg, encoding)
}

// sign builds delivery headers over arbitrary signed bytes.
func (s signer) sign(t *testing.T, eventID string, signed []byte, nonce, alg, encoding string) http.Header {
	t.Helper()
	sum := sha256.Sum256(signed)
	sig, err := rsa.SignPKCS1v15(rand.Reader, s.key, crypto.SHA256, sum[:])
	if err != nil {
		t.Fatal(err)
	}
	encoded := base64.StdEncoding.EncodeToString(sig)
	if encoding == "hex" {
		encoded = hex.EncodeToString(sig)
	}
	v, _ := json.Marshal(map[string]string{"nonce": nonce, "signAlgorithm": alg, "signature": encoded, "encoding": encoding})
	h := http.Header{}
	h.Set(HeaderEventID, eventID)
	h.Set(HeaderVerification, string(v))
	return h
}

func eventBody(at time.Time, event string) []byte {
	return fmt.Appendf(nil, `{"companyID":"co1","payload":{"event":%q,"templateID":"tpl1","workflowID":"wf1","approvalID":"approver1","status":"approved","extra":{"x":1}},"timestamp":%q,"webhookID":"wh1"}`,
		event, at.UTC().Format("2006-01-02T15:04:05.000Z"))
}

// keyServer serves the current verification key and counts fetches.
type keyServer struct {
	*fakeIronclad
	mu      sync.Mutex
	current signer
	fetches atomic.Int32
}

func newKeyServer(t *testing.T, s signer) *keyServer {
	ks := &keyServer{current: s}
	ks.fakeIronclad = newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) {
		ks.fetches.Add(1)
		ks.mu.Lock()
		key := ks.current.pem()
		ks.mu.Unlock()
		w.Header().Set("Content-Type", "application/x-pem-file; charset=utf-8")
		_, _ = w.Write([]byte(key))
	})
	return ks
}

func (ks *keyServer) rotate(s signer) {
	ks.mu.Lock()
	ks.current = s
	ks.mu.Unlock()
}

func TestVerifier(t *testing.T) {
	ironclad, stranger := newSigner(t), newSigner(t)
	ctx := context.Background()
	now := time.Now()
	body := eventBody(now.Add(-time.Minute), "workflow_approval_status_changed")

	t.Run("good signature", func(t *testing.T) {
		ks := newKeyServer(t, ironclad)
		v := NewVerifier(VerifierOptions{Keys: ks.client()})
		ev, err := v.Verify(ctx, ironclad.headers(t, "evt-1", body, "n0nce", "RSA-SHA256", "base64"), body)
		if err != nil {
			t.Fatal(err)
		}
		if ev.ID != "evt-1" || ev.Type() != EventApprovalStatusChanged || ev.Payload.WorkflowID != "wf1" || ev.Payload.ApprovalID != "approver1" ||
			ev.CompanyID != "co1" || ev.WebhookID != "wh1" || string(ev.Raw) != string(body) {
			t.Errorf("event = %+v", ev)
		}
		var extra struct{ Extra map[string]int }
		if err := json.Unmarshal(ev.Payload.Raw, &extra); err != nil || extra.Extra["x"] != 1 {
			t.Errorf("raw payload lost unknown fields: %s", ev.Payload.Raw)
		}
	})

	t.Run("raw bytes, not re-encoded JSON, are verified", func(t *testing.T) {
		ks := newKeyServer(t, ironclad)
		v := NewVerifier(VerifierOptions{Keys: ks.client()})
		spaced := fmt.Appendf(nil, "{ \"webhookID\": \"wh1\", \"timestamp\": %q,\n \"payload\": {\"event\": \"workflow_launched\", \"workflowID\": \"wf2\"}, \"companyID\": \"co1\" }",
			now.UTC().Format(time.RFC3339Nano))
		if _, err := v.Verify(ctx, ironclad.headers(t, "evt-raw", spaced, "n", "sha256", "hex"), spaced); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("bad signatures", func(t *testing.T) {
		ks := newKeyServer(t, ironclad)
		v := NewVerifier(VerifierOptions{Keys: ks.client()})
		tampered := eventBody(now, "workflow_completed")
		// Signed as eventId + nonce + body: the nonce belongs at the end.
		wrongOrder := ironclad.sign(t, "evt-2n", append([]byte("evt-2n"+"n0nce"), body...), "n0nce", "RSA-SHA256", "base64")
		cases := map[string]struct {
			header http.Header
			body   []byte
		}{
			"tampered body":        {ironclad.headers(t, "evt-2", body, "n0nce", "RSA-SHA256", "base64"), tampered},
			"other key":            {stranger.headers(t, "evt-3", body, "n0nce", "RSA-SHA256", "base64"), body},
			"nonce in wrong place": {wrongOrder, body},
			"other event id": {func() http.Header {
				h := ironclad.headers(t, "evt-4", body, "n0nce", "RSA-SHA256", "base64")
				h.Set(HeaderEventID, "evt-5")
				return h
			}(), body},
			"no headers":        {http.Header{}, body},
			"unknown algorithm": {ironclad.headers(t, "evt-6", body, "n", "md5", "base64"), body},
		}
		for name, tc := range cases {
			if _, err := v.Verify(ctx, tc.header, tc.body); !errors.Is(err, ErrBadSignature) {
				t.Errorf("%s: err = %v, want ErrBadSignature", name, err)
			}
		}
	})

	t.Run("stale and future events", func(t *testing.T) {
		ks := newKeyServer(t, ironclad)
		v := NewVerifier(VerifierOptions{Keys: ks.client(), MaxAge: time.Hour})
		for name, at := range map[string]time.Time{"stale": now.Add(-2 * time.Hour), "future": now.Add(time.Hour)} {
			b := eventBody(at, "workflow_updated")
			if _, err := v.Verify(ctx, ironclad.headers(t, "evt-"+name, b, "n", "RSA-SHA256", "base64"), b); !errors.Is(err, ErrStaleEvent) {
				t.Errorf("%s: err = %v, want ErrStaleEvent", name, err)
			}
		}
	})

	t.Run("replay", func(t *testing.T) {
		ks := newKeyServer(t, ironclad)
		v := NewVerifier(VerifierOptions{Keys: ks.client(), Seen: NewMemorySeenStore(10)})
		h := ironclad.headers(t, "evt-7", body, "n0nce", "RSA-SHA256", "base64")
		if _, err := v.Verify(ctx, h, body); err != nil {
			t.Fatal(err)
		}
		if _, err := v.Verify(ctx, h, body); !errors.Is(err, ErrReplayedEvent) {
			t.Fatalf("replay err = %v", err)
		}
		// The receiver failed to store it: Ironclad's redelivery must pass.
		if err := v.Forget(ctx, "evt-7"); err != nil {
			t.Fatal(err)
		}
		if _, err := v.Verify(ctx, h, body); err != nil {
			t.Errorf("redelivery after Forget: %v", err)
		}
	})

	t.Run("key rotation refetches once", func(t *testing.T) {
		ks := newKeyServer(t, ironclad)
		clock := now
		var clockMu sync.Mutex
		v := NewVerifier(VerifierOptions{Keys: ks.client(), KeyRefetchInterval: time.Minute, Now: func() time.Time {
			clockMu.Lock()
			defer clockMu.Unlock()
			return clock
		}})
		if _, err := v.Verify(ctx, ironclad.headers(t, "evt-8", body, "n", "RSA-SHA256", "base64"), body); err != nil {
			t.Fatal(err)
		}
		rotated := newSigner(t)
		ks.rotate(rotated)
		clockMu.Lock()
		clock = clock.Add(2 * time.Minute)
		clockMu.Unlock()
		if _, err := v.Verify(ctx, rotated.headers(t, "evt-9", body, "n", "RSA-SHA256", "base64"), body); err != nil {
			t.Fatalf("after rotation: %v", err)
		}
		if n := ks.fetches.Load(); n != 2 {
			t.Errorf("%d key fetches, want 2", n)
		}
		// Forgeries right after do not make us fetch the key again.
		for i := range 3 {
			h := stranger.headers(t, fmt.Sprintf("evt-f%d", i), body, "n", "RSA-SHA256", "base64")
			if _, err := v.Verify(ctx, h, body); !errors.Is(err, ErrBadSignature) {
				t.Errorf("forgery err = %v", err)
			}
		}
		if n := ks.fetches.Load(); n != 2 {
			t.Errorf("%d key fetches after forgeries, want still 2", n)
		}
	})
}

func TestMemorySeenStoreEvictsOldest(t *testing.T) {
	s := NewMemorySeenStore(2)
	ctx := context.Background()
	for _, id := range []string{"a", "b", "c"} {
		if first, _ := s.MarkSeen(ctx, id); !first {
			t.Errorf("%s seen before", id)
		}
	}
	if first, _ := s.MarkSeen(ctx, "a"); !first {
		t.Error("a should have been evicted")
	}
	if first, _ := s.MarkSeen(ctx, "c"); first {
		t.Error("c should be remembered")
	}
}

func TestVerificationKeyAsJSONString(t *testing.T) {
	s := newSigner(t)
	quoted, _ := json.Marshal(s.pem())
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) { reply(w, 200, string(quoted)) })
	key, err := f.client().VerificationKey(context.Background())
	if err != nil || !key.Equal(&s.key.PublicKey) {
		t.Fatalf("key = %v, %v", key, err)
	}
}
