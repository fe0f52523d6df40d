package ironclad

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/oauth2"
)

// sandboxPrefix puts the fake under a path, as the real sandbox is mounted,
// so every test also proves custom base URLs with a path work.
const sandboxPrefix = "/ironclad-sandbox"

// exchange is one request the fake received.
type exchange struct {
	method string
	path   string // below the API root or /oauth, as the client wrote it
	query  string
	header http.Header
	body   string
	at     time.Time
}

// fakeIronclad is an httptest server answering with a scripted handler;
// n counts the requests it has received so far (0 for the first).
type fakeIronclad struct {
	srv *httptest.Server

	mu    sync.Mutex
	calls []exchange
}

func newFake(t *testing.T, handle func(w http.ResponseWriter, r *http.Request, n int)) *fakeIronclad {
	t.Helper()
	f := &fakeIronclad{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body)) // handlers may read it again
		path := strings.TrimPrefix(r.URL.EscapedPath(), sandboxPrefix)
		path = strings.TrimPrefix(path, apiPrefix)
		f.mu.Lock()
		n := len(f.calls)
		f.calls = append(f.calls, exchange{method: r.Method, path: path, query: r.URL.RawQuery,
			header: r.Header.Clone(), body: string(body), at: time.Now()})
		f.mu.Unlock()
		handle(w, r, n)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeIronclad) baseURL() string { return f.srv.URL + sandboxPrefix }

func (f *fakeIronclad) received() []exchange {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]exchange(nil), f.calls...)
}

// fastRetry keeps the retry tests in milliseconds.
func fastRetry() RetryPolicy {
	return RetryPolicy{MaxAttempts: 4, BaseDelay: time.Millisecond, MaxDelay: 5 * time.Millisecond,
		AttemptTimeout: 2 * time.Second, MaxRetryAfter: 3 * time.Second}
}

const testAccessToken = "at-secret-value-never-logged"

// client returns a client of the fake with a static token.
func (f *fakeIronclad) client(adjust ...func(*Options)) *Client {
	opts := Options{
		BaseURL:     f.baseURL(),
		TokenSource: oauth2.StaticTokenSource(&oauth2.Token{AccessToken: testAccessToken}),
		Retry:       fastRetry(),
	}
	for _, a := range adjust {
		a(&opts)
	}
	return New(opts)
}

// reply writes an Ironclad-looking response.
func reply(w http.ResponseWriter, status int, body string) {
	w.Header().Set("x-ironclad-requestid", "req-0001")
	if body != "" {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
	}
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}
