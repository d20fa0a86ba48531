// Runs Mozilla Readability.js (with jsdom) over <pages>/<name>/source.html and writes
// <out>/<name>.txt, then prints pages/second for parsing plus extraction (file reads excluded).
// With --passes N it extracts every page N times and also reports the warm speed (median of the
// second half of the passes), by the wall clock and per CPU-second of the node process, to set
// beside `tidings bench extract`.
// Usage: node run.mjs --pages DIR --out DIR [--passes N]
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), [])
);
if (!args.pages || !args.out) {
  console.error("usage: node run.mjs --pages DIR --out DIR [--passes N]");
  process.exit(2);
}
const passes = Math.max(1, parseInt(args.passes || "1", 10));
mkdirSync(args.out, { recursive: true });
const names = readdirSync(args.pages).filter((n) => existsSync(join(args.pages, n, "source.html"))).sort();
const pages = names.map((name) => readFileSync(join(args.pages, name, "source.html"), "utf8"));
const quiet = new VirtualConsole(); // pages' own console noise and CSS errors stay out of the output

function extract(html) {
  const dom = new JSDOM(html, { url: "http://fakehost/test/page.html", virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    return article && article.textContent ? article.textContent : "";
  } finally {
    dom.window.close();
  }
}

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const wallRates = [];
const cpuRates = [];
let failed = 0;
let firstSeconds = 0;
for (let pass = 0; pass < passes; pass++) {
  const start = process.hrtime.bigint();
  const cpuStart = cpuSeconds();
  names.forEach((name, i) => {
    let text = "";
    try {
      text = extract(pages[i]);
    } catch (e) {
      if (pass === 0) failed++;
    }
    if (pass === 0) writeFileSync(join(args.out, name + ".txt"), text);
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (pass === 0) firstSeconds = seconds;
  wallRates.push(names.length / seconds);
  cpuRates.push(names.length / (cpuSeconds() - cpuStart));
  if (passes > 1) {
    console.log(`pass=${pass + 1} pages_per_second=${wallRates[pass].toFixed(1)} pages_per_cpu_second=${cpuRates[pass].toFixed(1)}`);
  }
}
const warmMedian = (rates) => {
  const warm = rates.slice(Math.floor(rates.length / 2)).sort((a, b) => a - b);
  const n = warm.length;
  return n % 2 === 1 ? warm[(n - 1) / 2] : (warm[n / 2 - 1] + warm[n / 2]) / 2;
};
console.log(`readability.js pages ${names.length} failed ${failed} seconds ${firstSeconds.toFixed(2)} pages/second ${(names.length / firstSeconds).toFixed(1)}`);
if (passes > 1) {
  console.log(`warm_pages_per_second=${warmMedian(wallRates).toFixed(1)} warm_pages_per_cpu_second=${warmMedian(cpuRates).toFixed(1)}`);
}
