import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { PolicyRefusal } from "./s3-post-policy.ts";

/**
 * SigV4 checks on header-signed and query-signed (presigned) S3 requests, for the local stack only:
 * s3rver accepts any signature, so without this a forged one would read or overwrite any object. The
 * signature is recomputed with the SDK's own signer from the local credentials, then compared.
 */
export interface SignedRequest {
  method: string;
  /** The path and query exactly as received (still percent-encoded). */
  url: string;
  headers: IncomingHttpHeaders;
}

/** The SDK's hash interface over node:crypto: a plain hash, or an HMAC when given a key. */
type Data = string | ArrayBuffer | ArrayBufferView;
const asBytes = (data: Data) =>
  typeof data === "string"
    ? Buffer.from(data, "utf8")
    : ArrayBuffer.isView(data)
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : Buffer.from(data);
class Sha256 {
  private readonly hash;
  constructor(secret?: Data) {
    this.hash = secret === undefined ? createHash("sha256") : createHmac("sha256", asBytes(secret));
  }
  update(data: Data) {
    this.hash.update(asBytes(data));
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

const refuse = (code: string, message: string): PolicyRefusal => ({ status: 403, code, message });
const accessDenied = () => refuse("AccessDenied", "Access Denied");
const mismatch = () =>
  refuse(
    "SignatureDoesNotMatch",
    "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
  );

// S3 accepts a header-signed request up to 15 minutes either side of its own clock.
const maxSkewMs = 15 * 60 * 1000;
// A presigned URL lives at most a week.
const maxExpiresSeconds = 7 * 24 * 60 * 60;

/** The query as the signer expects it: decoded names and values, repeated names as arrays. */
const parseQuery = (search: string): Record<string, string | string[]> => {
  const query: Record<string, string | string[]> = {};
  for (const part of search.replace(/^\?/, "").split("&").filter(Boolean)) {
    const at = part.indexOf("=");
    const name = decodeURIComponent(at < 0 ? part : part.slice(0, at));
    const value = at < 0 ? "" : decodeURIComponent(part.slice(at + 1));
    const existing = query[name];
    query[name] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
};

/** 20261129T064100Z → a Date, or undefined. */
const parseAmzDate = (text: string | undefined): Date | undefined => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text ?? "");
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
};

const headerValue = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

/** The headers named as signed, with the values received; undefined if one is missing. */
const signedHeaderValues = (headers: IncomingHttpHeaders, names: string[]) => {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headerValue(headers, name);
    if (value === undefined) return undefined;
    picked[name] = value;
  }
  return picked;
};

const sameSignature = (given: string, expected: string | undefined) => {
  const a = Buffer.from(given.toLowerCase(), "utf8");
  const b = Buffer.from(expected ?? "", "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
};

/** A signer for one credential scope (access key/date/region/service/aws4_request), or a refusal. */
const signerFor = (credential: string, secrets: Record<string, string>) => {
  const [accessKeyId, date, region, service, terminator] = credential.split("/");
  const secretAccessKey = accessKeyId ? secrets[accessKeyId] : undefined;
  if (!accessKeyId || !secretAccessKey)
    return refuse("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
  if (!date || !region || service !== "s3" || terminator !== "aws4_request")
    return refuse("AuthorizationQueryParametersError", "The credential scope is not valid.");
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey },
    region,
    service,
    sha256: Sha256,
    // S3 signs the path as sent, without normalising or encoding it twice.
    uriEscapePath: false,
    applyChecksum: false,
  });
  return { signer, date, region };
};

const requestParts = (request: SignedRequest) => {
  const url = new URL(request.url, "http://local");
  const path = request.url.split("?")[0] ?? "/";
  return { url, path, query: parseQuery(url.search) };
};

/** A request carrying an Authorization header: recompute the header signature. */
const checkHeaderSigned = async (
  request: SignedRequest,
  secrets: Record<string, string>,
  at: Date,
): Promise<PolicyRefusal | undefined> => {
  const authorization = headerValue(request.headers, "authorization") ?? "";
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]{64})$/.exec(
      authorization.trim(),
    );
  if (!m) return refuse("InvalidArgument", "Unsupported Authorization Type");
  const [, credential, signedList, signature] = m as unknown as [string, string, string, string];
  const scoped = signerFor(credential, secrets);
  if ("status" in scoped) return scoped;
  const signingDate = parseAmzDate(headerValue(request.headers, "x-amz-date"));
  if (!signingDate || !signedList.split(";").includes("host")) return accessDenied();
  if (Math.abs(signingDate.getTime() - at.getTime()) > maxSkewMs)
    return refuse(
      "RequestTimeTooSkewed",
      "The difference between the request time and the current time is too large.",
    );
  const names = signedList.split(";");
  const headers = signedHeaderValues(request.headers, names);
  if (!headers) return mismatch();
  const { path, query } = requestParts(request);
  const signed = await scoped.signer.sign(
    { method: request.method, protocol: "http:", hostname: "local", path, query, headers },
    { signingDate, signableHeaders: new Set(names), signingRegion: scoped.region },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization ?? ""))?.[1];
  return sameSignature(signature, expected) ? undefined : mismatch();
};

/** A presigned request (X-Amz-Signature in the query): recompute the query signature and check expiry. */
const checkQuerySigned = async (
  request: SignedRequest,
  secrets: Record<string, string>,
  at: Date,
): Promise<PolicyRefusal | undefined> => {
  const { path, query } = requestParts(request);
  const single = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : undefined);
  const signature = single("X-Amz-Signature") ?? "";
  const credential = single("X-Amz-Credential") ?? "";
  const signingDate = parseAmzDate(single("X-Amz-Date"));
  const expiresIn = Number(single("X-Amz-Expires"));
  const names = (single("X-Amz-SignedHeaders") ?? "").split(";").filter(Boolean);
  if (single("X-Amz-Algorithm") !== "AWS4-HMAC-SHA256" || !/^[0-9a-fA-F]{64}$/.test(signature))
    return refuse(
      "AuthorizationQueryParametersError",
      "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.",
    );
  const scoped = signerFor(credential, secrets);
  if ("status" in scoped) return scoped;
  if (
    !signingDate ||
    !Number.isInteger(expiresIn) ||
    expiresIn < 1 ||
    expiresIn > maxExpiresSeconds ||
    !names.includes("host")
  )
    return refuse("AuthorizationQueryParametersError", "X-Amz-Expires and X-Amz-Date must be valid.");
  if (signingDate.getTime() + expiresIn * 1000 < at.getTime())
    return refuse("AccessDenied", "Request has expired");
  const headers = signedHeaderValues(request.headers, names);
  if (!headers) return mismatch();
  const { ["X-Amz-Signature"]: _given, ...unsigned } = query;
  // A presigned S3 request never signs its body; the marker is read, not signed or moved to the query.
  const payload = "x-amz-content-sha256";
  const presigned = await scoped.signer.presign(
    {
      method: request.method,
      protocol: "http:",
      hostname: "local",
      path,
      query: unsigned,
      headers: { ...headers, ...(headers[payload] ? {} : { [payload]: "UNSIGNED-PAYLOAD" }) },
    },
    {
      signingDate,
      expiresIn,
      signingRegion: scoped.region,
      signableHeaders: new Set(names),
      unsignableHeaders: new Set(names.includes(payload) ? [] : [payload]),
      unhoistableHeaders: new Set([...names, payload]),
    },
  );
  return sameSignature(signature, String(presigned.query?.["X-Amz-Signature"] ?? ""))
    ? undefined
    : mismatch();
};

/**
 * Checks a request's SigV4 signature as S3 would; undefined when it is valid. Anonymous requests are
 * refused: the documents bucket is private.
 */
export const checkSignature = async (
  request: SignedRequest,
  secrets: Record<string, string>,
  at: Date,
): Promise<PolicyRefusal | undefined> => {
  if (request.headers.authorization) return checkHeaderSigned(request, secrets, at);
  if (/[?&]X-Amz-Signature=/i.test(request.url)) return checkQuerySigned(request, secrets, at);
  return accessDenied();
};
