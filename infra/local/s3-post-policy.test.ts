import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkPostUpload } from "./s3-post-policy.ts";

const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();
const secrets = { KEY: "secret" };
const signedAt = new Date("2026-11-23T10:00:00Z");

/** Signs a policy the way the SDK's createPresignedPost does (SigV4 over the base64 policy). */
const signed = (
  conditions: unknown[],
  expiration = "2026-11-23T10:05:00Z",
  fields: Record<string, string> = {},
) => {
  const policy = Buffer.from(JSON.stringify({ expiration, conditions })).toString("base64");
  const key = hmac(hmac(hmac(hmac("AWS4secret", "20261123"), "eu-west-2"), "s3"), "aws4_request");
  return {
    key: "bids/1/doc",
    "Content-Type": "application/pdf",
    "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
    "X-Amz-Credential": "KEY/20261123/eu-west-2/s3/aws4_request",
    "X-Amz-Date": "20261123T100000Z",
    Policy: policy,
    "X-Amz-Signature": hmac(key, policy).toString("hex"),
    ...fields,
  };
};

const conditions = [
  { bucket: "docs" },
  { key: "bids/1/doc" },
  { "Content-Type": "application/pdf" },
  { "X-Amz-Algorithm": "AWS4-HMAC-SHA256" },
  { "X-Amz-Credential": "KEY/20261123/eu-west-2/s3/aws4_request" },
  { "X-Amz-Date": "20261123T100000Z" },
  ["content-length-range", 1, 100],
];

describe("the local S3 POST policy check", () => {
  it("accepts an upload that meets every condition before the policy expires", () => {
    expect(
      checkPostUpload({ bucket: "docs", fields: signed(conditions), fileSize: 100 }, secrets, signedAt),
    ).toBeUndefined();
  });

  it("refuses once the policy has expired", () => {
    const late = new Date("2026-11-23T10:05:00Z");
    expect(
      checkPostUpload({ bucket: "docs", fields: signed(conditions), fileSize: 10 }, secrets, late),
    ).toMatchObject({
      status: 403,
      message: "Invalid according to Policy: Policy expired.",
    });
  });

  it("refuses files outside the content-length range, and fields no condition covers", () => {
    const upload = (fileSize: number, fields = signed(conditions)) =>
      checkPostUpload({ bucket: "docs", fields, fileSize }, secrets, signedAt);
    expect(upload(101)).toMatchObject({ status: 400, code: "EntityTooLarge" });
    expect(upload(0)).toMatchObject({ status: 400, code: "EntityTooSmall" });
    expect(upload(10, signed(conditions, undefined, { acl: "public-read" }))).toMatchObject({
      status: 403,
      message: "Invalid according to Policy: Extra input fields: acl",
    });
  });

  it("honours starts-with conditions and the bucket the upload was sent to", () => {
    const prefixed = conditions.map((c) =>
      JSON.stringify(c) === '{"key":"bids/1/doc"}' ? ["starts-with", "$key", "bids/1/"] : c,
    );
    expect(
      checkPostUpload({ bucket: "docs", fields: signed(prefixed), fileSize: 5 }, secrets, signedAt),
    ).toBeUndefined();
    expect(
      checkPostUpload({ bucket: "other", fields: signed(prefixed), fileSize: 5 }, secrets, signedAt),
    ).toMatchObject({
      status: 403,
      code: "AccessDenied",
    });
  });

  it("refuses an unknown access key", () => {
    expect(
      checkPostUpload({ bucket: "docs", fields: signed(conditions), fileSize: 5 }, {}, signedAt),
    ).toMatchObject({
      code: "InvalidAccessKeyId",
    });
  });
});
