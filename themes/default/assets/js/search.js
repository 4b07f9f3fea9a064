// Zoeken op /zoeken/ met Pagefind. De zoekindex staat op de site zelf (/pagefind/); er gaat niets naar een ander.
// Zonder JavaScript doet het formulier een gewone GET naar /zoeken/?q=… en toont de pagina vaste links.
// Met JavaScript staan de zoekwoorden achter het # (/zoeken/#q=…): dat deel geven browsers niet door als verwijzer,
// en statistiekendiensten bewaren het niet. Zoekwoorden op een zorgsite kunnen iets persoonlijks zeggen.
const form = document.querySelector("[data-search-form]");
if (form) start(form);

function start(form) {
  const input = form.querySelector("input[name=q]");
  const status = document.querySelector("[data-search-status]");
  const list = document.querySelector("[data-search-results]");
  const more = document.querySelector("[data-search-more]");
  const notice = document.querySelector("[data-search-needs-js]");
  const pageSize = 10;
  let engine = null;
  let found = [];
  let shown = 0;
  let asked = 0;

  async function pagefind() {
    if (!engine) {
      engine = import("/pagefind/pagefind.js").then(async (pf) => {
        await pf.options({ excerptLength: 24 });
        await pf.init();
        return pf;
      });
      engine.catch(() => { engine = null; });
    }
    return engine;
  }

  async function run(query) {
    const ticket = ++asked;
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    found = [];
    shown = 0;
    if (!query) {
      status.textContent = "";
      return;
    }
    status.textContent = "Bezig met zoeken…";
    let search;
    try {
      search = await (await pagefind()).search(query);
    } catch {
      if (ticket !== asked) return;
      status.textContent = "Zoeken lukt nu niet. Probeer het later nog eens, of kies hieronder een pagina.";
      notice.hidden = false;
      return;
    }
    if (ticket !== asked) return;
    notice.hidden = true;
    found = search.results;
    if (found.length === 0) {
      status.textContent = `Niets gevonden voor ‘${query}’. Probeer een ander of korter woord, of kies hieronder een pagina.`;
      return;
    }
    await showMore(ticket);
    if (ticket !== asked) return;
    status.textContent = found.length === 1 ? `1 resultaat voor ‘${query}’.` : `${found.length} resultaten voor ‘${query}’.`;
  }

  /** Adds the next results to the list; returns the first one added. */
  async function showMore(ticket) {
    const next = found.slice(shown, shown + pageSize);
    const data = await Promise.all(next.map((r) => r.data()));
    if (ticket !== asked) return null;
    const items = data.map(item);
    list.append(...items);
    shown += next.length;
    list.hidden = false;
    more.hidden = shown >= found.length;
    return items[0] ?? null;
  }

  more.addEventListener("click", async () => {
    const first = await showMore(asked);
    first?.querySelector("a")?.focus();
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    history.pushState(null, "", location.pathname + (query ? `#q=${encodeURIComponent(query)}` : ""));
    run(query);
  });

  addEventListener("popstate", () => {
    if (location.hash && !location.hash.startsWith("#q=")) return; // a jump within the page, such as the skip link
    input.value = queryFromAddress();
    run(input.value);
  });

  input.value = queryFromAddress();
  if (input.value) run(input.value);
  else pagefind().then(() => { notice.hidden = true; }, () => {});
}

/** The query from /zoeken/#q=…; one from /zoeken/?q=… (the form without JavaScript, an old link) moves behind the #. */
function queryFromAddress() {
  if (location.hash.startsWith("#q=")) return (new URLSearchParams(location.hash.slice(1)).get("q") ?? "").trim();
  const asked = (new URLSearchParams(location.search).get("q") ?? "").trim();
  if (location.search) history.replaceState(null, "", location.pathname + (asked ? `#q=${encodeURIComponent(asked)}` : ""));
  return asked;
}

/** One result: the title as a link in a heading, the page type, and the excerpt with the found words marked. */
function item(data) {
  const li = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = typeof data.url === "string" && data.url.startsWith("/") ? data.url : "#";
  link.textContent = data.meta?.title || data.url;
  heading.append(link);
  li.append(heading);
  const type = data.meta?.type;
  if (type) {
    const label = document.createElement("p");
    label.className = "search-type";
    label.textContent = type.charAt(0).toUpperCase() + type.slice(1);
    li.append(label);
  }
  const excerpt = document.createElement("p");
  appendExcerpt(excerpt, data.excerpt ?? "");
  li.append(excerpt);
  return li;
}

/** Pagefind's excerpt is text with <mark> around the found words: only those two are kept, everything else as text. */
function appendExcerpt(target, html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstChild;
  for (const node of parsed?.childNodes ?? []) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ""));
    }
  }
}
