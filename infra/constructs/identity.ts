import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { claimNames } from "#functions/platform/auth/claims.ts";
import { roles } from "#shared/auth/roles.ts";

export interface IdentityProps {
  /** The site's origin (`https://…`), where Cognito returns after sign-in and sign-out. */
  webOrigin: string;
  /** The hosted UI lives at `https://<prefix>.auth.<region>.amazoncognito.com`; globally unique per region. */
  domainPrefix: string;
}

/** What functions and the web app need to verify and obtain tokens. */
export interface AuthSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

/** The hosted UI origin for a domain prefix; known before the domain exists, so the site's CSP can name it. */
export const hostedUiOrigin = (domainPrefix: string, region: string): string =>
  `https://${domainPrefix}.auth.${region}.amazoncognito.com`;

/**
 * The scopes the web app asks for (its `/config.json` scope): `aws.cognito.signin.user.admin` lets its
 * access token call GlobalSignOut ("sign out everywhere").
 */
export const webClientScopes = ["openid", "email", "profile", "aws.cognito.signin.user.admin"] as const;

// Derived from the claims the functions read, so a new claim there becomes a pool attribute here.
const customAttributes = Object.values(claimNames)
  .filter((claim) => claim.startsWith("custom:"))
  .map((claim) => claim.slice("custom:".length));

/** The Cognito user pool, one group per role, the hosted UI and the public web client (code + PKCE). */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly auth: AuthSettings;
  /** Where the web app returns after sign-in; the web app must handle this path. */
  readonly callbackUrl: string;
  readonly logoutUrl: string;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);

    this.userPool = new UserPool(this, "Users", {
      // Accounts are created by the framework's administrators, never by the public.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: Object.fromEntries(
        customAttributes.map((name) => [name, new StringAttribute({ mutable: true, maxLen: 2048 })]),
      ),
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Users see personal data about people on probation, so a second factor is not optional; TOTP
      // needs no SMS or SES set-up and the hosted UI walks users through enrolling.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: "AwsSolutions-COG8",
      reason:
        "Threat protection (compromised-credential and adaptive sign-in checks) needs the Cognito Plus plan, " +
        "charged per monthly active user. " +
        "Self sign-up is off, MFA is required and the password policy is strong, which covers credential " +
        "stuffing for an invitation-only user base; revisit if the pool opens to self-registration.",
    });

    roles.forEach((role, precedence) => {
      this.userPool.addGroup(`Group-${role}`, { groupName: role, precedence });
    });

    this.callbackUrl = `${props.webOrigin}/auth/callback`;
    this.logoutUrl = `${props.webOrigin}/`;
    this.webClient = this.userPool.addClient("WebClient", {
      // A browser cannot keep a secret: the SPA is a public client and proves itself with PKCE.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE, OAuthScope.COGNITO_ADMIN],
        callbackUrls: [this.callbackUrl],
        logoutUrls: [this.logoutUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // The web app renews with the refresh token while the person is active (30 minutes idle ends it);
      // the local OpenID Provider uses the same lifetimes (infra/local/oidc/provider.ts).
      refreshTokenValidity: Duration.hours(12),
      // The custom attributes decide what a user may see, so users may read them but never write them;
      // nor their name, which timelines and audit trails show to others (the portal's account record is
      // the source; the claim is only its fallback).
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(...customAttributes),
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
    });

    this.domain = this.userPool.addDomain("HostedUi", {
      cognitoDomain: { domainPrefix: props.domainPrefix },
    });

    // Built rather than read from the ProviderURL attribute so the scheme is certain: jose compares `iss` exactly.
    const { region, urlSuffix } = Stack.of(this);
    const issuer = `https://cognito-idp.${region}.${urlSuffix}/${this.userPool.userPoolId}`;
    this.auth = {
      issuer,
      audience: this.webClient.userPoolClientId,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
    };
  }
}
