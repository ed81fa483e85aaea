import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { describe, expect, it } from "vitest";
import { checkSignature, type SignedRequest } from "./s3-sigv4.ts";

const secrets = { S3RVER: "S3RVER" };
const endpoint = "http://127.0.0.1:4569";

/** An S3 client whose requests are captured, signed by the SDK, instead of being sent. */
const capturingClient = (secretAccessKey = "S3RVER") => {
  const sent: SignedRequest[] = [];
  const client = new S3Client({
    region: "eu-west-2",
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey },
    requestChecksumCalculation: "WHEN_REQUIRED",
    requestHandler: {
      handle: async (request: {
        method: string;
        path: string;
        query?: Record<string, string>;
        headers: Record<string, string>;
      }) => {
        const query = new URLSearchParams(request.query ?? {}).toString().replace(/\+/g, "%20");
        sent.push({
          method: request.method,
          url: `${request.path}${query ? `?${query}` : ""}`,
          headers: request.headers,
        });
        return { response: { statusCode: 200, headers: {}, body: undefined } };
      },
    },
  });
  return { client, sent };
};

const presigned = (url: string): SignedRequest => {
  const u = new URL(url);
  return { method: "GET", url: `${u.pathname}${u.search}`, headers: { host: u.host } };
};

describe("SigV4 checks of the local S3 gate", () => {
  it("accepts what the SDK signs, in a header and in a presigned URL", async () => {
    const { client, sent } = capturingClient();
    await client.send(
      new PutObjectCommand({
        Bucket: "docs",
        Key: "bids/a b/c.pdf",
        Body: "%PDF-1.4",
        ContentType: "application/pdf",
      }),
    );
    expect(sent).toHaveLength(1);
    expect(await checkSignature(sent[0]!, secrets, new Date())).toBeUndefined();

    const url = await getSignedUrl(
      client,
      new GetObjectCommand({
        Bucket: "docs",
        Key: "bids/a b/c.pdf",
        ResponseContentDisposition: "attachment; filename*=UTF-8''Safeguarding%20policy.pdf",
      }),
      { expiresIn: 60 },
    );
    expect(await checkSignature(presigned(url), secrets, new Date())).toBeUndefined();
  });

  it("refuses a forged, altered, expired, foreign-key or anonymous request as S3 does", async () => {
    const { client, sent } = capturingClient();
    await client.send(new PutObjectCommand({ Bucket: "docs", Key: "bids/x.pdf", Body: "%PDF-1.4" }));
    const signed = sent[0]!;
    const code = async (request: SignedRequest, at = new Date()) =>
      (await checkSignature(request, secrets, at))?.code;

    expect(await code({ ...signed, url: signed.url.replace("x.pdf", "y.pdf") })).toBe(
      "SignatureDoesNotMatch",
    );
    const zeroed = String(signed.headers.authorization).replace(
      /Signature=[0-9a-f]{64}/,
      `Signature=${"0".repeat(64)}`,
    );
    expect(await code({ ...signed, headers: { ...signed.headers, authorization: zeroed } })).toBe(
      "SignatureDoesNotMatch",
    );
    expect(await code({ ...signed, headers: { ...signed.headers, authorization: "AWS S3RVER:abc" } })).toBe(
      "InvalidArgument",
    );
    expect(await code({ ...signed, headers: { host: "127.0.0.1:4569" } })).toBe("AccessDenied");

    const other = capturingClient("not-the-secret");
    await other.client.send(new PutObjectCommand({ Bucket: "docs", Key: "bids/x.pdf", Body: "%PDF-1.4" }));
    expect(await code(other.sent[0]!)).toBe("SignatureDoesNotMatch");

    const url = await getSignedUrl(client, new GetObjectCommand({ Bucket: "docs", Key: "bids/x.pdf" }), {
      expiresIn: 60,
    });
    expect(
      await code(presigned(url.replace(/X-Amz-Signature=[0-9a-f]{64}/, `X-Amz-Signature=${"0".repeat(64)}`))),
    ).toBe("SignatureDoesNotMatch");
    expect(await code(presigned(url.replace("x.pdf", "y.pdf")))).toBe("SignatureDoesNotMatch");
    expect(await code(presigned(url), new Date(Date.now() + 120_000))).toBe("AccessDenied");
  });
});
