import { existsSync } from "node:fs";
import { join } from "node:path";
import { Annotations, Duration, Stack, Validations } from "aws-cdk-lib";
import type { IHttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  AllowedMethods,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, CacheControl, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { nagBootstrapAssetObjects, nagRef } from "../nag-findings.ts";
import { type CspOrigins, contentSecurityPolicy } from "./content-security-policy.ts";
import { spaRewriteSource } from "./spa-rewrite.ts";

export interface WebSiteProps {
  logBucket: IBucket;
  csp: CspOrigins;
  /** The CloudFront-scope WAF web ACL (made in us-east-1 by the edge stack) in front of the site and /api. */
  webAclArn: string;
}

/** What the web app reads from `/config.json` to find Cognito in the cloud (locally it is "local"). */
export interface WebRuntimeConfig {
  mode: "cognito";
  authority: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  scope: string;
  /** Cognito's discovery document has no end_session_endpoint; sign-out goes to `<hostedUi>/logout`. */
  hostedUiUrl: string;
  apiBaseUrl: string;
}

/**
 * The web app on a private S3 bucket behind CloudFront: strict security headers on every response,
 * `/api/*` passed to the HTTP API, and client-side routes served `index.html` by a CloudFront Function.
 */
export class WebSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  /** `https://<distribution domain>`: the one origin browsers use for the site and the API. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: WebSiteProps) {
    super(scope, id);

    this.bucket = new Bucket(this, "Assets", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: "web/",
    });

    this.headers = new ResponseHeadersPolicy(this, "SecurityHeaders", {
      comment: "Dynamic Framework Portal: CSP, HSTS and friends on every response",
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.csp), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()", override: true },
          { header: "Cross-Origin-Opener-Policy", value: "same-origin", override: true },
        ],
      },
    });

    const spaRewrite = new EdgeFunction(this, "SpaRewrite", {
      code: FunctionCode.fromInline(spaRewriteSource),
      runtime: FunctionRuntime.JS_2_0,
      comment: "Serve index.html for client-side routes",
    });

    this.distribution = new Distribution(this, "Cdn", {
      comment: "Dynamic Framework Portal",
      defaultRootObject: "index.html",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        // Redirect rather than refuse plain HTTP: HSTS preload requires the redirect, and HSTS then keeps browsers on HTTPS.
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
        compress: true,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Users are in England and Wales: the cheapest class still has edge locations in Europe.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: "cloudfront/",
      // Rate limits per IP and AWS's managed rule groups, for the site and the API behind /api/*.
      webAclId: props.webAclArn,
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: "AwsSolutions-CFR1",
        reason:
          "No geo restriction: providers and officers may sign in while travelling, and the data is protected " +
          "by Cognito sign-in with MFA and per-route authorisation, not by the viewer's country.",
      },
      {
        id: "AwsSolutions-CFR4",
        reason:
          "The distribution uses the default *.cloudfront.net certificate, for which CloudFront fixes the " +
          "viewer security policy; a custom domain with TLSv1.2_2021 replaces it when the service gets its domain.",
      },
    );

    this.origin = `https://${this.distribution.distributionDomainName}`;
  }

  /** Sends `/api/*` to the HTTP API uncached, with every viewer header (Authorization included) but Host. */
  routeApi(httpApi: IHttpApi): void {
    const { region, urlSuffix } = Stack.of(this);
    const apiOrigin = new HttpOrigin(`${httpApi.apiId}.execute-api.${region}.${urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });
    // The public record (ADR 0028): cached at the edge for as long as the function's Cache-Control
    // says (a minute), keyed on the query string; no viewer headers, so nothing personal can vary it.
    this.distribution.addBehavior("/api/public/*", apiOrigin, {
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      cachePolicy: new CachePolicy(this, "PublicRecordCache", {
        comment: "The public record: origin Cache-Control, every query string",
        defaultTtl: Duration.seconds(0),
        minTtl: Duration.seconds(0),
        maxTtl: Duration.minutes(5),
        queryStringBehavior: CacheQueryStringBehavior.all(),
        enableAcceptEncodingGzip: true,
        enableAcceptEncodingBrotli: true,
      }),
      responseHeadersPolicy: this.headers,
    });
    this.distribution.addBehavior("/api/*", apiOrigin, {
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.headers,
    });
  }

  /**
   * Uploads the built site and `config.json`. Hashed assets go first and are cached for a year;
   * `index.html` and `config.json` follow, uncached, so a deploy never points at files not yet there.
   */
  deployContent(distDir: string, config: WebRuntimeConfig): void {
    if (!existsSync(join(distDir, "index.html"))) {
      Annotations.of(this).addWarningV2(
        "portal:web-dist-missing",
        `${join(distDir, "index.html")} does not exist, so the web app is not deployed: run \`npm run build:web\` first.`,
      );
      return;
    }
    const assets = new BucketDeployment(this, "DeployAssets", {
      sources: [Source.asset(distDir)],
      destinationBucket: this.bucket,
      exclude: ["index.html", "config.json"],
      // Keep old hashed files: a browser still holding the previous index.html can finish loading.
      prune: false,
      cacheControl: [
        CacheControl.setPublic(),
        CacheControl.maxAge(Duration.days(365)),
        CacheControl.immutable(),
      ],
    });
    const entry = new BucketDeployment(this, "DeployEntry", {
      sources: [Source.asset(distDir), Source.jsonData("config.json", config)],
      destinationBucket: this.bucket,
      exclude: ["*"],
      include: ["index.html", "config.json"],
      prune: false,
      outputObjectKeys: false,
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ["/index.html", "/config.json"],
    });
    entry.node.addDependency(assets);
    acknowledgeDeploymentHandler(assets, this.bucket);
  }
}

/** BucketDeployment's handler is one CDK-owned singleton Lambda per stack; its findings are CDK's design, not ours. */
const acknowledgeDeploymentHandler = (deployment: BucketDeployment, destination: IBucket): void => {
  const handler = deployment.handlerRole.node.scope;
  if (!handler) return;
  const cdkOwned = "CDK's BucketDeployment handler (a CDK-managed singleton Lambda) generates this";
  const wildcardActions = ["s3:GetBucket*", "s3:GetObject*", "s3:List*", "s3:Abort*", "s3:DeleteObject*"];
  Validations.of(handler).acknowledge(
    {
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason: `${cdkOwned}: it only writes its own logs, which is what the managed basic execution role allows.`,
    },
    ...wildcardActions.map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: `${cdkOwned}: grantRead/grantReadWrite action groups, limited to the bootstrap assets bucket and the site bucket.`,
    })),
    {
      id: `AwsSolutions-IAM5[Resource::${nagBootstrapAssetObjects(Stack.of(handler))}]`,
      reason: `${cdkOwned}: it reads the site's zipped asset from the CDK bootstrap bucket, whose keys are content hashes.`,
    },
    {
      id: `AwsSolutions-IAM5[Resource::${nagRef(destination)}/*]`,
      reason: `${cdkOwned}: it syncs every file of the built site into the site bucket, and only that bucket.`,
    },
    {
      id: "AwsSolutions-IAM5[Resource::*]",
      reason: `${cdkOwned}: CDK grants cloudfront:CreateInvalidation/GetInvalidation on "*", and the handler only invalidates this site's distribution after an upload.`,
    },
    {
      id: "AwsSolutions-L1",
      reason: `${cdkOwned}: CDK pins the handler's Python runtime and moves it forward with aws-cdk-lib upgrades.`,
    },
  );
};
