import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UsernameExistsException,
} from "@aws-sdk/client-cognito-identity-provider";
import { required } from "../../platform/config.ts";
import { type IdentityDirectory, LoginTaken } from "./directory.ts";

let client: CognitoIdentityProviderClient | undefined;
const cognito = () => (client ??= new CognitoIdentityProviderClient({}));
const pool = () => required("USER_POOL_ID");

const asAttributes = (attributes: Record<string, string>) =>
  Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));

/**
 * Cognito as the directory. The user is created with Cognito's own message suppressed (the portal
 * sends its own invitation) and given the password they chose, so they never see a temporary one.
 * The function is granted exactly these actions on the pool (`identityActions`, infra/constructs/api.ts).
 */
export const cognitoDirectory = (): IdentityDirectory => ({
  createUser: async (person) => {
    let sub: string | undefined;
    try {
      const created = await cognito().send(
        new AdminCreateUserCommand({
          UserPoolId: pool(),
          Username: person.email,
          MessageAction: "SUPPRESS",
          UserAttributes: asAttributes({
            email: person.email,
            email_verified: "true",
            name: person.name,
            ...person.attributes,
          }),
        }),
      );
      sub = created.User?.Attributes?.find((a) => a.Name === "sub")?.Value;
    } catch (error) {
      if (error instanceof UsernameExistsException) throw new LoginTaken();
      throw error;
    }
    if (!sub) throw new Error("Cognito created a user without a sub");
    await cognito().send(
      new AdminAddUserToGroupCommand({ UserPoolId: pool(), Username: person.email, GroupName: person.group }),
    );
    await cognito().send(
      new AdminSetUserPasswordCommand({
        UserPoolId: pool(),
        Username: person.email,
        Password: person.password,
        Permanent: true,
      }),
    );
    return sub;
  },
  updateAttributes: async (_userId, email, attributes) => {
    await cognito().send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: pool(),
        Username: email,
        UserAttributes: asAttributes(attributes),
      }),
    );
  },
  disable: async (_userId, email) => {
    await cognito().send(new AdminDisableUserCommand({ UserPoolId: pool(), Username: email }));
    // Disabling stops new sign-ins; signing out everywhere revokes the refresh tokens already issued.
    await cognito().send(new AdminUserGlobalSignOutCommand({ UserPoolId: pool(), Username: email }));
  },
});
