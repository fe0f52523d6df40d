import type { FieldChangeKind } from "../gql/graphql";

export interface Change {
  kind: FieldChangeKind;
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  affectedMappingCount: number;
}

export interface ChangeGroup {
  kind: FieldChangeKind;
  title: string;
  color: string;
  changes: Change[];
}

const order: FieldChangeKind[] = ["ADDED", "REMOVED", "RENAMED", "RETYPED", "OPTIONS_CHANGED", "REQUIREMENT_CHANGED"];

const look: Record<FieldChangeKind, { one: string; many: string; color: string }> = {
  ADDED: { one: "1 field added", many: "fields added", color: "green" },
  REMOVED: { one: "1 field removed", many: "fields removed", color: "red" },
  RENAMED: { one: "1 field renamed", many: "fields renamed", color: "blue" },
  RETYPED: { one: "1 field changed type", many: "fields changed type", color: "orange" },
  OPTIONS_CHANGED: { one: "Choices changed on 1 field", many: "Choices changed on {n} fields", color: "grape" },
  REQUIREMENT_CHANGED: { one: "1 field changed required", many: "fields changed required", color: "cyan" },
};

function title(kind: FieldChangeKind, n: number): string {
  const l = look[kind];
  if (n === 1) return l.one;
  return l.many.includes("{n}") ? l.many.replace("{n}", String(n)) : `${n} ${l.many}`;
}

/** Changes grouped by kind, in a fixed order (added first), each group sorted by label. */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  return order.flatMap((kind) => {
    const of = changes.filter((c) => c.kind === kind).sort((a, b) => a.label.localeCompare(b.label));
    return of.length === 0 ? [] : [{ kind, title: title(kind, of.length), color: look[kind].color, changes: of }];
  });
}

/** "3 changes: 1 added, 1 renamed, 1 retyped". */
export function summarize(changes: readonly Change[]): string {
  if (changes.length === 0) return "No changes";
  const words: Record<FieldChangeKind, string> = {
    ADDED: "added",
    REMOVED: "removed",
    RENAMED: "renamed",
    RETYPED: "type changed",
    OPTIONS_CHANGED: "choices changed",
    REQUIREMENT_CHANGED: "required changed",
  };
  const parts = order.flatMap((k) => {
    const n = changes.filter((c) => c.kind === k).length;
    return n === 0 ? [] : [`${n} ${words[k]}`];
  });
  return `${changes.length} ${changes.length === 1 ? "change" : "changes"}: ${parts.join(", ")}`;
}

/** Share of the imported fields found again, as "87%". */
export function matchPercent(score: number | null): string | null {
  if (score === null || Number.isNaN(score)) return null;
  return `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;
}
