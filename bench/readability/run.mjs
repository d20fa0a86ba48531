// Runs Mozilla Readability.js (with jsdom) over <pages>/<name>/source.html and writes
// <out>/<name>.txt, then prints pages/second for parsing plus extraction (file reads excluded).
// Usage: node run.mjs --pages DIR --out DIR
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), [])
);
if (!args.pages || !args.out) {
  console.error("usage: node run.mjs --pages DIR --out DIR");
  process.exit(2);
}
mkdirSync(args.out, { recursive: true });
const names = readdirSync(args.pages).filter((n) => existsSync(join(args.pages, n, "source.html"))).sort();
const quiet = new VirtualConsole(); // pages' own console noise and CSS errors stay out of the output
let elapsedNs = 0n;
let failed = 0;
for (const name of names) {
  const html = readFileSync(join(args.pages, name, "source.html"), "utf8");
  const start = process.hrtime.bigint();
  let text = "";
  try {
    const dom = new JSDOM(html, { url: "http://fakehost/test/page.html", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : "";
    dom.window.close();
  } catch (e) {
    failed++;
  }
  elapsedNs += process.hrtime.bigint() - start;
  writeFileSync(join(args.out, name + ".txt"), text);
}
const seconds = Number(elapsedNs) / 1e9;
console.log(`readability.js pages ${names.length} failed ${failed} seconds ${seconds.toFixed(2)} pages/second ${(names.length / seconds).toFixed(1)}`);
