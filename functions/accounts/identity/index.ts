import { cognitoDirectory } from "./cognito.ts";
import type { IdentityDirectory } from "./directory.ts";
import { localDirectory } from "./local.ts";

export { type IdentityDirectory, LoginTaken, type NewIdentity } from "./directory.ts";

/** The directory this deployment uses: Cognito when IDENTITY_DIRECTORY=cognito (the CDK stack sets it), else local. */
export const identityDirectory = (): IdentityDirectory =>
  process.env.IDENTITY_DIRECTORY === "cognito" ? cognitoDirectory() : localDirectory();
