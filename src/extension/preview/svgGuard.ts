// The host's own check of a diagram from the webview before it goes into an exported page. The webview sanitised it with
// DOMPurify, but a webview's message is untrusted input: an SVG that holds anything able to run, submit, load or redirect
// is left out whole (the page then shows the diagram's source), never repaired.

/** Elements that run, embed, submit or redirect: none belongs in a diagram. */
const FORBIDDEN_ELEMENT =
  /<\/?\s*(?:[a-z][\w-]*:)?(?:script|iframe|frame|frameset|object|embed|applet|portal|form|input|button|select|textarea|base|meta|link|animate|set|use|handler|listener)(?![\w-])/i;
/** An event-handler attribute (onclick=, onload= …). */
const HANDLER = /[\s"'/]on[a-z]+\s*=/i;
/** A script URL, also when written with character references or with tabs and newlines inside. */
const SCRIPT_URL = /(?:java|vb|live)script:/i;

/** True when the SVG markup may go into the exported page as it is. */
export function isSafeSvg(svg: string): boolean {
  if (!/^\s*<svg[\s>]/i.test(svg)) return false;
  if (FORBIDDEN_ELEMENT.test(svg) || HANDLER.test(svg)) return false;
  return !SCRIPT_URL.test(decodeReferences(svg).replace(/[\t\n\r]/g, ''));
}

/** Decodes numeric character references and the named ones that spell a URL scheme (&colon; &Tab; &NewLine;). */
function decodeReferences(text: string): string {
  return text.replace(
    /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?|&(colon|tab|newline);/gi,
    (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name) return { colon: ':', tab: '\t', newline: '\n' }[name.toLowerCase()]!;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    },
  );
}
