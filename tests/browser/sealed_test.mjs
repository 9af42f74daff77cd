// Browser test of the sealed restricted site (issue #25), in Debian's
// headless Chromium: a class link with its key opens the class page (charts
// drawn, axe-core clean, the key gone from the address bar, nothing asked
// from outside the site); a school link opens the school and, by a click,
// its class; a wrong key and a changed byte each give their message; the
// page opens from file:// too; a file of the page downloads decrypted.
//
//   node sealed_test.mjs SEALED_OUT_DIR KEY_FILE [MAIL_DIR]
// With MAIL_DIR (kfl mail --dry-run --keys --base-url file://…), the link in
// the head teacher's message is followed too.
// Prints one line per check and "N passed, N failed"; exits 1 on a failure.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [outDir, keyFile, mailDir] = process.argv.slice(2);
let passed = 0, failed = 0;
const check = (ok, what) => {
  if (ok) passed++; else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
};

const keys = Object.fromEntries(fs.readFileSync(keyFile, "utf8").split("\n")
  .filter((l) => l && !l.startsWith("#")).map((l) => l.split(" ")));

// Opens `url` and waits for the sealed page to open, or for a message.
async function open(page, url) {
  await page.goto(url);
  await page.waitForFunction(() =>
    document.documentElement.getAttribute("data-kfl-open") === "yes" ||
    [...document.querySelectorAll("[data-state]")].some((e) => !e.hidden && e.getAttribute("data-state") !== "opening"),
    null, { timeout: 60000 });
  return page.evaluate(() => document.documentElement.getAttribute("data-kfl-open") === "yes"
    ? "open" : document.querySelector("[data-state]:not([hidden])").getAttribute("data-state"));
}

const klass = "fjellvik/fjellvik-skole/8a/index.html";
const school = "fjellvik/fjellvik-skole/index.html";
const browser = await chromium.launch({
  executablePath: process.env.KFL_CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const root = path.resolve(outDir, "restricted");
const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}/`;
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const outside = [];
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith("blob:") && !u.startsWith("data:")) outside.push(u);
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  // A contact teacher's link.
  check(await open(page, base + klass + "#k=" + keys["c-fjellvik-01-8a"]) === "open", "a class link with its key opens the class page");
  const h1 = await page.locator("h1").first().innerText();
  check(h1.includes("8A"), `the class page is 8A's (${h1})`);
  check(await page.locator("form.search").count() === 0, "the opened page has no search box (the sealed site has no index)");
  const notice = await page.locator(".notice").innerText();
  check(notice.includes("låst") && !notice.includes("skal ikke legges ut"), `the notice says the pages are locked (${notice})`);
  check(!page.url().includes("#k="), `the key is gone from the address bar (${page.url()})`);
  const images = await page.evaluate(async () => {
    let ok = 0, bad = 0;
    for (const img of document.images) {
      try { await img.decode(); } catch (e) { bad++; continue; }
      if (img.naturalWidth > 0 && img.src.startsWith("blob:")) ok++; else bad++;
    }
    return { ok, bad };
  });
  check(images.ok > 3 && images.bad === 0, `the class page's charts are drawn (${images.ok} decrypted, ${images.bad} not)`);
  // (The page's policy refuses inline scripts: axe goes in as devtools would.)
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  check(result.violations.length === 0, `the opened class page: axe-core finds no WCAG 2.1 A/AA violation ` +
        result.violations.map((v) => v.id).join(" "));
  // A file of the page, decrypted as it downloads.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('a[href="tall.csv"]').first().click()]);
  const csv = fs.readFileSync(await download.path(), "utf8");
  check(download.suggestedFilename() === "tall.csv" && csv.startsWith("Tabell,Rad,Kolonne,Verdi"),
        `the page's CSV downloads decrypted (${download.suggestedFilename()}: ${csv.slice(0, 30)})`);

  // A head teacher's link: the school, then a click into a class.
  check(await open(page, base + school + "#k=" + keys["s-fjellvik-01"]) === "open", "a school link with its key opens the school page");
  const link = page.locator('a[href^="8a/index.html#k="]').first();
  check(await link.count() === 1, "the school page links its class with the class's key");
  if (await link.count() === 1) {
    await link.click();
    await page.waitForFunction(() => document.documentElement.getAttribute("data-kfl-open") === "yes", null, { timeout: 60000 });
    check((await page.locator("h1").first().innerText()).includes("8A"), "a click from the school opens the class page");
  }

  // The county's link: its tree links every class; a click finds the
  // class's key through the municipality's and the school's key lists.
  check(await open(page, base + "index.html#k=" + keys["testfylke"]) === "open", "the county link opens the county page");
  const deep = page.locator('a[href="fjellvik/fjellvik-skole/8a/index.html"]').first();
  check(await deep.count() === 1, "the county page links a class deep below it");
  if (await deep.count() === 1) {
    await deep.click();
    await page.waitForURL(/\/8a\/index\.html/, { timeout: 60000 });
    await page.waitForFunction(() => document.documentElement.getAttribute("data-kfl-open") === "yes", null, { timeout: 60000 });
    check((await page.locator("h1").first().innerText()).includes("8A"), "a click from the county opens the class page, three keys down");
  }

  // A wrong key, a missing one, a damaged file.
  const wrong = await context.newPage();
  check(await open(wrong, base + klass + "#k=" + keys["c-fjellvik-01-9a"]) === "wrong", "another class's key: the page says the key does not fit");
  const fresh = await context.newPage();
  check(await open(fresh, base + "fjellvik/fjellvik-skole/9a/index.html") === "ask", "no key: the page asks for the link");
  await fresh.fill("#kfl-link", base + "fjellvik/fjellvik-skole/9a/index.html#k=" + keys["c-fjellvik-01-9a"]);
  await fresh.click("#kfl-form button");
  await fresh.waitForFunction(() => document.documentElement.getAttribute("data-kfl-open") === "yes", null, { timeout: 60000 });
  check((await fresh.locator("h1").first().innerText()).includes("9A"), "a pasted link opens the page");
  const sealedPage = path.join(root, "fjellvik/fjellvik-skole/8a/index.html.kfl.js");
  const original = fs.readFileSync(sealedPage, "utf8");
  const at = original.length - 40;
  fs.writeFileSync(sealedPage, original.slice(0, at) + (original[at] === "A" ? "B" : "A") + original.slice(at + 1));
  const damaged = await context.newPage();
  check(await open(damaged, base + klass + "#k=" + keys["c-fjellvik-01-8a"]) === "damaged", "one changed byte: the page says the file is damaged");
  fs.writeFileSync(sealedPage, original);

  // From the disk, as a file:// link.
  const local = await context.newPage();
  check(await open(local, "file://" + path.join(root, klass) + "#k=" + keys["c-fjellvik-01-8a"]) === "open", "the class page opens from file://");
  if (mailDir) {
    // Quoted-printable: soft line breaks and "=3D" for "=".
    const eml = fs.readFileSync(path.join(mailDir, "rektor@example.no.eml"), "utf8")
      .replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
    const link = (/file:\/\/\S+#k=[A-Za-z0-9_-]{43}/.exec(eml) || [])[0];
    check(Boolean(link) && !/rapport\.pdf/.test(eml.split("\n\n").slice(1).join("")), "the head teacher's message has the school's link and no attachment");
    const mailed = await context.newPage();
    check(link && await open(mailed, link) === "open" &&
          (await mailed.locator("h1").first().innerText()).includes("Fjellvik skole"),
          "the link in the head teacher's message opens the school page");
    // The contact teacher's: the class report attached (unsealed), and the class's link.
    const kari = fs.readFileSync(path.join(mailDir, "kari@example.no.eml"), "latin1");
    const pdf = (/Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+\/=\r\n]+)/.exec(kari) || [])[1] || "";
    check(Buffer.from(pdf.replace(/\r\n/g, ""), "base64").subarray(0, 5).toString() === "%PDF-",
          "the contact teacher's message has the class report attached as a PDF");
  }
  check(outside.length === 0, `nothing is asked from outside the site ${outside.join(" ")}`);
  check(errors.length === 0, `no script errors ${errors.join(" ")}`);
} finally {
  server.close();
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
