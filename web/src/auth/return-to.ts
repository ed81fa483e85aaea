/**
 * A same-site path to go to after signing in; anything else (absolute URLs, `//host`, the sign-in
 * pages themselves) becomes `/`, so the parameter cannot send someone to another site.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return "/";
  }
  if (value.startsWith("/sign-in") || value.startsWith("/sign-out") || value.startsWith("/auth/")) return "/";
  return value;
}

/** The sign-in page's address for someone who wanted `path`. */
export function signInPath(path: string): string {
  const returnTo = safeReturnTo(path);
  return returnTo === "/" ? "/sign-in" : `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}
