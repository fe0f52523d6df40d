package oauth

import (
	"net/url"
	"strings"
)

// The consent page explains the requested scopes in plain language, the way
// Ironclad's own authorization screen does: a few groups of permissions,
// with the raw scope ids available for whoever wants to check them.

// scopeGroup is one plain-language permission on the consent page.
type scopeGroup struct {
	Title       string
	Description string
	Icon        string // workflow, control, approval, comment, webhook, other
	Scopes      []string
}

// scopeGroupDefs lists the groups in display order; a scope belongs to the
// first group that names it. Scopes no group names go to "Other".
var scopeGroupDefs = []scopeGroup{
	{Title: "Read and launch workflows", Icon: "workflow",
		Description: "See workflows, their launch forms, documents, participants and history, and launch new workflows.",
		Scopes: []string{"public.workflows.createWorkflows", "public.workflows.readWorkflows", "public.workflows.readSchemas",
			"public.workflows.readDocuments", "public.workflows.createDocuments", "public.workflows.readParticipants",
			"public.workflows.readRoleAssignees", "public.workflows.readTurnHistory", "public.workflows.readEmailCommunications"}},
	{Title: "Update and control workflows", Icon: "control",
		Description: "Edit workflow fields, reassign roles, pause, resume or cancel workflows, and send them back to Review.",
		Scopes: []string{"public.workflows.updateWorkflows", "public.workflows.updateRoleAssignment",
			"public.workflows.revertToReview", "public.workflows.cancel", "public.workflows.pauseAndResume"}},
	{Title: "Manage approvals and signatures", Icon: "approval",
		Description: "See and update approvals; send, schedule, remind, track and cancel signature requests; upload signed copies.",
		Scopes: []string{"public.workflows.readApprovals", "public.workflows.updateApprovals", "public.workflows.readSignatures",
			"public.workflows.readSignStatus", "public.workflows.uploadSignedDocuments", "public.workflows.updateSignaturePacket",
			"public.workflows.createSignatureRecipientUrls", "public.workflows.createEmbeddableSignerUrls",
			"public.workflows.sendSignatureRequests", "public.workflows.cancelSignatureRequests", "public.workflows.deleteSigners",
			"public.workflows.remindSigners", "public.workflows.updateSigners", "public.workflows.scheduleSendSignatureRequest",
			"public.workflows.updateScheduledSignatureRequest", "public.workflows.deleteScheduledSignatureRequest"}},
	{Title: "Read and write comments", Icon: "comment",
		Description: "Read the comments on your workflows and post comments to workflows and records.",
		Scopes:      []string{"public.workflows.readComments", "public.workflows.createComments", "public.records.createComments"}},
	{Title: "Manage webhooks", Icon: "webhook",
		Description: "Create, view, update and delete webhooks that tell the app when your workflows change.",
		Scopes: []string{"public.webhooks.createWebhooks", "public.webhooks.readWebhooks", "public.webhooks.updateWebhooks",
			"public.webhooks.deleteWebhooks"}},
}

// groupScopes sorts the granted scopes into the plain-language groups, in
// the groups' order, leaving out empty groups. Every scope appears once.
func groupScopes(scopes []string) []scopeGroup {
	groupOf := map[string]int{}
	for i, g := range scopeGroupDefs {
		for _, sc := range g.Scopes {
			if _, ok := groupOf[sc]; !ok {
				groupOf[sc] = i
			}
		}
	}
	buckets := make([][]string, len(scopeGroupDefs)+1)
	seen := map[string]bool{}
	for _, sc := range scopes {
		if seen[sc] {
			continue
		}
		seen[sc] = true
		i, ok := groupOf[sc]
		if !ok {
			i = len(scopeGroupDefs)
		}
		buckets[i] = append(buckets[i], sc)
	}
	var out []scopeGroup
	for i, b := range buckets {
		if len(b) == 0 {
			continue
		}
		g := scopeGroup{Title: "Other permissions", Icon: "other", Description: "Additional access to the Ironclad public API."}
		if i < len(scopeGroupDefs) {
			g = scopeGroupDefs[i]
		}
		g.Scopes = b
		out = append(out, g)
	}
	return out
}

// redirectHost is what the consent page shows as the destination: the
// callback's host (with port), or the whole URI if it has none.
func redirectHost(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" {
		return uri
	}
	return u.Host
}

// initials of a display name, for the account badge.
func initials(name string) string {
	var out []rune
	for _, w := range strings.Fields(name) {
		if len(out) == 2 {
			break
		}
		out = append(out, []rune(w)[0])
	}
	return strings.ToUpper(string(out))
}
