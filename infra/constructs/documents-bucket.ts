import { Aws, Duration, RemovalPolicy } from "aws-cdk-lib";
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";

export interface DocumentsBucketProps {
  /** From `documentsBucketName`, so other constructs can know the name without referencing the bucket. */
  bucketName: string;
  /** The only origin browsers may upload from or download to with a presigned URL. */
  webOrigin: string;
  logBucket: IBucket;
}

/**
 * A fixed, account- and region-scoped name: the site's CSP must name this bucket's host, and a
 * generated name would make the CloudFront policy depend on the bucket whose CORS depends on CloudFront.
 */
export const documentsBucketName = (prefix: string): string =>
  `${prefix.toLowerCase()}-documents-${Aws.ACCOUNT_ID}-${Aws.REGION}`;

/** The origin presigned URLs point at (virtual-hosted style), which the site's CSP must allow to connect to. */
export const documentsBucketOrigin = (bucketName: string): string =>
  `https://${bucketName}.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`;

/** Documents uploaded and read through short-lived presigned URLs; never public, TLS only, versioned. */
export class DocumentsBucket extends Bucket {
  constructor(scope: Construct, id: string, props: DocumentsBucketProps) {
    super(scope, id, {
      bucketName: props.bucketName,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: true,
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { noncurrentVersionExpiration: Duration.days(90) },
      ],
      cors: [
        {
          allowedOrigins: [props.webOrigin],
          allowedMethods: [HttpMethods.PUT, HttpMethods.POST, HttpMethods.GET],
          // Presigned uploads carry the signed content-type and x-amz-* headers the browser must send.
          allowedHeaders: ["*"],
          exposedHeaders: ["ETag"],
          maxAge: 3000,
        },
      ],
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: "documents/",
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
