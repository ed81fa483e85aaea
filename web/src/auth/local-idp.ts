import { isRole, type Role } from "#shared/auth/role-names.ts";
import { apiErrorFrom } from "../api/api-error.ts";
import { type Session, sessionStore } from "./session-store.ts";

/** A seeded demo user the local identity provider can sign in as. */
export interface DemoUser {
  id: string;
  name: string;
  role: Role;
  description: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

// The local identity provider is part of the local stack, not the API, so its answers are checked here;
// by hand, because the sign-in page is a first page and must not carry zod (ADR 0021).
const isUser = (value: unknown): value is Omit<DemoUser, "description"> =>
  isObject(value) && typeof value.id === "string" && typeof value.name === "string" && isRole(value.role);

const isDemoUser = (value: unknown): value is DemoUser =>
  isUser(value) && typeof (value as Record<string, unknown>).description === "string";

const unexpected = () =>
  new Error("The local identity provider gave an answer the portal does not understand");

/** `GET /__local/idp/users`: the people the local "sign in as" page offers. */
export async function fetchDemoUsers(signal?: AbortSignal): Promise<DemoUser[]> {
  const response = await fetch("/__local/idp/users", {
    headers: { accept: "application/json" },
    ...(signal === undefined ? {} : { signal }),
  });
  if (!response.ok) throw await apiErrorFrom(response);
  const users: unknown = await response.json();
  if (!Array.isArray(users) || !users.every(isDemoUser)) throw unexpected();
  return users;
}

/** `POST /__local/idp/token`: signs in as a demo user and starts the session. */
export async function signInLocally(userId: string): Promise<Session> {
  const response = await fetch("/__local/idp/token", {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw await apiErrorFrom(response);
  const answer: unknown = await response.json();
  if (
    !isObject(answer) ||
    typeof answer.idToken !== "string" ||
    answer.idToken === "" ||
    !isUser(answer.user)
  ) {
    throw unexpected();
  }
  const { user } = answer;
  return sessionStore.start(answer.idToken, { id: user.id, name: user.name, role: user.role });
}
