import type { ReactNode } from "react";
import type { Role } from "#shared/auth/role-names.ts";
import { RequireRole } from "../auth/guards.tsx";

export const provider: readonly Role[] = ["provider"];
export const commissioner: readonly Role[] = ["commissioner"];

/** A route only people in `roles` may see (everyone else gets "Page not found"). */
export const only = (roles: readonly Role[], path: string, element: ReactNode) => ({
  path,
  element: <RequireRole roles={roles}>{element}</RequireRole>,
});
