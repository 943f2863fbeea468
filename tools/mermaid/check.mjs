// Parses the Mermaid diagram read from standard input with Mermaid's own parser.
// Prints the detected diagram type and exits 0, or prints the parse error and exits 1.
// Mermaid's sanitiser needs a DOM even to parse, so jsdom supplies one; nothing is rendered.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;

const { default: mermaid } = await import('mermaid');
const text = readFileSync(0, 'utf8');
try {
  const result = await mermaid.parse(text);
  console.log(result.diagramType);
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exit(1);
}
