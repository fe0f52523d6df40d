package oauth

import (
	"net/http"
	"net/url"
	"slices"

	"tradewind/server/sandbox/core"
	"tradewind/server/sandbox/web"
)

// authorizeRequest is a validated GET/POST /oauth/authorize.
type authorizeRequest struct {
	client      *core.Client
	redirectURI string
	scopes      []string
	state       string
}

// checkAuthorize validates an authorization request. A bad client or
// redirect URI is never redirected to (400 page); other problems are
// redirected back to the client as RFC 6749 errors.
func (s *Server) checkAuthorize(q url.Values) (authorizeRequest, string, *core.OAuthError) {
	var ar authorizeRequest
	err := s.Read(func(st *core.State) error {
		ar.client = st.ClientByID(q.Get("client_id"))
		return nil
	})
	if err != nil || ar.client == nil {
		return ar, "", &core.OAuthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "Invalid or missing parameters: unknown client_id"}
	}
	ar.redirectURI, ar.state = q.Get("redirect_uri"), q.Get("state")
	if !slices.Contains(ar.client.RedirectURIs, ar.redirectURI) {
		return ar, "", &core.OAuthError{Status: http.StatusBadRequest, Err: "invalid_request", Description: "Invalid or missing parameters: redirect_uri is not registered for this client"}
	}
	if q.Get("response_type") != "code" {
		return ar, "unsupported_response_type", nil
	}
	scopes, oerr := core.RequestedScopes(q.Get("scope"), ar.client.Scopes)
	if oerr != nil {
		return ar, "invalid_scope", nil
	}
	ar.scopes = scopes
	return ar, "", nil
}

// redirectBack sends the browser to the client's redirect URI with params.
func redirectBack(w http.ResponseWriter, r *http.Request, ar authorizeRequest, params url.Values) {
	u, _ := url.Parse(ar.redirectURI)
	q := u.Query()
	for k, vs := range params {
		q[k] = vs
	}
	if ar.state != "" {
		q.Set("state", ar.state)
	}
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

type consentData struct {
	ClientName    string
	ClientInitial string
	Company       string
	Account       accountBadge
	Scopes        []string
	Groups        []scopeGroup
	// RedirectHost and RedirectURI say where the browser goes after the decision.
	RedirectHost, RedirectURI string
	Hidden                    map[string]string
	// Here is this page's URL: "Not you? Sign out" comes back to it.
	Here string
}

// accountBadge is the signed-in user as the sign-in and consent pages show it.
type accountBadge struct{ Name, Email, Initials string }

func badgeOf(u *core.User) accountBadge {
	return accountBadge{Name: u.DisplayName(), Email: u.Email, Initials: initials(u.DisplayName())}
}

func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		s.RenderMessage(w, r, http.StatusBadRequest, "Invalid request", "The authorization request could not be read.")
		return
	}
	ar, redirectErr, oerr := s.checkAuthorize(r.Form)
	switch {
	case oerr != nil:
		s.RenderMessage(w, r, http.StatusBadRequest, "Invalid authorization request", oerr.Description)
		return
	case redirectErr != "":
		redirectBack(w, r, ar, url.Values{"error": {redirectErr}})
		return
	}
	u := s.RequireUser(w, r)
	if u == nil {
		return
	}
	if r.Method == http.MethodPost {
		s.decideConsent(w, r, ar, u)
		return
	}
	hidden := map[string]string{"csrf": web.CSRFToken(r)}
	for _, k := range []string{"response_type", "client_id", "redirect_uri", "scope", "state"} {
		hidden[k] = r.Form.Get(k)
	}
	var company string
	_ = s.Read(func(st *core.State) error { company = st.Company.DisplayName; return nil })
	here := s.BasePath() + r.URL.Path
	if r.URL.RawQuery != "" {
		here += "?" + r.URL.RawQuery
	}
	s.Render(w, http.StatusOK, "consent", web.Page{Title: "Authorize " + ar.client.Name, User: u,
		Data: consentData{ClientName: ar.client.Name, ClientInitial: initials(ar.client.Name), Company: company, Account: badgeOf(u), Scopes: ar.scopes,
			Groups: groupScopes(ar.scopes), RedirectHost: redirectHost(ar.redirectURI), RedirectURI: ar.redirectURI,
			Hidden: hidden, Here: here}})
}

func (s *Server) decideConsent(w http.ResponseWriter, r *http.Request, ar authorizeRequest, u *core.User) {
	if r.PostForm.Get("csrf") != web.CSRFToken(r) {
		s.RenderMessage(w, r, http.StatusForbidden, "Request expired", "Reload the authorization page and try again.")
		return
	}
	if r.PostForm.Get("decision") != "allow" {
		redirectBack(w, r, ar, url.Values{"error": {"access_denied"}})
		return
	}
	code := core.NewSecret()
	_ = s.Change(func(tx *core.Txn) error {
		tx.St.Codes[code] = &core.AuthCode{ClientID: ar.client.ID, UserID: u.ID, RedirectURI: ar.redirectURI, Scopes: ar.scopes, Expires: tx.Now.Add(core.CodeTTL)}
		return nil
	})
	redirectBack(w, r, ar, url.Values{"code": {code}})
}

type userInfoJSON struct {
	Sub         string   `json:"sub"`
	ID          string   `json:"id"`
	Email       string   `json:"email"`
	Username    string   `json:"username"`
	FirstName   string   `json:"firstName"`
	LastName    string   `json:"lastName"`
	DisplayName string   `json:"displayName"`
	Title       string   `json:"title"`
	CompanyID   string   `json:"companyId"`
	CompanyName string   `json:"companyName"`
	Scopes      []string `json:"scopes"`
}

// UserInfo describes the acting user: the token's, or for client
// credentials tokens the one named by x-as-user-*.
func (s *Server) UserInfo(w http.ResponseWriter, r *http.Request) {
	tok, err := s.Authenticate(r)
	if err != nil {
		core.WriteAPIError(w, err)
		return
	}
	u, err := s.ResolveActor(r, tok)
	if err != nil {
		core.WriteAPIError(w, err)
		return
	}
	var out userInfoJSON
	_ = s.Read(func(st *core.State) error {
		out = userInfoJSON{Sub: u.ID, ID: u.ID, Email: u.Email, Username: u.Email, FirstName: u.FirstName, LastName: u.LastName,
			DisplayName: u.DisplayName(), Title: u.Title, CompanyID: st.Company.ID, CompanyName: st.Company.Name, Scopes: tok.Scopes}
		return nil
	})
	core.WriteJSON(w, http.StatusOK, out)
}

type entitlementJSON struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Type        string `json:"type"`
	Value       bool   `json:"value"`
}

func (s *Server) CompanyInfo(w http.ResponseWriter, r *http.Request) {
	if _, err := s.Authenticate(r); err != nil {
		core.WriteAPIError(w, err)
		return
	}
	var out core.JSONObject
	_ = s.Read(func(st *core.State) error {
		out = core.JSONObject{{Key: "companyId", Value: st.Company.ID}, {Key: "companyName", Value: st.Company.Name}, {Key: "companyDisplayName", Value: st.Company.DisplayName},
			{Key: "entitlements", Value: map[string]entitlementJSON{
				"publicApi": {Name: "Public API", Description: "Access to the Ironclad public API", Type: "boolean", Value: true},
				"webhooks":  {Name: "Webhooks", Description: "Webhook event subscriptions", Type: "boolean", Value: true},
			}}}
		return nil
	})
	core.WriteJSON(w, http.StatusOK, out)
}
