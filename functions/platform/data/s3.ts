import { S3Client } from "@aws-sdk/client-s3";
import { config, required } from "../config.ts";
import { awsClientSettings } from "./aws-http.ts";

let client: S3Client | undefined;

/** The S3 client: path-style and checksums only when required against the local endpoint. */
export const s3 = (): S3Client => {
  if (!client) {
    const { s3Endpoint, region } = config();
    client = new S3Client({
      region,
      ...awsClientSettings({ local: Boolean(s3Endpoint) }),
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
