/**
 * Answers a person has typed but not yet sent, kept in the tab's session storage so that a reload, Back or
 * a check-answers page does not lose them. Only for forms whose product has no server-side draft; nothing
 * is kept after the tab closes, so a shared computer does not keep another person's answers.
 */
export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const prefix = "draft:";

const store = (): DraftStore | undefined => {
  try {
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    // Storage can be refused (privacy settings): the form still works, it just forgets on reload.
    return undefined;
  }
};

/** The saved answers for a form, merged over its defaults (fields the form no longer has are dropped). */
export function readDraft<V extends object>(key: string, defaults: V, from = store()): V {
  const raw = from?.getItem(prefix + key);
  if (!raw) return defaults;
  try {
    const saved = JSON.parse(raw) as Record<string, unknown>;
    const known = Object.keys(defaults);
    return { ...defaults, ...Object.fromEntries(Object.entries(saved).filter(([k]) => known.includes(k))) };
  } catch {
    return defaults;
  }
}

/** Keeps a form's answers for this tab. */
export function writeDraft(key: string, values: object, to = store()): void {
  try {
    to?.setItem(prefix + key, JSON.stringify(values));
  } catch {
    // Full or refused storage: the answers are still on the page.
  }
}

/** Forgets a form's answers (after they were sent, or when the person starts again). */
export function clearDraft(key: string, from = store()): void {
  from?.removeItem(prefix + key);
}
