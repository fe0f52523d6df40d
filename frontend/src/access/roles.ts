/** Who may see what. The server enforces it; the SPA only avoids showing dead ends. */
export type Role = "ADMIN" | "REQUESTER" | "VIEWER";

export type Section = "requests" | "workflows" | "requestForms" | "integrations" | "dashboard" | "settings" | "api";

export interface NavItem {
  section: Section;
  label: string;
  path: string;
}

/** The main navigation, in the order the shell shows it. */
export const navItems: readonly NavItem[] = [
  { section: "requests", label: "Requests", path: "/requests" },
  { section: "workflows", label: "Workflows", path: "/workflows" },
  { section: "requestForms", label: "Request Forms", path: "/request-forms" },
  { section: "integrations", label: "Integrations", path: "/integrations" },
  { section: "dashboard", label: "Dashboard", path: "/dashboard" },
  { section: "settings", label: "Settings", path: "/settings" },
];

// Requesters fill request forms and follow their requests; configuring
// Tradewind (workflows, forms, Ironclad, settings) is for admins, and viewers
// may look at it without changing it. The API guide and explorer ("api", not
// in the navigation: linked from Settings → API tokens) go with API tokens.
const sectionsByRole: Record<Role, ReadonlySet<Section>> = {
  ADMIN: new Set(["requests", "workflows", "requestForms", "integrations", "dashboard", "settings", "api"]),
  VIEWER: new Set(["requests", "workflows", "requestForms", "integrations", "dashboard", "settings", "api"]),
  REQUESTER: new Set(["requests", "dashboard"]),
};

export function canOpen(role: Role, section: Section): boolean {
  return sectionsByRole[role].has(section);
}

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => canOpen(role, item.section));
}

/** Whether the role may change configuration, not just look at it. */
export function canManage(role: Role): boolean {
  return role === "ADMIN";
}

/** Whether the role submits requests: viewers only look. */
export function canSubmitRequests(role: Role): boolean {
  return role === "ADMIN" || role === "REQUESTER";
}

export type SettingsSection = "users" | "apiTokens" | "password" | "auditLog";

export interface SettingsItem {
  section: SettingsSection;
  label: string;
  path: string;
}

export const settingsItems: readonly SettingsItem[] = [
  { section: "users", label: "Users", path: "/settings/users" },
  { section: "apiTokens", label: "API tokens", path: "/settings/api-tokens" },
  { section: "password", label: "Password", path: "/settings/password" },
  { section: "auditLog", label: "Audit log", path: "/settings/audit-log" },
];

const settingsByRole: Record<Role, ReadonlySet<SettingsSection>> = {
  ADMIN: new Set(["users", "apiTokens", "password", "auditLog"]),
  VIEWER: new Set(["apiTokens", "password"]),
  REQUESTER: new Set(),
};

export function canOpenSettings(role: Role, section: SettingsSection): boolean {
  return canOpen(role, "settings") && settingsByRole[role].has(section);
}

export function settingsItemsFor(role: Role): SettingsItem[] {
  return settingsItems.filter((item) => canOpenSettings(role, item.section));
}

export const roleLabels: Record<Role, string> = {
  ADMIN: "Admin",
  REQUESTER: "Requester",
  VIEWER: "Viewer",
};

/** What each role means, for pickers and hints. */
export const roleDescriptions: Record<Role, string> = {
  ADMIN: "Connects Ironclad, builds forms and workflows, manages users.",
  REQUESTER: "Submits requests and follows their progress.",
  VIEWER: "Sees everything, changes nothing.",
};

/** Accepts the server's spelling either way ("admin" or "ADMIN"). */
export function parseRole(value: unknown): Role | null {
  const upper = typeof value === "string" ? value.toUpperCase() : "";
  return upper === "ADMIN" || upper === "REQUESTER" || upper === "VIEWER" ? upper : null;
}
