#!/usr/bin/env python3
# Soak test of the live preview: the real preview process (`Site.dll preview`, what `dotnet run -- preview` runs) left
# running while a script plays a long writing session on a copy of the sample site, and browser-like clients open
# pages and the live-reload stream and drop them, as tabs are opened and closed. Every minute it samples the process
# (/proc: RSS, open file descriptors, sockets, threads; the GC heap through dotnet-counters when it is installed) and
# the folders the preview may write (.thuisbasis/, output/, temporary files). At the end it puts the original content
# back, crawls the preview, starts a fresh preview on the same folder and port and compares every page byte for byte
# (only the build number in the live-reload script may differ). Not part of any test run. See bench/README-preview.md.
#
#   python3 bench/preview_soak.py --dll bin/Release/net10.0/Site.dll --site . --work /tmp/soak \
#       [--stories 200 --corpus ../shared/bench/gen_corpus.py] [--edits 1200 --minutes 18] [--port 5391] [--seed 1]
#       [--counters ~/.dotnet/tools/dotnet-counters]
#
# Only Python 3's standard library is needed. Photos are made here: PNGs of noise (a few MB each, as phone screenshots
# and scans are), so nothing has to be installed.
import argparse, glob, json, os, random, re, shutil, signal, socket, struct, subprocess, sys, threading, time, urllib.request, zlib
from html.parser import HTMLParser

ap = argparse.ArgumentParser()
ap.add_argument("--dll", required=True)
ap.add_argument("--site", required=True, help="folder with input/, themes/, statiq.config (this repository)")
ap.add_argument("--work", required=True, help="scratch folder (emptied)")
ap.add_argument("--stories", type=int, default=0, help="extra generated stories (gen_corpus.py --layout thuisbasis)")
ap.add_argument("--corpus", default=None, help="path of gen_corpus.py")
ap.add_argument("--edits", type=int, default=1200)
ap.add_argument("--minutes", type=float, default=18)
ap.add_argument("--port", type=int, default=5391)
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--tabs", type=int, default=4, help="browser tabs open at most at once")
ap.add_argument("--counters", default=None, help="dotnet-counters executable, for the GC heap")
ap.add_argument("--date", default="2026-06-01")
ap.add_argument("--sample", type=float, default=60, help="seconds between samples")
ap.add_argument("--pagefind", default=None, help="Pagefind program (THUISBASIS_PAGEFIND), so the preview's search index is made too")
args = ap.parse_args()

rnd = random.Random(args.seed)
work = os.path.abspath(args.work)
site = os.path.join(work, "site")
original = os.path.join(work, "original")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(site)
for name in ["input", "themes", "overrides"]:
    if os.path.isdir(os.path.join(args.site, name)): shutil.copytree(os.path.join(args.site, name), os.path.join(site, name))
shutil.copy(os.path.join(args.site, "statiq.config"), site)
if args.stories:
    gen = os.path.join(work, "gen")
    subprocess.run([sys.executable, args.corpus, "--stories", str(args.stories), "--out", gen, "--seed", str(args.seed),
                    "--layout", "thuisbasis"], check=True, stdout=subprocess.DEVNULL)
    for sub in ["stories", "team"]:
        for f in glob.glob(os.path.join(gen, "input", sub, "*.md")):
            target = os.path.join(site, "input", sub, os.path.basename(f))
            if not os.path.exists(target): shutil.copy(f, target)
    shutil.rmtree(gen)
shutil.copytree(site, original)
temp = os.path.join(work, "tmp")  # the preview's TMPDIR: its temporary files (the search index) are counted here
os.makedirs(temp)

def png(path, w, h, seed):
    """A PNG of coloured noise: incompressible, so w*h*3 bytes (1000x750: about 2.2 MB)."""
    r = random.Random(seed)
    raw = b"".join(b"\0" + r.randbytes(w * 3) for _ in range(h))
    def chunk(kind, data): return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
                chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))

def save(rel, text):
    """As editors save: a temp file next to it, renamed over the original."""
    full = os.path.join(site, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    tmp = full + ".tmp~"
    with open(tmp, "w", encoding="utf-8", newline="") as f: f.write(text)
    os.replace(tmp, full)

def read(rel):
    with open(os.path.join(site, rel), encoding="utf-8") as f: return f.read()

def get(path, timeout=60):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{args.port}{path}", timeout=timeout) as r: return r.status, r.read()
    except urllib.error.HTTPError as e: return e.code, e.read()
    except Exception as e: return 0, str(e).encode()

def start_preview(log_path):
    log = open(log_path, "w")
    env = {**os.environ, "CI": "true", "TMPDIR": temp}
    if args.pagefind: env["THUISBASIS_PAGEFIND"] = os.path.abspath(args.pagefind)
    p = subprocess.Popen(["dotnet", args.dll, "preview", "--root", site, "--port", str(args.port), "--date", args.date],
                         stdout=log, stderr=subprocess.STDOUT, env=env)
    deadline = time.time() + 180
    while get("/", 5)[0] != 200:
        if p.poll() is not None or time.time() > deadline: sys.exit(f"preview did not start; see {log_path}")
        time.sleep(0.2)
    return p, log

def stop_preview(p):
    # SIGTERM, which the preview treats as Ctrl+C: a script started in the background has SIGINT ignored, and so has its child.
    p.send_signal(signal.SIGTERM)
    try: return p.wait(60)
    except subprocess.TimeoutExpired:
        p.kill(); return "killed"

# ---- sampling -------------------------------------------------------------------------------------------------------
def du(path):
    total, files = 0, 0
    for dirpath, _, names in os.walk(path):
        for n in names:
            try: total += os.lstat(os.path.join(dirpath, n)).st_size; files += 1
            except OSError: pass
    return total, files

def litter():
    """Files and folders a build or a save may leave behind in the site: staging folders, temp files."""
    found = []
    for dirpath, dirs, names in os.walk(site):
        for n in dirs + names:
            if re.search(r"(staging|\.tmp$|\.tmp~$|~$|\.partial$|\.new$)", n, re.I) or n.startswith(".~"):
                found.append(os.path.relpath(os.path.join(dirpath, n), site))
    return found

def proc(pid):
    s = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM", "Threads"): s[k] = int(v.split()[0])
    fds = os.listdir(f"/proc/{pid}/fd")
    sockets = 0
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:"): sockets += 1
        except OSError: pass
    s["fds"], s["sockets"] = len(fds), sockets
    return s

gc_heap = {"value": None}
def read_counters(csv_path):
    """The GC heap after the last collection: dotnet.gc.last_collection.heap.size summed over the generations, newest time."""
    try:
        with open(csv_path) as f: lines = f.read().splitlines()
    except OSError: return
    by_time = {}
    for line in lines:
        parts = line.split(",")
        if len(parts) >= 5 and parts[2].startswith("dotnet.gc.last_collection.heap.size"):
            try: by_time.setdefault(parts[0], {})[parts[2]] = float(parts[4])
            except ValueError: pass
    if by_time:
        newest = max(by_time, key=lambda t: time.mktime(time.strptime(t, "%m/%d/%Y %H:%M:%S")))
        gc_heap["value"] = sum(by_time[newest].values())

samples = []
stats = {"edits": 0, "gets": 0, "bad_gets": 0, "tabs": 0, "events": 0, "reloads": 0, "overlays": 0, "kinds": {}}
stop_all = threading.Event()

def sampler(pid, t0, counters_csv):
    while True:
        if counters_csv: read_counters(counters_csv)
        try: p = proc(pid)
        except OSError: return
        cache = du(os.path.join(site, ".thuisbasis")); out = du(os.path.join(site, "output")); tmp = du(temp)
        samples.append({"min": round((time.time() - t0) / 60, 1), "edits": stats["edits"], "rss_mb": round(p["VmRSS"] / 1024, 1),
                        "hwm_mb": round(p["VmHWM"] / 1024, 1), "gc_mb": None if gc_heap["value"] is None else round(gc_heap["value"] / (1 << 20), 1),
                        "fds": p["fds"], "sockets": p["sockets"], "threads": p["Threads"],
                        "cache_mb": round(cache[0] / 1e6, 1), "cache_files": cache[1], "output_files": out[1], "litter": len(litter()),
                        "tmp_mb": round(tmp[0] / 1e6, 1), "tmp_files": tmp[1],
                        "tabs_opened": stats["tabs"], "gets": stats["gets"]})
        s = samples[-1]
        print(f"[{s['min']:5.1f} min] edits {s['edits']:5d}  RSS {s['rss_mb']:7.1f} MB  GC {s['gc_mb']}  fds {s['fds']:4d} (sockets {s['sockets']})  "
              f"threads {s['threads']:3d}  .thuisbasis {s['cache_mb']} MB/{s['cache_files']} files  tmp {s['tmp_mb']} MB/{s['tmp_files']} files  litter {s['litter']}", flush=True)
        if stop_all.wait(args.sample): return

# ---- browser-like clients -------------------------------------------------------------------------------------------
class Links(HTMLParser):
    def __init__(self): super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v and v.startswith("/") and not v.startswith("//"): self.links.append(v.split("#")[0])

def links_of(body):
    p = Links()
    try: p.feed(body.decode("utf-8", "replace"))
    except Exception: pass
    return p.links

pages = ["/"]
def tab(tab_rnd):
    """One tab: a page with its images and stylesheets, then the live-reload stream held open a while and dropped."""
    path = tab_rnd.choice(pages)
    status, body = get(path)
    stats["gets"] += 1
    if status not in (200, 404): stats["bad_gets"] += 1
    for l in [l for l in links_of(body) if re.search(r"\.(css|webp|png|jpg|svg|js)$", l)][:6]:
        get(l); stats["gets"] += 1
    stats["tabs"] += 1
    s = socket.create_connection(("127.0.0.1", args.port), timeout=5)
    try:
        s.sendall(f"GET /_thuisbasis/events HTTP/1.1\r\nHost: localhost:{args.port}\r\nAccept: text/event-stream\r\n\r\n".encode())
        until = time.time() + tab_rnd.choice([0.2, 1, 3, 8, 20, 45])
        buf = b""
        while time.time() < until and not stop_all.is_set():
            s.settimeout(max(0.05, min(1, until - time.time())))
            try: chunk = s.recv(65536)
            except socket.timeout: continue
            if not chunk: break
            buf += chunk
            for ev in re.findall(rb"event: (\w+)", buf):
                stats["events"] += 1
                if ev == b"reload": stats["reloads"] += 1
                if ev == b"overlay": stats["overlays"] += 1
                if ev == b"reload" and tab_rnd.random() < 0.5:  # the page reloads: the tab asks for it again
                    get(path); stats["gets"] += 1
            buf = buf[buf.rfind(b"\n\n") + 2:] if b"\n\n" in buf else buf
    finally:
        # A closed tab: half the time the socket is cut without a FIN-and-wait (as a browser that is killed).
        if tab_rnd.random() < 0.5: s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()

def browser(n):
    r = random.Random(args.seed * 100 + n)
    while not stop_all.is_set():
        try: tab(r)
        except Exception: stats["bad_gets"] += 1; time.sleep(0.5)

# ---- the writing session --------------------------------------------------------------------------------------------
def session():
    stories = sorted(os.path.relpath(p, site) for p in glob.glob(os.path.join(site, "input/stories/*.md")))
    own = []  # stories this session made (and may delete)
    broken = None  # (rel, good text) while a mistake is on disk
    n_photo = 0
    save("input/data/soak.yml", "note: begin\nteller: 0\n")
    theme_story = open(os.path.join(site, "themes/default/layouts/story.sbn-html"), encoding="utf-8").read()
    override = "overrides/layouts/story.sbn-html"
    config = read("statiq.config")
    kinds = [("text", 40), ("title", 8), ("new", 9), ("delete", 6), ("photo", 3), ("data", 6), ("config", 3), ("layout", 4),
             ("mistake", 7), ("css", 2), ("burst", 2)]
    bag = [k for k, w in kinds for _ in range(w)]
    gap = args.minutes * 60 / args.edits
    t_end = time.time() + args.minutes * 60
    for i in range(args.edits):
        if stop_all.is_set(): break
        kind = "fix" if broken and rnd.random() < 0.7 else rnd.choice(bag)
        if kind == "fix" or (broken and kind == "mistake"):
            rel, good = broken
            if os.path.exists(os.path.join(site, rel)): save(rel, good)
            broken = None; kind = "fix"
        elif kind == "text":
            rel = rnd.choice(stories + own)
            save(rel, read(rel).rstrip("\n") + f"\n\nAanvulling {i}: {rnd.choice(['de koffie stond klaar', 'er kwamen twaalf buren', 'het regende'])}.\n")
        elif kind == "title":
            rel = rnd.choice(stories + own)
            save(rel, re.sub(r"(?m)^title: .*$", f"title: Verhaal met nieuwe titel {i}", read(rel), count=1))
        elif kind == "new":
            rel = f"input/stories/2026-05-{1 + i % 28:02d}-soak-{i}.md"
            save(rel, f"---\ntitle: Nieuw verhaal {i}\ndate: 2026-05-{1 + i % 28:02d}\nauthor: anouk-visser\ntags: [soak, buurt]\n---\n"
                      f"Dit is verhaal {i}. " * 20 + "\n\n## Tussenkop\n\nNog een alinea met [een link](/verhalen/even-op-adem-komen/).\n")
            own.append(rel)
            pages.append(f"/verhalen/soak-{i}/")
        elif kind == "delete":
            if own:
                rel = own.pop(rnd.randrange(len(own)))
                os.remove(os.path.join(site, rel))
        elif kind == "photo":
            n_photo += 1
            rel = f"input/assets/img/soak/foto-{n_photo}.png"
            os.makedirs(os.path.join(site, os.path.dirname(rel)), exist_ok=True)
            png(os.path.join(site, rel) + ".part", 1000, 750, args.seed * 1000 + n_photo)
            os.replace(os.path.join(site, rel) + ".part", os.path.join(site, rel))
            target = rnd.choice(own or stories)
            save(target, read(target).rstrip("\n") + f"\n\n![Foto {n_photo} van de middag](/assets/img/soak/foto-{n_photo}.png)\n")
        elif kind == "data":
            save("input/data/soak.yml", f"note: stand {i}\nteller: {i}\n")
        elif kind == "config":
            save("statiq.config", re.sub(r"(?m)^tagline: .*$", f"tagline: Wij helpen iedereen in Oost (versie {i}).", config, count=1))
        elif kind == "layout":
            save(override, theme_story.rstrip("\n") + f"\n<!-- soak {i}: {{{{ site.data.soak.note }}}} -->\n")
        elif kind == "css":
            save("overrides/assets/css/soak.css", f".soak-{i} {{ color: #123456; }}\n")
        elif kind == "mistake":
            rel = rnd.choice(stories)
            good = read(rel)
            bad = rnd.choice([re.sub(r"(?m)^date: .*$", "date: 31-02-2026", good, count=1),
                              good.replace("---\n", "---\ntitle: [niet dicht\n", 1),
                              re.sub(r"(?m)^author: .*$", "author: niemand-bekend", good, count=1)])
            save(rel, bad)
            broken = (rel, good)
        elif kind == "burst":  # a checkout-like batch: ten stories at once
            for rel in rnd.sample(stories, min(10, len(stories))):
                save(rel, read(rel).rstrip("\n") + f"\n\nSamen gewijzigd {i}.\n")
        stats["edits"] += 1
        stats["kinds"][kind] = stats["kinds"].get(kind, 0) + 1
        # Even pace over the planned time, with some jitter (a writer saves in bursts).
        left = t_end - time.time()
        time.sleep(max(0.0, min(left / max(1, args.edits - i - 1) * rnd.uniform(0.3, 1.7), 5)))
    if broken:
        save(*broken)

def restore():
    """Puts the original content back: every file as it was, the session's own files removed."""
    for top in ["input", "overrides", "themes"]:
        now_files = {os.path.relpath(p, site) for p in glob.glob(os.path.join(site, top, "**"), recursive=True) if os.path.isfile(p)}
        then_files = {os.path.relpath(p, original) for p in glob.glob(os.path.join(original, top, "**"), recursive=True) if os.path.isfile(p)}
        for rel in now_files - then_files: os.remove(os.path.join(site, rel))
        for rel in then_files:
            a, b = os.path.join(original, rel), os.path.join(site, rel)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read(): shutil.copy2(a, b)
        for dirpath, dirs, files in sorted(os.walk(os.path.join(site, top)), key=lambda d: -len(d[0])):
            if not dirs and not files and not os.path.exists(os.path.join(original, os.path.relpath(dirpath, site))): os.rmdir(dirpath)
    if open(os.path.join(original, "statiq.config"), "rb").read() != open(os.path.join(site, "statiq.config"), "rb").read():
        shutil.copy2(os.path.join(original, "statiq.config"), os.path.join(site, "statiq.config"))

def crawl():
    seen, queue, bodies = set(), ["/"], {}
    while queue:
        path = queue.pop()
        if path in seen or path.startswith("/_thuisbasis") or path.startswith("/admin"): continue
        seen.add(path)
        status, body = get(path)
        bodies[path] = (status, body)
        if path.endswith("/") or path.endswith(".html"):
            queue.extend(l.split("?")[0] for l in links_of(body) if l.split("?")[0] not in seen)
    return bodies

def normal(body):
    # The page carries the build it was made from (see LiveReload.Script): the only byte that may differ.
    return re.sub(rb'let build = "[^"]*";', b'let build = "N";', body)

# ---- run ------------------------------------------------------------------------------------------------------------
p, log = start_preview(os.path.join(work, "preview.log"))
t0 = time.time()
first = crawl()
pages[:] = [u for u, (s, _) in first.items() if u.endswith("/") and s == 200]
print(f"preview PID {p.pid}, {len(first)} addresses at start ({len(pages)} pages)", flush=True)
counters_csv = None
counters = None
if args.counters:
    counters_csv = os.path.join(work, "counters.csv")
    counters = subprocess.Popen([args.counters, "collect", "-p", str(p.pid), "--format", "csv", "-o", counters_csv,
                                 "--refresh-interval", str(int(args.sample / 2)), "--counters", "System.Runtime"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
threads = [threading.Thread(target=sampler, args=(p.pid, t0, counters_csv), daemon=True)]
threads += [threading.Thread(target=browser, args=(n,), daemon=True) for n in range(args.tabs)]
for t in threads: t.start()
session()
print(f"session done after {(time.time() - t0) / 60:.1f} min: {stats['edits']} edits {json.dumps(stats['kinds'])}", flush=True)
restore()
time.sleep(8)  # the watcher's batch, the rebuild, the photos' variants made in the background
stop_all.set()
for t in threads[1:]: t.join(70)
time.sleep(3)
final = proc(p.pid)
served = crawl()
leftover = litter()
if counters: counters.send_signal(signal.SIGINT); counters.wait(30)
threads[0].join(5)
code = stop_preview(p)
log.close()
log_text = open(os.path.join(work, "preview.log"), encoding="utf-8", errors="replace").read()

# A fresh preview (a new process, a new engine) on the restored folder and the same port: what a fresh build gives.
p2, log2 = start_preview(os.path.join(work, "fresh.log"))
fresh = {path: get(path) for path in served}
stop_preview(p2); log2.close()
differ = [path for path in served if (served[path][0], normal(served[path][1])) != (fresh[path][0], normal(fresh[path][1]))]
tmp_after = [os.path.relpath(os.path.join(d, n), temp) for d, ds, fs in os.walk(temp) for n in ds + fs]
result = {
    "samples": samples, "stats": stats, "exit_code": code, "final": final, "addresses_compared": len(served),
    "differ": differ[:20], "differ_count": len(differ), "litter_after": leftover,
    "tmp_left": sorted(tmp_after)[:20], "rebuild_lines": len(re.findall(r"gewijzigd", log_text)),
    "crash_lines": [l for l in log_text.splitlines() if "kon niet opnieuw bouwen" in l or "Unhandled" in l or "Pagefind kon" in l or "Exception" in l][:10],
}
json.dump(result, open(os.path.join(work, "result.json"), "w"), indent=1)
print(f"\n| min | edits | RSS MB | GC heap MB | fds | sockets | threads | .thuisbasis MB (files) | TMPDIR MB (files) | litter |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for s in samples:
    print(f"| {s['min']} | {s['edits']} | {s['rss_mb']} | {s['gc_mb']} | {s['fds']} | {s['sockets']} | {s['threads']} | {s['cache_mb']} ({s['cache_files']}) | {s['tmp_mb']} ({s['tmp_files']}) | {s['litter']} |")
rss = [s["rss_mb"] for s in samples]
print(f"\nRSS start {rss[0]} MB, end {rss[-1]} MB, peak {max(rss)} MB (VmHWM {final['VmHWM'] / 1024:.0f} MB); "
      f"fds {samples[0]['fds']} -> {final['fds']}, threads {samples[0]['threads']} -> {final['Threads']}")
print(f"tabs {stats['tabs']}, requests {stats['gets']} ({stats['bad_gets']} failed), events {stats['events']} "
      f"(reload {stats['reloads']}, overlay {stats['overlays']}); rebuild lines {result['rebuild_lines']}; exit code {code}")
print(f"after restore: {len(served)} addresses compared with a fresh preview, {len(differ)} differ {differ[:5]}; "
      f"left in the site: {leftover}; left in its TMPDIR: {sorted(tmp_after)[:5]}; problems in the log: {result['crash_lines']}")
sys.exit(1 if differ or leftover or tmp_after or code != 0 else 0)
