/**
 * Which sheets the add-in created, so it replaces only its own sheets and never deletes a
 * user's sheet that happens to share a name (PRODUCT.md §2 «Nothing is lost»). Both
 * adapters keep the list in their state under OWNED_KEY.
 */
export const OWNED_KEY = "kvm.owned";

export function parseOwned(text: string | null | undefined): string[] {
  try {
    const v: unknown = JSON.parse(text ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** Which sheet a model goes to: its own name, or "Name (2)" when a user sheet has that name. */
export function chooseName(base: string, exists: (n: string) => boolean, owned: (n: string) => boolean): string {
  const name = base.slice(0, 31);
  if (!exists(name) || owned(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const cand = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!exists(cand) || owned(cand)) return cand;
  }
}
