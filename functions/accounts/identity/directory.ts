/** A person the portal asks the identity directory to create: their login and the claims their tokens carry. */
export interface NewIdentity {
  email: string;
  name: string;
  password: string;
  /** The Cognito group: the person's role in the portal. */
  group: string;
  /** Custom attributes, by Cognito claim name (e.g. `custom:organisationId`). */
  attributes: Record<string, string>;
}

/** Raised when the login name already belongs to someone. */
export class LoginTaken extends Error {
  constructor() {
    super("login taken");
    this.name = "LoginTaken";
  }
}

/**
 * The port to whoever holds sign-in accounts: Cognito in the cloud, the table locally. The portal
 * creates a person only when they accept an invitation, so an invitation that is never accepted
 * leaves nothing behind (ADR 0025).
 */
export interface IdentityDirectory {
  /** Creates an enabled account with a permanent password; returns its user id (Cognito `sub`). */
  createUser(person: NewIdentity): Promise<string>;
  /** Replaces the custom attributes their next tokens carry (regions, PDU, framework-admin flag). */
  updateAttributes(userId: string, email: string, attributes: Record<string, string>): Promise<void>;
  /** Disables the account and revokes its refresh tokens: no sign-in, no renewal. */
  disable(userId: string, email: string): Promise<void>;
}
