import { createServer, type IncomingMessage, request, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkPostUpload, type PolicyRefusal } from "./s3-post-policy.ts";
import { checkSignature } from "./s3-sigv4.ts";

export interface S3Gate {
  endpoint: string;
  stop(): Promise<void>;
}

// S3 refuses a POST body far beyond any policy's range without reading it all; so do we.
const maxPostBytes = 40 * 1024 * 1024;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Answers as S3 does, with CORS headers so a browser can read why its upload was refused. */
const sendError = (req: IncomingMessage, res: ServerResponse, refusal: PolicyRefusal) => {
  res.writeHead(refusal.status, {
    "content-type": "application/xml",
    "access-control-allow-origin": req.headers.origin ?? "*",
    connection: "close",
  });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code>` +
      `<Message>${escapeXml(refusal.message)}</Message><RequestId>local</RequestId></Error>`,
  );
};

const readBody = (req: IncomingMessage, limit: number): Promise<Buffer | undefined> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });

const forward = (upstream: URL, req: IncomingMessage, res: ServerResponse, body?: Buffer) => {
  const headers = { ...req.headers, ...(body ? { "content-length": String(body.length) } : {}) };
  const proxied = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  proxied.on("error", () => {
    if (!res.headersSent) res.writeHead(503, { "content-type": "application/xml" });
    res.end("<Error><Code>ServiceUnavailable</Code><Message>Storage is not running</Message></Error>");
  });
  if (body) proxied.end(body);
  else req.pipe(proxied);
};

const isBrowserUpload = (req: IncomingMessage, bucket: string) => {
  const url = new URL(req.url ?? "/", "http://local");
  return (
    req.method === "POST" &&
    url.search === "" &&
    url.pathname.replace(/\/$/, "") === `/${bucket}` &&
    (req.headers["content-type"] ?? "").startsWith("multipart/form-data")
  );
};

/**
 * A gate in front of s3rver on the port the portal uses for S3, adding what s3rver leaves out and the
 * portal relies on: POST-policy enforcement for browser uploads (type, size, key, expiry, signature)
 * and SigV4 for every other request, header-signed or presigned (`s3-sigv4.ts`), so anonymous and
 * forged requests are refused as a private bucket refuses them. Only signed requests pass through.
 */
export const startS3Gate = async (options: {
  port: number;
  upstream: string;
  bucket: string;
  secrets: Record<string, string>;
}): Promise<S3Gate> => {
  const upstream = new URL(options.upstream);
  const server = createServer((req, res) => {
    // A CORS preflight carries no credentials, in S3 as here.
    if (req.method === "OPTIONS") {
      forward(upstream, req, res);
      return;
    }
    if (!isBrowserUpload(req, options.bucket)) {
      void checkSignature(
        { method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers },
        options.secrets,
        new Date(),
      ).then(
        (refusal) => {
          if (!refusal) return forward(upstream, req, res);
          req.resume();
          sendError(req, res, refusal);
        },
        () => {
          req.resume();
          sendError(req, res, { status: 403, code: "AccessDenied", message: "Access Denied" });
        },
      );
      return;
    }
    void (async () => {
      const body = await readBody(req, maxPostBytes);
      if (!body) {
        sendError(req, res, {
          status: 400,
          code: "EntityTooLarge",
          message: "Your proposed upload exceeds the maximum allowed size",
        });
        return;
      }
      const form = await new Request("http://local/", {
        method: "POST",
        headers: { "content-type": req.headers["content-type"] ?? "" },
        body: new Uint8Array(body),
      })
        .formData()
        .catch(() => undefined);
      const file = form?.get("file");
      if (!form || !(file instanceof File)) {
        sendError(req, res, {
          status: 400,
          code: "InvalidArgument",
          message: "POST requires exactly one file upload per request.",
        });
        return;
      }
      const fields: Record<string, string> = {};
      for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;
      const refusal = checkPostUpload(
        { bucket: options.bucket, fields, fileSize: file.size },
        options.secrets,
        new Date(),
      );
      if (refusal) sendError(req, res, refusal);
      else forward(upstream, req, res, body);
    })().catch(() => {
      if (!res.headersSent)
        sendError(req, res, {
          status: 400,
          code: "MalformedPOSTRequest",
          message: "The body of your POST request is not well-formed multipart/form-data.",
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
