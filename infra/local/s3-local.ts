import { mkdirSync } from "node:fs";
import S3rver from "s3rver";

export interface RunningS3 {
  endpoint: string;
  stop(): Promise<void>;
}

/** CORS for presigned uploads and downloads straight from the browser, as the cloud bucket allows. */
const corsConfig = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

/** Starts s3rver (the S3 protocol on this machine) with the documents bucket created and CORS set. */
export const startS3Local = async (options: {
  port: number;
  dataDir: string;
  bucket: string;
}): Promise<RunningS3> => {
  mkdirSync(options.dataDir, { recursive: true });
  const server = new S3rver({
    port: options.port,
    address: "127.0.0.1",
    directory: options.dataDir,
    silent: true,
    configureBuckets: [{ name: options.bucket, configs: [corsConfig] }],
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: () => server.close(),
  };
};
