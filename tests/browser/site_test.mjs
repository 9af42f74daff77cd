// Browser test of the built sites, in Debian's headless Chromium driven by
// playwright-core: click from the entry page down the hierarchy, check that
// every link, image, style sheet and script on each page resolves, run
// axe-core (WCAG 2.1 A and AA), check that chart text is at least 11 CSS px
// on a 390 px phone and that a school page shows its first chart within two
// phone screens, and take screenshots at 390 and 1280 px.
//
//   node site_test.mjs OUT_DIR SCREENSHOT_DIR
// Exits 1 on any failure; prints one line per check and "N passed, N failed".
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [outDir, shotDir] = process.argv.slice(2);
fs.mkdirSync(shotDir, { recursive: true });
let passed = 0, failed = 0;
const check = (ok, what) => {
  if (ok) passed++; else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
};

// The smallest text of every chart image on the page as shown: the smallest
// font-size in its SVG file times the image's rendered width over the SVG's
// width attribute. [{chart, px}] in page order.
async function chartTextSizes(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const img of document.querySelectorAll("figure.chart img")) {
      const svg = await (await fetch(img.src)).text();
      const sizes = [...svg.matchAll(/<text[^>]*\sfont-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      const texts = (svg.match(/<text[\s>]/g) || []).length;
      const width = Number((/<svg[^>]*\swidth="([\d.]+)"/.exec(svg) || [])[1]);
      const chart = img.closest("figure").id || img.getAttribute("src");
      if (texts === 0) continue;
      // A text without a size of its own would escape the measurement.
      const px = sizes.length === texts && width > 0
        ? Math.min(...sizes) * img.getBoundingClientRect().width / width : 0;
      out.push({ chart, px });
    }
    return out;
  });
}

const kMinChartTextPx = 11;
let smallestChartText = { px: Infinity, where: "" };

async function checkPage(page, label, base) {
  // Every same-site link and resource answers 200.
  const urls = await page.evaluate(() => [
    ...[...document.querySelectorAll("a[href]")].map((a) => a.href),
    ...[...document.querySelectorAll("img[src]")].map((i) => i.src),
    ...[...document.querySelectorAll("link[href]")].map((l) => l.href),
    ...[...document.querySelectorAll("script[src]")].map((s) => s.src),
  ]);
  const local = [...new Set(urls.map((u) => u.split("#")[0]))];
  const outside = local.filter((u) => !u.startsWith(base));
  check(outside.length === 0, `${label}: nothing outside the site is referenced ${outside.join(" ")}`);
  const broken = [];
  for (const u of local.filter((u) => u.startsWith(base))) {
    const r = await page.request.get(u);
    if (r.status() !== 200) broken.push(`${u} (${r.status()})`);
  }
  check(broken.length === 0, `${label}: ${local.length} links and resources resolve ${broken.join(" ")}`);
  // Charts load lazily: ask for every image now and wait until it is decoded.
  const images = await page.evaluate(async () => {
    const bad = [];
    for (const img of document.images) {
      img.loading = "eager";
      try { await img.decode(); } catch (e) { bad.push(img.src); continue; }
      if (img.naturalWidth === 0) bad.push(img.src);
    }
    return bad;
  });
  check(images.length === 0, `${label}: every image loads ${images.join(" ")}`);
  // Accessibility: WCAG 2.1 A and AA.
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  const violations = result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  check(violations.length === 0, `${label}: axe-core finds no WCAG 2.1 A/AA violation\n    ${violations.join("\n    ")}`);
  for (const width of [390, 1280]) {
    // Loaded as a reader with that screen loads it (a phone folds the contents).
    await page.setViewportSize({ width, height: 900 });
    await page.reload({ waitUntil: "load" });
    // Nothing widens the page past the screen (wide tables scroll inside
    // their own box): a phone never scrolls the whole page sideways.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= width, `${label}: the page fits ${width} px (it is ${wide} px wide)`);
    if (width === 390) {
      const sizes = await chartTextSizes(page);
      const small = sizes.filter((s) => !(s.px >= kMinChartTextPx));
      for (const s of sizes) {
        if (s.px < smallestChartText.px) smallestChartText = { px: s.px, where: `${label} ${s.chart}` };
      }
      const least = sizes.length ? Math.min(...sizes.map((s) => s.px)) : NaN;
      check(small.length === 0,
            `${label}: chart text at 390 px is at least ${kMinChartTextPx} px in all ${sizes.length} charts` +
            ` (smallest ${least.toFixed(2)} px)` +
            small.slice(0, 10).map((s) =>
              `\n    ${s.chart}: ${s.px ? s.px.toFixed(2) + " px" : "text without a font-size"}`).join("") +
            (small.length > 10 ? `\n    and ${small.length - 10} more` : ""));
    }
    // Long pages (a county with schools and kindergartens) take a while on
    // a busy machine: more than playwright's default 30 s.
    await page.screenshot({ path: path.join(shotDir, `${label}-${width}.png`), fullPage: true,
                            timeout: 120000 });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// A phone (390 x 844) loading the page sees the top of its first chart
// within its first two screens.
async function checkFirstChart(page, label) {
  const screen = 844;
  await page.setViewportSize({ width: 390, height: screen });
  await page.reload({ waitUntil: "load" });
  const top = await page.evaluate(() => {
    const figure = document.querySelector("figure.chart");
    return figure ? Math.round(figure.getBoundingClientRect().top + window.scrollY) : -1;
  });
  check(top >= 0 && top <= 2 * screen,
        `${label}: the first chart starts within two 390x844 screens (at ${top} px, limit ${2 * screen})`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function walk(browser, root, name, steps) {
  const server = await serve(path.resolve(root));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const page = await browser.newPage();
  // A loaded machine (CI, parallel ctest) can take long over a full-page
  // screenshot of a long page; the default 30 s is not a product limit.
  page.setDefaultTimeout(120000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base + "index.html");
  await checkPage(page, `${name}-0`, base);
  for (let i = 0; i < steps.length; i++) {
    const link = page.locator(steps[i]).first();
    check(await link.count() > 0, `${name}: a link to click on step ${i + 1} (${steps[i]})`);
    if (await link.count() === 0) break;
    await Promise.all([page.waitForLoadState("load"), link.click()]);
    await checkPage(page, `${name}-${i + 1}`, base);
  }
  check(errors.length === 0, `${name}: no script errors ${errors.join(" ")}`);
  return { page, server, base };
}

const browser = await chromium.launch({
  executablePath: process.env.KFL_CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  // Public: county -> municipality -> school.
  const pub = await walk(browser, path.join(outDir, "site"), "site",
                         [".units-below .unit-list a", ".units-below .unit-list a"]);
  const robots = await pub.page.locator('meta[name="robots"]').count();
  check(robots === 0, "site: public pages may be indexed");
  await checkFirstChart(pub.page, "site-2 (school)");
  // The search box finds a unit by part of its name, without a server.
  await pub.page.goto(pub.base + "index.html");
  await pub.page.fill("#sok", "skole");
  const hits = await pub.page.locator("#sok-treff a").count();
  check(hits > 0, `site: the search box finds units (${hits} hits for "skole")`);
  pub.server.close();

  // Restricted: entry -> municipality -> school -> class.
  const res = await walk(browser, path.join(outDir, "restricted"), "restricted",
                         [".units-below .unit-list a", ".units-below .unit-list a",
                          ".units-below .unit-list a"]);
  const meta = await res.page.locator('meta[name="robots"][content="noindex, nofollow"]').count();
  check(meta === 1, "restricted: the class page is marked noindex, nofollow");
  const notice = await res.page.locator(".notice").count();
  check(notice === 1, "restricted: the class page says it is not for publication");
  res.server.close();
  check(smallestChartText.px >= kMinChartTextPx,
        `charts: the smallest chart text at 390 px is ${smallestChartText.px.toFixed(2)} px (${smallestChartText.where})`);
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
