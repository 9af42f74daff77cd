// Opens a sealed page of the restricted site (issue #25). A unit's files
// (its page, charts, PDF, CSV and Excel files, and the keys of the units
// right below it) are AES-256-GCM encrypted with the unit's key; the key
// comes in the link's fragment (…/8a/#k=…), which browsers never send to a
// server. Decryption is WebCrypto's, in this browser; nothing is fetched
// from outside the site. A sealed file is a script that calls
// kflSealed(path, base64), so that it also loads from file://; `path` is
// its place in the site, which the encryption authenticates.
(function () {
  "use strict";
  const meta = (name) => document.querySelector('meta[name="' + name + '"]').content;
  const folder = meta("kfl-folder");  // this unit's folder in the site, "" at the top
  const keyId = meta("kfl-key-id");   // the first 8 bytes of SHA-256("kfl key id" || key), hex
  const storage = "kfl-key:" + folder;
  const pending = new Map();
  const utf8 = new TextEncoder();

  window.kflSealed = function (path, base64) {
    const resolve = pending.get(path);
    if (resolve) resolve(base64);
  };

  // The sealed bytes at `src` (relative to this page), whose place in the
  // site is `path`.
  function load(path, src) {
    return new Promise(function (resolve, reject) {
      pending.set(path, function (base64) {
        pending.delete(path);
        const binary = atob(base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
        resolve(bytes);
      });
      const script = document.createElement("script");
      script.src = src + ".kfl.js";
      script.onerror = function () { pending.delete(path); reject(new Error("missing")); };
      document.head.appendChild(script);
    });
  }

  // The plaintext of the sealed file at `src`; Error("damaged") when it
  // was changed (or moved: its path is authenticated too).
  async function open(key, src) {
    const path = folder + src;
    const sealed = await load(path, src);
    try {
      return await crypto.subtle.decrypt(
        { name: "AES-GCM", iv: sealed.slice(0, 12), additionalData: utf8.encode(path) },
        key, sealed.slice(12));
    } catch (e) {
      throw new Error("damaged");
    }
  }
  const openText = async (key, src) => new TextDecoder().decode(await open(key, src));
  const importKey = (raw) => crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["decrypt"]);

  function decodeKey(value) {
    if (!/^[A-Za-z0-9_-]{43}$/.test(value || "")) return null;
    const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/") + "=");
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).slice(0, 32);
  }

  async function idOf(raw) {
    const data = new Uint8Array(10 + raw.length);
    data.set(utf8.encode("kfl key id"));
    data.set(raw, 10);
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
    return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // The key in a link "…#k=KEY", or in a fragment alone.
  function keyOfLink(link) {
    const match = /[#&]k=([A-Za-z0-9_-]{43})/.exec(link || "");
    return match ? match[1] : null;
  }

  function show(state) {
    document.querySelectorAll("[data-state]").forEach(function (el) {
      el.hidden = el.getAttribute("data-state") !== state;
    });
    document.getElementById("kfl-form").hidden = state === "opening";
  }

  // A link inside the site below this page (not "../", not a fragment).
  const below = (href) => href && !/^(?:[a-z]+:|\/|#|\.\.\/)/i.test(href);

  // The key of the unit folder `target` ("a/b/") below this one, from the
  // keys of the units right below each folder on the way.
  async function keyOf(target, key, children) {
    let at = "";
    for (const part of target.split("/").slice(0, -1)) {
      const value = children[part + "/"];
      if (!value) return null;
      at += part + "/";
      if (at === target) return value;
      children = JSON.parse(await openText(await importKey(decodeKey(value)), at + "keys.json"));
    }
    return null;
  }

  // A file of the site as a download the reader saves or opens.
  function download(key, href) {
    return async function (event) {
      event.preventDefault();
      const bytes = await open(key, href);
      const name = href.split("/").pop();
      const type = name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
      const url = URL.createObjectURL(new Blob([bytes], { type: type }));
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    };
  }

  async function openPage(key) {
    show("opening");
    const page = await openText(key, "index.html");
    let children = {};
    try {
      children = JSON.parse(await openText(key, "keys.json"));
    } catch (e) {
      if (e.message === "damaged") throw e;  // no units below: no keys.json
    }
    const doc = new DOMParser().parseFromString(page, "text/html");
    document.replaceChild(document.adoptNode(doc.documentElement), document.documentElement);
    // No search here: its index would name every unit, so the sealed site has none.
    document.querySelectorAll("form.search").forEach((form) => form.remove());
    for (const a of document.querySelectorAll("a[href]")) {
      const href = a.getAttribute("href");
      if (!below(href)) continue;
      const target = href.replace(/index\.html(#.*)?$/, "");
      if (target.endsWith("/")) {
        // A unit below: its key in the fragment; a deeper one on click.
        if (children[target]) {
          a.setAttribute("href", href + "#k=" + children[target]);
        } else {
          a.addEventListener("click", async function (event) {
            event.preventDefault();
            const value = await keyOf(target, key, children).catch(() => null);
            location.href = value ? href.replace(/#.*$/, "") + "#k=" + value : href;
          });
        }
      } else if (!href.endsWith(".html")) {
        a.addEventListener("click", download(key, href));
      }
    }
    await Promise.all(Array.from(document.querySelectorAll("img[src]"), async function (img) {
      const src = img.getAttribute("src");
      if (!below(src)) return;
      img.removeAttribute("loading");
      img.src = URL.createObjectURL(new Blob([await open(key, src)], { type: "image/svg+xml" }));
    }));
    document.documentElement.setAttribute("data-kfl-open", "yes");
  }

  async function start(value) {
    // WebCrypto exists only in a secure context (https, or a file on disk).
    if (!(window.crypto && crypto.subtle)) return show("insecure");
    const raw = decodeKey(value);
    if (!raw) return show(value ? "wrong" : "ask");
    if (await idOf(raw) !== keyId) return show("wrong");
    try {
      await openPage(await importKey(raw));
      try { sessionStorage.setItem(storage, value); } catch (e) { /* storage off: ask again */ }
    } catch (e) {
      show(e.message === "damaged" ? "damaged" : "missing");
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    let value = keyOfLink(location.hash);
    if (value) {
      // The key leaves the address bar and the history at once.
      history.replaceState(null, "", location.pathname + location.search);
    } else {
      try { value = sessionStorage.getItem(storage); } catch (e) { value = null; }
    }
    document.getElementById("kfl-form").addEventListener("submit", function (event) {
      event.preventDefault();
      const pasted = document.getElementById("kfl-link").value.trim();
      start(keyOfLink(pasted) || pasted);
    });
    start(value);
  });
})();
