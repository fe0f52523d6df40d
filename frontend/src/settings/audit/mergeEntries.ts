interface Entry {
  id: string;
  createdAt: string;
}

/**
 * Live entries on top of the loaded page, newest first, each once: an entry
 * can arrive by subscription and again in a refetched page.
 */
export function mergeEntries<T extends Entry>(live: readonly T[], loaded: readonly T[], limit = 200): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const entry of [...live, ...loaded]) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    merged.push(entry);
  }
  merged.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return merged.slice(0, limit);
}
