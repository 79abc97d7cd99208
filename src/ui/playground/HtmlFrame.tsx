// text/html from a message, shown as data: an <iframe sandbox=""> (no
// scripts, no same-origin, no forms, no navigation of the page) whose
// document starts with a CSP that blocks every request but inline styles and
// data: images, so remote content (tracking pixels, CSS that fetches) never
// loads. The markup is never put into this page's DOM.
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

export function htmlDocument(html: string): string {
  return `<!doctype html><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta charset="utf-8">${html}`;
}

export function HtmlFrame({ html, title }: { html: string; title: string }) {
  return <iframe className="pg-html" sandbox="" srcDoc={htmlDocument(html)} title={title} referrerPolicy="no-referrer" />;
}
