import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Amazon S3's checks on a browser-based POST upload (SigV4 POST policy), for the local stack only:
 * s3rver accepts any POST and ignores the policy, so without this the local portal could not show that
 * S3 itself refuses a file of the wrong type or size. Written by hand from the S3 documentation
 * ("Creating a POST policy", "Calculating a signature"); no emulator on npm enforces it.
 */
export interface PostUpload {
  bucket: string;
  /** Every form field except the file, with names as sent. */
  fields: Record<string, string>;
  fileSize: number;
}

export interface PolicyRefusal {
  status: 400 | 403;
  code: string;
  message: string;
}

type Condition = Record<string, string> | [string, string | number, string | number];

const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

/** The SigV4 signing key for a date (YYYYMMDD), region and service. */
const signingKey = (secret: string, date: string, region: string, service: string) =>
  hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), "aws4_request");

const refuse = (status: 400 | 403, code: string, message: string): PolicyRefusal => ({
  status,
  code,
  message,
});
const policyFailed = (condition: unknown) =>
  refuse(
    403,
    "AccessDenied",
    `Invalid according to Policy: Policy Condition failed: ${JSON.stringify(condition)}`,
  );

// Fields S3 does not require a condition for.
const exempt = (name: string) =>
  ["x-amz-signature", "file", "policy"].includes(name) || name.startsWith("x-ignore-");

/**
 * Checks a POST upload as S3 would: the signature over the policy, its expiry, and that every field
 * matches a condition and every condition holds (including the content-length range of the file).
 * Returns undefined when S3 would accept the upload.
 */
export const checkPostUpload = (
  upload: PostUpload,
  secrets: Record<string, string>,
  at: Date,
): PolicyRefusal | undefined => {
  const fields = new Map(Object.entries(upload.fields).map(([k, v]) => [k.toLowerCase(), v]));
  const policy = fields.get("policy");
  const signature = fields.get("x-amz-signature");
  const credential = fields.get("x-amz-credential");
  if (!policy || !signature || !credential || fields.get("x-amz-algorithm") !== "AWS4-HMAC-SHA256")
    return refuse(403, "AccessDenied", "Bucket POST must contain a policy signed with AWS4-HMAC-SHA256.");

  const [accessKeyId, date, region, service] = credential.split("/");
  const secret = accessKeyId ? secrets[accessKeyId] : undefined;
  if (!secret || !date || !region || !service)
    return refuse(
      403,
      "InvalidAccessKeyId",
      "The AWS Access Key Id you provided does not exist in our records.",
    );
  const expected = hmac(signingKey(secret, date, region, service), policy);
  const given = Buffer.from(signature, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return refuse(
      403,
      "SignatureDoesNotMatch",
      "The request signature we calculated does not match the signature you provided.",
    );

  let document: { expiration?: string; conditions?: Condition[] };
  try {
    document = JSON.parse(Buffer.from(policy, "base64").toString("utf8"));
  } catch {
    return refuse(400, "InvalidPolicyDocument", "Invalid Policy: Invalid JSON.");
  }
  if (!document.expiration || Date.parse(document.expiration) <= at.getTime())
    return refuse(403, "AccessDenied", "Invalid according to Policy: Policy expired.");

  const values = new Map(fields);
  values.set("bucket", upload.bucket);
  const covered = new Set<string>();
  for (const condition of document.conditions ?? []) {
    if (Array.isArray(condition)) {
      const [operator, subject, operand] = condition;
      if (operator === "content-length-range") {
        if (upload.fileSize > Number(operand))
          return refuse(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
        if (upload.fileSize < Number(subject))
          return refuse(
            400,
            "EntityTooSmall",
            "Your proposed upload is smaller than the minimum allowed size",
          );
        continue;
      }
      const name = String(subject).replace(/^\$/, "").toLowerCase();
      const value = values.get(name) ?? "";
      covered.add(name);
      const holds =
        operator === "eq"
          ? value === String(operand)
          : operator === "starts-with" && value.startsWith(String(operand));
      if (!holds) return policyFailed(condition);
    } else {
      for (const [key, expectedValue] of Object.entries(condition)) {
        const name = key.toLowerCase();
        covered.add(name);
        if ((values.get(name) ?? "") !== expectedValue) return policyFailed(["eq", `$${key}`, expectedValue]);
      }
    }
  }
  for (const name of fields.keys()) {
    if (!exempt(name) && !covered.has(name))
      return refuse(403, "AccessDenied", `Invalid according to Policy: Extra input fields: ${name}`);
  }
  return undefined;
};
