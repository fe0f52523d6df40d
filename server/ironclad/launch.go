package ironclad

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"time"
)

// LaunchRequest launches a workflow from a template.
type LaunchRequest struct {
	Template string `json:"template"`
	// Attributes are launch-form answers keyed by attribute id, in the
	// formats of API.md §5.3; counterpartyName is always required.
	Attributes map[string]any `json:"attributes"`
	// Creator is needed only with legacy tokens; OAuth tokens act as their user.
	Creator *Creator `json:"creator,omitempty"`
	// UseDefaultValues fills unanswered fields from the launch form's defaults.
	UseDefaultValues bool `json:"-"`
}

// Creator names a user in bodies that take one: {type:"email",email} or {type:"id",id}.
type Creator struct {
	Type  string `json:"type"`
	Email string `json:"email,omitempty"`
	ID    string `json:"id,omitempty"`
}

func (r LaunchRequest) query() url.Values {
	if !r.UseDefaultValues {
		return nil
	}
	return url.Values{"useDefaultValues": {"true"}}
}

// LaunchWorkflow launches synchronously. Complex templates can take long
// enough to time out, and a timed-out launch may still have happened, so it
// is never retried after an uncertain attempt: the error then wraps
// ErrOutcomeUnknown. Prefer LaunchWorkflowAsync with WaitForAsyncJob.
func (c *Client) LaunchWorkflow(ctx context.Context, r LaunchRequest) (*Workflow, error) {
	return fetch[Workflow](ctx, c, call{method: "POST", path: "/workflows", query: r.query(), body: r})
}

// AsyncJob is an accepted asynchronous launch.
type AsyncJob struct {
	ID        string `json:"asyncJobId"`
	StatusURL string `json:"asyncJobStatusUrl"`
}

// LaunchWorkflowAsync queues a launch and returns at once. Store the job id
// before anything else: polling it is safe to repeat, unlike the launch.
func (c *Client) LaunchWorkflowAsync(ctx context.Context, r LaunchRequest) (*AsyncJob, error) {
	return fetch[AsyncJob](ctx, c, call{method: "POST", path: "/workflows/async", query: r.query(), body: r})
}

// Async job statuses.
const (
	JobInProgress = "in_progress"
	JobSuccess    = "success"
	JobFailed     = "failed"
)

// AsyncJobStatus is the state of an asynchronous launch.
type AsyncJobStatus struct {
	Status         string          `json:"status"`
	RequestPayload json.RawMessage `json:"requestPayload,omitempty"`
	WorkflowURLs   *WorkflowURLs   `json:"workflowUrls,omitempty"`
	// Workflow is present on success in the spec; real Ironclad may send
	// only WorkflowURLs, so use WorkflowID.
	Workflow *Workflow      `json:"workflow,omitempty"`
	Error    *AsyncJobError `json:"error,omitempty"`
}

// WorkflowURLs point at a launched workflow.
type WorkflowURLs struct {
	BrowserURL string `json:"browserUrl"`
	APIURL     string `json:"apiUrl"`
}

// WorkflowID is the launched workflow's id, from the workflow or its API URL.
func (s *AsyncJobStatus) WorkflowID() string {
	if s.Workflow != nil && s.Workflow.ID != "" {
		return s.Workflow.ID
	}
	if s.WorkflowURLs == nil || s.WorkflowURLs.APIURL == "" {
		return ""
	}
	u, err := url.Parse(s.WorkflowURLs.APIURL)
	if err != nil {
		return ""
	}
	return path.Base(u.Path)
}

// AsyncJobError is why an asynchronous launch failed.
type AsyncJobError struct {
	Code        string `json:"code"`
	Message     string `json:"message"`
	Param       string `json:"param,omitempty"`
	RedirectURL string `json:"redirectUrl,omitempty"` // the launch form in Ironclad's UI
}

func (e *AsyncJobError) Error() string {
	msg := fmt.Sprintf("ironclad: launch failed: %s: %s", e.Code, e.Message)
	if e.Param != "" {
		msg += " (param " + e.Param + ")"
	}
	return msg
}

// GetAsyncJob returns the state of an asynchronous launch.
func (c *Client) GetAsyncJob(ctx context.Context, jobID string) (*AsyncJobStatus, error) {
	return fetch[AsyncJobStatus](ctx, c, call{method: "GET", path: pathf("/workflows/async/%s", jobID)})
}

// WaitForAsyncJob polls a job every interval until it succeeds or fails. A
// failed launch returns the status and its *AsyncJobError.
func (c *Client) WaitForAsyncJob(ctx context.Context, jobID string, interval time.Duration) (*AsyncJobStatus, error) {
	for {
		st, err := c.GetAsyncJob(ctx, jobID)
		if err != nil {
			return nil, err
		}
		switch st.Status {
		case JobSuccess:
			return st, nil
		case JobFailed:
			if st.Error == nil {
				st.Error = &AsyncJobError{Code: "UNKNOWN", Message: "launch failed without a reason"}
			}
			return st, st.Error
		}
		if err := sleep(ctx, interval); err != nil {
			return st, err
		}
	}
}
