import * as z from "zod";
import { roleSchema } from "#shared/auth/roles.ts";
import { apiErrorFrom } from "../api/api-error.ts";
import { type Session, sessionStore } from "./session-store.ts";

/** A seeded demo user the local identity provider can sign in as. */
export const demoUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  description: z.string(),
});
export type DemoUser = z.infer<typeof demoUserSchema>;

/** `GET /__local/idp/users`: the people the local "sign in as" page offers. */
export async function fetchDemoUsers(signal?: AbortSignal): Promise<DemoUser[]> {
  const response = await fetch("/__local/idp/users", {
    headers: { accept: "application/json" },
    ...(signal === undefined ? {} : { signal }),
  });
  if (!response.ok) throw await apiErrorFrom(response);
  return z.array(demoUserSchema).parse(await response.json());
}

const tokenResponseSchema = z.object({
  idToken: z.string().min(1),
  user: z.object({ id: z.string(), name: z.string(), role: roleSchema }),
});

/** `POST /__local/idp/token`: signs in as a demo user and starts the session. */
export async function signInLocally(userId: string): Promise<Session> {
  const response = await fetch("/__local/idp/token", {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw await apiErrorFrom(response);
  const { idToken, user } = tokenResponseSchema.parse(await response.json());
  return sessionStore.start(idToken, { id: user.id, name: user.name, role: user.role });
}
