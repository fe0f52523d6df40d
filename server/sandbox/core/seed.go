package core

// Deterministic identities: the demo, the Go client's tests and docs rely on
// these exact ids, emails and passwords.
const (
	companyID        = "64b7f0c2a1d3e4f5a6b70001"
	AdminUserID      = "64b7f0c2a1d3e4f5a6b7c001"
	LegalUserID      = "64b7f0c2a1d3e4f5a6b7c002"
	financeUserID    = "64b7f0c2a1d3e4f5a6b7c003"
	integrationUseID = "64b7f0c2a1d3e4f5a6b7c004"
	seedPassword     = "sandbox"

	AdminEmail       = "admin@ironclad.example"
	LegalEmail       = "legal@ironclad.example"
	FinanceEmail     = "finance@ironclad.example"
	IntegrationEmail = "integrations@ironclad.example"
)

// AllScopes is every scope a seeded client may request (API.md §2.7,
// workflow and webhook families plus the records comment scope).
var AllScopes = []string{
	"public.workflows.createWorkflows", "public.workflows.readWorkflows", "public.workflows.updateWorkflows",
	"public.workflows.readApprovals", "public.workflows.updateApprovals", "public.workflows.readSignatures",
	"public.workflows.uploadSignedDocuments", "public.workflows.readParticipants", "public.workflows.readRoleAssignees",
	"public.workflows.updateRoleAssignment", "public.workflows.revertToReview", "public.workflows.cancel",
	"public.workflows.pauseAndResume", "public.workflows.createComments", "public.workflows.readComments",
	"public.workflows.createDocuments", "public.workflows.readDocuments", "public.workflows.updateSignaturePacket",
	"public.workflows.readSchemas", "public.workflows.readTurnHistory", "public.workflows.readEmailCommunications",
	"public.workflows.readSignStatus", "public.workflows.createSignatureRecipientUrls",
	"public.workflows.createEmbeddableSignerUrls", "public.workflows.sendSignatureRequests",
	"public.workflows.cancelSignatureRequests", "public.workflows.deleteSigners", "public.workflows.remindSigners",
	"public.workflows.updateSigners", "public.workflows.scheduleSendSignatureRequest",
	"public.workflows.updateScheduledSignatureRequest", "public.workflows.deleteScheduledSignatureRequest",
	"public.records.createComments",
	"public.webhooks.createWebhooks", "public.webhooks.readWebhooks", "public.webhooks.updateWebhooks",
	"public.webhooks.deleteWebhooks",
}

// seedState builds the initial company: users, groups, the configured OAuth
// client and the published templates.
func seedState(cfg *Config) *State {
	st := &State{
		Company: company{ID: companyID, Name: "tradewind-sandbox", DisplayName: "Tradewind Sandbox Co."},
		Users: []*User{
			{ID: AdminUserID, Email: AdminEmail, FirstName: "Avery", LastName: "Admin", Title: "Contracts Administrator", Password: seedPassword},
			{ID: LegalUserID, Email: LegalEmail, FirstName: "Lee", LastName: "Legal", Title: "Counsel", Password: seedPassword},
			{ID: financeUserID, Email: FinanceEmail, FirstName: "Frankie", LastName: "Finance", Title: "Controller", Password: seedPassword},
			{ID: integrationUseID, Email: IntegrationEmail, FirstName: "Integration", LastName: "User", Password: seedPassword},
		},
		Groups: []*group{
			{ID: "64b7f0c2a1d3e4f5a6b7d001", Name: "Admins", Members: []string{AdminUserID, integrationUseID}, APIManagement: true},
			{ID: "64b7f0c2a1d3e4f5a6b7d002", Name: "Legal", Members: []string{LegalUserID}},
			{ID: "64b7f0c2a1d3e4f5a6b7d003", Name: "Finance", Members: []string{financeUserID}},
		},
		Clients: []*Client{{
			ID: cfg.ClientID, Secret: cfg.ClientSecret, Name: "Tradewind",
			RedirectURIs: append([]string(nil), cfg.RedirectURIs...), Scopes: AllScopes,
		}},
		Jobs:     map[string]*asyncJob{},
		Codes:    map[string]*AuthCode{},
		Tokens:   map[string]*AccessToken{},
		Refresh:  map[string]*RefreshToken{},
		Sessions: map[string]string{},
	}
	for _, s := range seedDesigns() {
		d := &design{ID: s.designID, Form: s.form}
		st.Designs = append(st.Designs, d)
		st.publish(d, s.templateID)
	}
	return st
}

// publish freezes the design's form as a new template id and retires the
// version it replaces.
func (st *State) publish(d *design, templateID string) *Template {
	if old := st.TemplateByID(d.PublishedID); old != nil {
		old.Retired = true
	}
	t := &Template{ID: templateID, DesignID: d.ID, Form: d.Form.clone()}
	st.Templates = append(st.Templates, t)
	d.PublishedID = t.ID
	d.Edited = false
	return t
}
