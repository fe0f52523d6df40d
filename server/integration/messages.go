package integration

import (
	"strings"

	"tradewind/ent/connection"
)

// apiManagementFix is how an Ironclad administrator gives the integration
// user what Tradewind needs (the seed article's wording).
const apiManagementFix = "In Ironclad, go to Company Settings > Groups, select the group the integration user belongs to " +
	"(for example, Administrators), and under Admin Permissions set API Management and Users & Groups Administration to Yes — " +
	"or ask an Ironclad administrator to move the integration user to a group that has them. Then click Connect again."

// failureMessage is the sentence a procurement admin reads for a failed
// Connect, a failed check or a dead grant.
func failureMessage(code connection.LastErrorCode, detail string) string {
	switch code {
	case connection.LastErrorCodeACCESS_DENIED:
		return "Tradewind was not given access: Deny was clicked on Ironclad's consent page. Click Connect and choose Allow Access to finish connecting."
	case connection.LastErrorCodeMISSING_API_MANAGEMENT:
		who := "The Ironclad user who allowed access"
		if detail != "" {
			who = "The Ironclad user " + detail
		}
		return who + " belongs to a group without API Management, so Ironclad refused to create the webhook Tradewind uses " +
			"to follow approvals, signatures and comments in real time. Nothing was saved. " + apiManagementFix
	case connection.LastErrorCodeMISSING_SCOPES:
		return "Ironclad did not grant every permission Tradewind asks for (missing: " + detail + "). Nothing was saved. " +
			"Make sure the OAuth client in Ironclad may use these scopes, then click Connect and allow all of them."
	case connection.LastErrorCodeINVALID_STATE:
		return "The sign-in with Ironclad could not be matched to your Connect click: the link expired (after 10 minutes), " +
			"was already used, or was started by another Tradewind user. Nothing was changed. Click Connect again."
	case connection.LastErrorCodeAUTHORIZATION_FAILED:
		return "Ironclad refused to finish the authorization (" + detail + "). Check the OAuth client id and secret, and that the " +
			"client's redirect URI in Ironclad is exactly the one shown on this page, then click Connect again."
	case connection.LastErrorCodeIRONCLAD_UNREACHABLE:
		return "Tradewind could not reach Ironclad (" + detail + "). Nothing was changed. Try again in a few minutes."
	case connection.LastErrorCodeRECONNECT_NEEDED:
		return "Ironclad no longer accepts this connection's authorization (it was revoked or expired). Click Reconnect and Allow Access; " +
			"imported workflows and mappings are kept."
	default:
		return "Tradewind could not register or repair its webhook in Ironclad (" + detail + "). Click Test connection to try again."
	}
}

func joinScopes(scopes []string) string { return strings.Join(scopes, ", ") }
