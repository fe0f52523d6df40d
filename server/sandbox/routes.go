package sandbox

import (
	"net/http"

	"github.com/google/uuid"

	"tradewind/server/sandbox/api"
	"tradewind/server/sandbox/console"
	"tradewind/server/sandbox/control"
	"tradewind/server/sandbox/core"
	"tradewind/server/sandbox/oauth"
	"tradewind/server/sandbox/web"
)

// routes is every path the sandbox serves, relative to its root: OAuth,
// sign-in, the public API (whose endpoints and scopes are api's table),
// the console and the control API.
func routes(sim *core.Sim) http.Handler {
	pages := web.New(sim)
	auth := oauth.New(pages)
	cons := console.New(pages)
	ctl := control.New(sim)
	mux := http.NewServeMux()

	mux.HandleFunc("GET /oauth/authorize", auth.Authorize)
	mux.HandleFunc("POST /oauth/authorize", auth.Authorize)
	mux.HandleFunc("POST /oauth/token", auth.Token)
	mux.HandleFunc("GET /oauth/userinfo", auth.UserInfo)
	mux.HandleFunc("GET /oauth/company-info", auth.CompanyInfo)

	mux.HandleFunc("GET /login", pages.LoginPage)
	mux.HandleFunc("POST /login", pages.Login)
	mux.HandleFunc("POST /logout", pages.Logout)
	mux.HandleFunc("GET /assets/sandbox.css", pages.Stylesheet)

	mux.Handle(api.Prefix+"/", api.New(sim))

	mux.HandleFunc("GET /console", cons.Workflows)
	mux.HandleFunc("GET /console/workflows/{id}", cons.Workflow)
	mux.HandleFunc("POST /console/workflows/{id}/actions", cons.WorkflowAction)
	mux.HandleFunc("GET /console/templates", cons.Templates)
	mux.HandleFunc("GET /console/templates/{id}", cons.Template)
	mux.HandleFunc("POST /console/templates/{id}/fields", cons.EditTemplate)
	mux.HandleFunc("POST /console/templates/{id}/publish", cons.PublishTemplate)
	mux.HandleFunc("GET /console/webhooks", cons.Webhooks)
	mux.HandleFunc("POST /console/webhooks/faults", cons.PutWebhookFaults)

	mux.HandleFunc("GET /_control/events", ctl.GetEvents)
	mux.HandleFunc("GET /_control/faults", ctl.GetFaults)
	mux.HandleFunc("PUT /_control/faults", ctl.PutFaults)
	mux.HandleFunc("GET /_control/rate-limits", ctl.GetRateLimits)
	mux.HandleFunc("PUT /_control/rate-limits", ctl.PutRateLimits)
	mux.HandleFunc("POST /_control/tokens/revoke", ctl.RevokeTokens)
	mux.HandleFunc("POST /_control/tokens/expire", ctl.ExpireTokens)
	mux.HandleFunc("GET /_control/clients", ctl.GetClients)
	mux.HandleFunc("PUT /_control/clients", ctl.PutClient)
	mux.HandleFunc("POST /_control/workflows", ctl.LaunchWorkflow)
	mux.HandleFunc("POST /_control/workflows/{id}/actions", ctl.WorkflowAction)
	mux.HandleFunc("GET /_control/templates", ctl.GetTemplates)
	mux.HandleFunc("POST /_control/templates/{id}/fields", ctl.EditTemplate)
	mux.HandleFunc("POST /_control/templates/{id}/publish", ctl.PublishTemplate)
	mux.HandleFunc("GET /_control/webhooks/faults", ctl.GetWebhookFaults)
	mux.HandleFunc("PUT /_control/webhooks/faults", ctl.PutWebhookFaults)
	mux.HandleFunc("GET /_control/webhooks/deliveries", ctl.GetDeliveries)

	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, sim.BasePath()+"/console", http.StatusFound)
	})
	return withRequestID(mux)
}

// withRequestID stamps every response with Ironclad's request id headers.
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := uuid.NewString()
		w.Header().Set("x-ironclad-requestid", id)
		w.Header().Set("x-response-id", id)
		next.ServeHTTP(w, r)
	})
}
