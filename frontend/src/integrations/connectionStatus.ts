import type {
  ConnectionEnvironment,
  ConnectionLastErrorCode,
  ConnectionStatus,
  ConnectionWebhookStatus,
} from "../gql/graphql";

export interface StatusLook {
  label: string;
  color: string;
}

/** The badge every connection wears. */
export const connectionStatusLook: Record<ConnectionStatus, StatusLook> = {
  PENDING: { label: "Not connected", color: "gray" },
  CONNECTED: { label: "Connected", color: "green" },
  NEEDS_ATTENTION: { label: "Needs attention", color: "orange" },
  RECONNECT_NEEDED: { label: "Reconnect needed", color: "red" },
  DISCONNECTED: { label: "Disconnected", color: "gray" },
};

export const webhookStatusLook: Record<ConnectionWebhookStatus, StatusLook> = {
  NONE: { label: "Not registered", color: "gray" },
  ACTIVE: { label: "Active", color: "green" },
  DISABLED: { label: "Disabled in Ironclad", color: "orange" },
  REFUSED: { label: "Refused by Ironclad", color: "red" },
};

export const environmentLabels: Record<ConnectionEnvironment, string> = {
  SANDBOX: "Built-in sandbox",
  NA: "North America",
  EU: "Europe",
  DEMO: "Ironclad Demo",
  CUSTOM: "Custom",
};

/** What the Ironclad card on the Integrations page says, from every connection's status. */
export function overallStatus(statuses: readonly ConnectionStatus[]): StatusLook {
  if (statuses.includes("RECONNECT_NEEDED")) return connectionStatusLook.RECONNECT_NEEDED;
  if (statuses.includes("NEEDS_ATTENTION")) return connectionStatusLook.NEEDS_ATTENTION;
  if (statuses.includes("CONNECTED")) return connectionStatusLook.CONNECTED;
  if (statuses.includes("DISCONNECTED")) return connectionStatusLook.DISCONNECTED;
  return connectionStatusLook.PENDING;
}

/** Whether Ironclad can be called through this connection (Import Forms, Test connection, Re-sync). */
export function isUsable(status: ConnectionStatus): boolean {
  return status === "CONNECTED" || status === "NEEDS_ATTENTION";
}

/** Connect for a connection that never was or no longer is; Reconnect otherwise. */
export function connectLabel(status: ConnectionStatus): "Connect" | "Reconnect" {
  return status === "PENDING" || status === "DISCONNECTED" ? "Connect" : "Reconnect";
}

export interface ConnectResult {
  ok: boolean;
  title: string;
  /** What happened, when the server has no sentence of its own. */
  fallback: string;
  /** Steps that fix it in Ironclad, if any. */
  fix: string[];
}

const apiManagementFix = [
  "In Ironclad, go to Company Settings > Groups.",
  "Select the group the integration user belongs to (for example, Administrators).",
  "Under Admin Permissions, set API Management and Users & Groups Administration to Yes — or ask an Ironclad administrator to move the integration user to a group that has them.",
  "Come back here and click Connect again.",
];

const results: Record<ConnectionLastErrorCode, Omit<ConnectResult, "ok">> = {
  ACCESS_DENIED: {
    title: "Ironclad access was not allowed",
    fallback: "Deny was clicked on Ironclad's consent page, so Tradewind was not given access. Nothing was saved.",
    fix: ["Click Connect and choose Allow Access on Ironclad's page."],
  },
  MISSING_API_MANAGEMENT: {
    title: "The Ironclad user needs API Management",
    fallback:
      "Ironclad refused to create the webhook Tradewind uses to follow approvals, signatures and comments, because the Ironclad user you signed in with belongs to a group without API Management. Nothing was saved.",
    fix: apiManagementFix,
  },
  MISSING_SCOPES: {
    title: "Ironclad did not grant every permission Tradewind needs",
    fallback: "Some permissions Tradewind asked for were not granted.",
    fix: [
      "Make sure the OAuth client in Ironclad (Company Settings > API > OAuth) may use every permission listed below.",
      "Click Connect again and allow every requested permission.",
    ],
  },
  INVALID_STATE: {
    title: "The Ironclad sign-in link expired",
    fallback: "The sign-in link was already used, expired after 10 minutes, or was started by another Tradewind user.",
    fix: ["Click Connect again and finish in Ironclad within 10 minutes."],
  },
  AUTHORIZATION_FAILED: {
    title: "Ironclad refused Tradewind's OAuth client",
    fallback: "Ironclad did not accept Tradewind's OAuth client id, secret or redirect address.",
    fix: [
      "In Ironclad, open Company Settings > API > OAuth and check the client id and secret entered in Tradewind.",
      "Make sure the client's redirect URI is this Tradewind's /auth/ironclad/callback address.",
    ],
  },
  IRONCLAD_UNREACHABLE: {
    title: "Ironclad could not be reached",
    fallback: "Ironclad did not answer or answered with an error.",
    fix: ["Try again in a few minutes."],
  },
  RECONNECT_NEEDED: {
    title: "Ironclad needs you to reconnect",
    fallback: "Ironclad no longer accepts Tradewind's access (it was revoked or expired).",
    fix: ["Click Reconnect and choose Allow Access."],
  },
  WEBHOOK_FAILED: {
    title: "Ironclad's webhook could not be set up",
    fallback: "Tradewind could not register the webhook it uses to follow approvals, signatures and comments.",
    fix: ["Click Test connection to try again, or Reconnect."],
  },
};

const knownCodes = new Set(Object.keys(results));

/**
 * Reads where the OAuth callback sent the browser back:
 * /integrations/ironclad?connection=<id>&result=ok|<ConnectionLastErrorCode>.
 */
export function parseConnectResult(
  params: URLSearchParams,
): { connectionID: string | null; result: ConnectResult } | null {
  const raw = params.get("result");
  if (!raw) return null;
  const connectionID = params.get("connection");
  if (raw === "ok") {
    return {
      connectionID,
      result: { ok: true, title: "Connected to Ironclad", fallback: "Tradewind can now use Ironclad.", fix: [] },
    };
  }
  const code = knownCodes.has(raw) ? (raw as ConnectionLastErrorCode) : null;
  const info = code
    ? results[code]
    : {
        title: "Connecting to Ironclad did not finish",
        fallback: "Ironclad answered something unexpected.",
        fix: ["Click Connect to try again."],
      };
  return { connectionID, result: { ok: false, ...info } };
}

export function resultFor(code: ConnectionLastErrorCode): ConnectResult {
  return { ok: false, ...results[code] };
}

/** Two copies of one connection (a query's and a live update's): the newer wins. */
export function newer<T extends { updatedAt: string }>(a: T, b: T | undefined): T {
  if (!b) return a;
  return Date.parse(b.updatedAt) >= Date.parse(a.updatedAt) ? b : a;
}
