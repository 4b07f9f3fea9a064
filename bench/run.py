#!/usr/bin/env python3
"""Build-speed harness for Thuisbasis (issue 7). Not part of the test run.

Generates corpora with ../shared/bench/gen_corpus.py (or $THUISBASIS_BENCH_SHARED), builds them with Thuisbasis
(clean, then again with nothing changed) and, when `hugo` and npm/Eleventy are available, with the reference
sites in the same run, interleaved. Prints medians of wall time, CPU time (user+sys) and peak memory, and ratios.

    python3 bench/run.py                    # 1,000 and 10,000 stories, 3 runs each
    python3 bench/run.py --stories 1000 --runs 5 --no-reference
    python3 bench/run.py --publish r2r      # the ReadyToRun build instead of the native one

Standard library only. Per-run CPU and peak memory come from os.wait4 on each build process.

FRESH: every clean build writes into a new, empty output folder, and the outputs are deleted only after all runs of a
size, as on a build machine that starts from a fresh checkout. Deleting an output and building it again at once (the
old way, still there as --same-output) made ext4 search past the inodes it had just freed for every new file and
folder: on this machine a 1,000-story build's system time grew from 0.3 s to 1.8 s over four such runs, and every tool
paid for it per file it writes.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DLL = os.path.join(REPO, "bin", "Release", "net10.0", "Site.dll")
KIND = "jit"


def shared_bench():
    env = os.environ.get("THUISBASIS_BENCH_SHARED")
    for cand in [env, os.path.join(REPO, "..", "shared", "bench")]:
        if cand and os.path.exists(os.path.join(cand, "gen_corpus.py")):
            return os.path.abspath(cand)
    sys.exit("gen_corpus.py not found: set THUISBASIS_BENCH_SHARED to the shared bench folder")


def publish(kind, work):
    """Builds the site host the requested way; returns the program (or Site.dll) and sets KIND to what was built."""
    global KIND
    site = os.path.join(REPO, "Site.csproj")
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if kind == "native":
        # Native AOT: no JIT at start-up or during the build (the same site to the byte: tests/…/NativeBuildTests).
        app = os.path.join(work, "native")
        cmd = ["dotnet", "publish", site, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", app]
        if not shutil.which("clang") and shutil.which("gcc"):
            cmd.append("-p:CppCompilerAndLinker=gcc")
        if (shutil.which("clang") or shutil.which("gcc")) and subprocess.run(cmd, **quiet).returncode == 0:
            KIND = "native"
            return os.path.join(app, "Site")
        print("native publish failed (needs clang or gcc); trying ReadyToRun", file=sys.stderr)
    if kind in ("native", "r2r"):
        # ReadyToRun (precompiled) saves the JIT's share of a short build, about 0.3 s at 1,000 stories.
        app = os.path.join(work, "app")
        r2r = subprocess.run(["dotnet", "publish", site, "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
                              "-p:PublishReadyToRun=true", "-o", app], **quiet)
        if r2r.returncode == 0:
            KIND = "r2r"
            return os.path.join(app, "Site.dll")
        print("ReadyToRun publish failed; using a plain Release build", file=sys.stderr)
    subprocess.run(["dotnet", "build", "-c", "Release", site], check=True, stdout=subprocess.DEVNULL)
    KIND = "jit"
    return DLL


def timed(cmd, cwd=None):
    """Runs a command; returns (wall s, cpu s, peak MiB) or None when it failed."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        print(f"  build failed: {' '.join(cmd)}\n{err[-2000:]}", file=sys.stderr)
        return None
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def prepare(n, work, bench, reference):
    gen = os.path.join(bench, "gen_corpus.py")
    tb = os.path.join(work, f"tb{n}")
    subprocess.run([sys.executable, gen, "--stories", str(n), "--out", tb, "--seed", "1", "--layout", "thuisbasis"],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(HERE, "statiq.config"), tb)
    tools = {}
    host = ["dotnet", DLL] if DLL.endswith(".dll") else [DLL]
    tools["thuisbasis"] = (lambda out: host + ["build", "--root", tb, "--date", "2026-01-01", "--output", out], None, os.path.join(tb, "output"))
    if not reference:
        return tools
    plain = os.path.join(work, f"plain{n}")
    subprocess.run([sys.executable, gen, "--stories", str(n), "--out", plain, "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
    if shutil.which("hugo"):
        site = os.path.join(work, f"hugo{n}")
        shutil.copytree(os.path.join(bench, "reference", "hugo"), site)
        for sub in ("stories", "vacancies", "testimonials"):
            shutil.copytree(os.path.join(plain, sub), os.path.join(site, "content", sub))
        tools["hugo"] = (lambda out: ["hugo", "--quiet", "--destination", out], site, os.path.join(site, "public"))
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "thuisbasis-bench")
    eleventy = os.path.join(cache, "node_modules", "@11ty", "eleventy", "cmd.cjs")
    if shutil.which("npm") and not os.path.exists(eleventy):
        os.makedirs(cache, exist_ok=True)
        subprocess.run("npm init -y >/dev/null && npm install @11ty/eleventy@3.1.8 >/dev/null 2>&1", shell=True, cwd=cache)
    if os.path.exists(eleventy):
        site = os.path.join(work, f"eleventy{n}")
        shutil.copytree(os.path.join(bench, "reference", "eleventy"), site)
        for sub in ("stories", "vacancies", "testimonials"):
            shutil.copytree(os.path.join(plain, sub), os.path.join(site, "src", sub))
            with open(os.path.join(site, "src", sub, f"{sub}.11tydata.json"), "w") as f:
                f.write('{ "layout": "page.njk" }')
        os.symlink(os.path.join(cache, "node_modules"), os.path.join(site, "node_modules"))
        tools["eleventy"] = (lambda out: ["node", eleventy, "--quiet", f"--output={out}"], site, os.path.join(site, "_site"))
    return tools


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", default="1000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-reference", action="store_true", help="skip Hugo and Eleventy")
    ap.add_argument("--no-build", action="store_true", help="use the existing Release build")
    ap.add_argument("--same-output", action="store_true",
                    help="delete each tool's output folder and build into it again on every run, instead of a fresh "
                         "folder per run (see FRESH below: on ext4 this measures the file system's reuse of inodes)")
    ap.add_argument("--publish", choices=["native", "r2r", "jit"], default="native",
                    help="how the site host is built: native (Native AOT, needs clang or gcc; falls back to r2r), "
                         "r2r (ReadyToRun; falls back to jit) or jit (plain Release build)")
    args = ap.parse_args()
    bench = shared_bench()
    work = tempfile.mkdtemp(prefix="thuisbasis-bench-")
    global DLL
    if not args.no_build:
        DLL = publish(args.publish, work)
    print(f"thuisbasis: {os.path.relpath(DLL, work) if DLL.startswith(work) else DLL} ({KIND})")
    try:
        results = {}
        for n in [int(x) for x in args.stories.split(",")]:
            tools = prepare(n, work, bench, not args.no_reference)
            rows = {t: [] for t in tools}
            rows["thuisbasis (no change)"] = []
            outs = os.path.join(work, f"out{n}")
            def output(name, run):
                if args.same_output:
                    shutil.rmtree(tools[name][2], ignore_errors=True)
                    return tools[name][2]
                return os.path.join(outs, f"{name}-{run}")
            for name, (cmd, cwd, _) in tools.items():  # warm-up: caches, file system
                timed(cmd(output(name, "warm")), cwd)
            for run in range(args.runs):
                for name, (cmd, cwd, _) in tools.items():
                    out = output(name, run)
                    r = timed(cmd(out), cwd)
                    if r: rows[name].append(r)
                    if name == "thuisbasis":
                        r = timed(cmd(out), cwd)  # the same output again: nothing changed
                        if r: rows["thuisbasis (no change)"].append(r)
            shutil.rmtree(outs, ignore_errors=True)  # deleted after the measurements, not between them (FRESH)
            results[n] = rows
            report(n, rows, args.runs)
        if len(results) > 1:
            sizes = sorted(results)
            small, large = results[sizes[0]]["thuisbasis"], results[sizes[-1]]["thuisbasis"]
            if small and large:
                growth = statistics.median(w for w, _, _ in large) / statistics.median(w for w, _, _ in small)
                print(f"growth: {sizes[-1]} / {sizes[0]} stories = {growth:.1f} x (target at most {11 * sizes[-1] / sizes[0] / 10:.0f} x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(n, rows, runs):
    print(f"\n{n:,} stories, medians of {runs} runs")
    print(f"{'tool':24s} {'wall s':>8s} {'cpu s':>8s} {'peak MiB':>9s}  ratio")
    med = {t: (statistics.median(r[0] for r in v), statistics.median(r[1] for r in v), max(r[2] for r in v)) for t, v in rows.items() if v}
    for t, (w, c, m) in med.items():
        ratio = ""
        if t != "hugo" and "hugo" in med: ratio = f"{w / med['hugo'][0]:.2f} x hugo"
        if t == "thuisbasis (no change)" and "thuisbasis" in med: ratio = f"{w / med['thuisbasis'][0]:.2f} x clean"
        print(f"{t:24s} {w:8.2f} {c:8.2f} {m:9.0f}  {ratio}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
