import type { Adapter, AdapterPayload } from "oidc-provider";

interface Entry {
  payload: AdapterPayload;
  expiresAt: number | undefined;
}

/** The models whose records hang off a grant, so revoking a grant removes each of them. */
const grantBound = [
  "AccessToken",
  "AuthorizationCode",
  "RefreshToken",
  "DeviceCode",
  "BackchannelAuthenticationRequest",
];

/**
 * The provider's storage, in memory: sessions, grants, codes and tokens. Unlike oidc-provider's own
 * memory adapter it can find every grant and session of one person, which "sign out everywhere" needs.
 * A restart forgets it all (people sign in again); the signing key is what persists.
 */
export const createMemoryStore = () => {
  const entries = new Map<string, Entry>();
  const key = (model: string, id: string) => `${model}:${id}`;
  const live = (k: string): AdapterPayload | undefined => {
    const entry = entries.get(k);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      entries.delete(k);
      return undefined;
    }
    return entry.payload;
  };
  const revokeGrant = (grantId: string) => {
    for (const [k, entry] of entries) {
      if (entry.payload.grantId === grantId && grantBound.some((m) => k.startsWith(`${m}:`)))
        entries.delete(k);
    }
    entries.delete(key("Grant", grantId));
  };

  const adapterFor = (model: string): Adapter => ({
    upsert: (id, payload, expiresIn) => {
      entries.set(key(model, id), {
        payload,
        expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined,
      });
      return Promise.resolve();
    },
    find: (id) => Promise.resolve(live(key(model, id))),
    findByUid: (uid) => {
      for (const [k, entry] of entries) {
        if (k.startsWith(`${model}:`) && entry.payload.uid === uid) return Promise.resolve(live(k));
      }
      return Promise.resolve(undefined);
    },
    findByUserCode: (userCode) => {
      for (const [k, entry] of entries) {
        if (k.startsWith(`${model}:`) && entry.payload.userCode === userCode) return Promise.resolve(live(k));
      }
      return Promise.resolve(undefined);
    },
    consume: (id) => {
      const entry = entries.get(key(model, id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
      return Promise.resolve();
    },
    destroy: (id) => {
      entries.delete(key(model, id));
      return Promise.resolve();
    },
    revokeByGrantId: (grantId) => {
      revokeGrant(grantId);
      return Promise.resolve();
    },
  });

  return {
    adapterFor,
    /** Revokes every grant (so every refresh and access token) and ends every session of one person. */
    signOutEverywhere: (accountId: string): number => {
      let grants = 0;
      for (const [k, entry] of [...entries]) {
        if (entry.payload.accountId !== accountId) continue;
        if (k.startsWith("Grant:")) {
          revokeGrant(k.slice("Grant:".length));
          grants += 1;
        } else if (k.startsWith("Session:")) entries.delete(k);
      }
      return grants;
    },
  };
};

/** The provider's storage. */
export type MemoryStore = ReturnType<typeof createMemoryStore>;
