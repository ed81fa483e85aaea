import { S3Client } from "@aws-sdk/client-s3";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { config, required } from "../config.ts";

let client: S3Client | undefined;

/** The S3 client: path-style and checksums only when required against the local endpoint. */
export const s3 = (): S3Client => {
  if (!client) {
    const { s3Endpoint, region } = config();
    client = new S3Client({
      region,
      maxAttempts: 2,
      requestHandler: new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 5_000 }),
      ...(s3Endpoint
        ? {
            endpoint: s3Endpoint,
            forcePathStyle: true,
            requestChecksumCalculation: "WHEN_REQUIRED",
            responseChecksumValidation: "WHEN_REQUIRED",
          }
        : {}),
    });
  }
  return client;
};

/** The documents bucket's name (only functions granted it have one). */
export const documentsBucket = (): string => required("DOCUMENTS_BUCKET");
