/**
 * CloudFront Function (cloudfront-js-2.0) on the site's default behaviour: a path whose last segment
 * has no extension is a client-side route, so it is served `/index.html`. It replaces error-response
 * rewriting, which would also turn the API's real 403/404 answers into the HTML page.
 */
export const spaRewriteSource = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.indexOf('/api/') === 0) return request;
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;
