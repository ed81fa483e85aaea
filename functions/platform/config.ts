/** Runtime settings, read from the environment the CDK stack (or the local stack) sets. */
export interface PortalConfig {
  tableName: string;
  idempotencyTableName: string;
  documentsBucket: string;
  /** Only set locally: DynamoDB Local and s3rver endpoints. */
  dynamodbEndpoint?: string;
  s3Endpoint?: string;
  region: string;
}

/** A setting without which the function cannot work at all. */
export const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};

/** Reads the configuration each call so the local stack can set the environment before first use. */
export const config = (): PortalConfig => ({
  // Only functions granted the table get TABLE_NAME; `tableName()` insists on it where it is used.
  tableName: process.env.TABLE_NAME ?? "",
  idempotencyTableName: process.env.IDEMPOTENCY_TABLE_NAME ?? "",
  documentsBucket: process.env.DOCUMENTS_BUCKET ?? "",
  dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT || undefined,
  s3Endpoint: process.env.S3_ENDPOINT || undefined,
  region: process.env.AWS_REGION ?? "eu-west-2",
});

/** How tokens are verified: only functions behind the API have these (jobs take no tokens). */
export const authConfig = (): { issuer: string; audience: string; jwksUrl: string } => ({
  issuer: required("AUTH_ISSUER"),
  audience: required("AUTH_AUDIENCE"),
  jwksUrl: required("AUTH_JWKS_URL"),
});
