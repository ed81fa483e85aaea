/**
 * CloudFront Function (cloudfront-js-2.0) on the site's default behaviour: the site's files are under
 * `/assets/` or at the root (`/config.json`); every other path is a client-side route, served
 * `/index.html` — even one with a dot in it, such as an invitation link's `id.secret`. It replaces error-response
 * rewriting, which would also turn the API's real 403/404 answers into the HTML page.
 */
export const spaRewriteSource = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.indexOf('/api/') === 0) return request;
  if (uri.indexOf('/assets/') === 0) return request;
  if (uri.lastIndexOf('/') === 0 && uri.indexOf('.') !== -1) return request;
  request.uri = '/index.html';
  return request;
}`;
