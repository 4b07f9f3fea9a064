# Times the preview after a writer drops N new phone photos into a story: until the page with them is served,
# and until every photo's 800-wide WebP (what a browser asks for, six at a time) has been served.
#
#   python3 bench/photo_preview.py SITE_DLL SITE_FOLDER N PORT TAG PHOTO...
#
# SITE_DLL: a Release build of the site host (bin/Release/net10.0/Site.dll); SITE_FOLDER: a copy of this repository's
# sample site (input/, themes/, statiq.config; search: false), built once so its image cache is warm. The photos are
# used in turn, each made unique by appending TAG and its number (a JPEG decodes the same with bytes after its end).
# Phone-sized test photos: convert -size 4032x3024 plasma:fractal -blur 0x1 +noise Gaussian -quality 90 p1.jpg
import os, subprocess, sys, time, urllib.request, glob
dll, site, n, port, tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
photos = sys.argv[6:]
def get(path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120) as r: return r.status, r.read()
    except Exception as e: return 0, str(e).encode()
p = subprocess.Popen(["dotnet", dll, "preview", "--port", str(port)], cwd=site, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    t0 = time.time()
    while get("/")[0] != 200: time.sleep(0.05)
    time.sleep(3)
    story = glob.glob(os.path.join(site, "input/stories/*adem*.md"))[0]
    os.makedirs(os.path.join(site, "input/assets/img/uitje"), exist_ok=True)
    text = open(story).read()
    start = time.time()
    for i in range(1, n + 1):
        src = photos[(i - 1) % len(photos)]
        data = open(src, "rb").read() + f"{tag}-{i}".encode()
        open(os.path.join(site, f"input/assets/img/uitje/f{tag}{i}.jpg"), "wb").write(data)
        text += f"\n![Foto {i} van het uitje](/assets/img/uitje/f{tag}{i}.jpg)\n"
    open(story, "w").write(text)
    url = "/verhalen/even-op-adem-komen/"
    while True:
        s, body = get(url)
        if s == 200 and f"f{tag}{n}-800.webp".encode() in body: break
        time.sleep(0.02)
    page = time.time() - start
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(6) as pool:  # a browser asks six at a time
        for s, b in pool.map(lambda i: get(f"/assets/img/uitje/f{tag}{i}-800.webp"), range(1, n + 1)):
            assert s == 200 and b[:4] == b"RIFF", (s, b[:100])
    images = time.time() - start
    print(f"{tag}: {n} photos: page with them served after {page:.2f} s, every 800w WebP after {images:.2f} s")
finally:
    p.terminate(); p.wait()
