/**
 * The Content-Security-Policy of every page the app serves, in Electron (app://) and in the browser host alike.
 * Mantine writes inline `style` attributes, hence 'unsafe-inline' for styles only; scripts come from the app
 * origin alone and nothing may be fetched from, framed by or submitted to anywhere else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
