#!/usr/bin/env python3
"""What an organisation's site costs with the packages (issue 18). Not part of the test run.

Packs the engine, the template and the tool (native for linux-x64: Native AOT needs clang, or gcc) into a folder feed,
makes a site with `dotnet new thuisbasis`, and measures, with Hugo in the same run where it is installed:

  * the build command the template documents (`bash thuisbasis.sh build`, what its deploy script runs: the restored
    native program started directly) on corpora of 200, 1,000 and 10,000 stories from the shared gen_corpus.py, clean
    into a fresh folder, against `hugo`; with the image cache of the site (.thuisbasis/cache: share cards and photo
    variants, which every deploy keeps, like Hugo's resources/_gen) warm, and cold; and `dotnet thuisbasis build`,
    the documented fallback without bash;
  * the documented command with nothing changed;
  * from `git clone` of the template site to a built site, with a warm NuGet cache (`bash thuisbasis.sh build`, which
    fetches the program the first time), and the same with `dotnet tool restore` + `dotnet thuisbasis build` and with
    `dotnet run -- build`;
  * `preview` start, from the command to the first page served, against `hugo server`.

    python3 bench/packages.py [--stories 200,1000,10000] [--runs 3] [--no-native]

Everything goes into a temporary folder with its own NuGet packages folder (the machine's is read as a fallback).
"""
import argparse, os, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import run as tb  # noqa: E402  (timed, shared_bench)
sys.stdout.reconfigure(line_buffering=True)  # figures appear as they are measured

DATE = "2026-01-01"


def sh(cmd, cwd=None, env=None, check=True):
    r = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if check and r.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stdout[-3000:]}")
    return r


def pack(work, version, native, env):
    feed = os.path.join(work, "feed")
    common = ["-c", "Release", "-o", feed, f"-p:Version={version}"]
    sh(["dotnet", "pack", os.path.join(REPO, "src", "Thuisbasis.Packages.slnf")] + common +
       ([] if native else ["-p:ThuisbasisToolNative=false"]), env=env)
    if native:
        tool = os.path.join(REPO, "src", "Thuisbasis.Tool", "Thuisbasis.Tool.csproj")
        extra = ["-p:CppCompilerAndLinker=gcc"] if not shutil.which("clang") and shutil.which("gcc") else []
        t = time.perf_counter()
        sh(["dotnet", "pack", tool, "-r", "linux-x64"] + common + extra, env=env)
        print(f"native tool package: {time.perf_counter() - t:.0f} s to pack")
        sh(["dotnet", "pack", tool, "-r", "any"] + common, env=env)
    return feed


def port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def first_page(cmd, cwd, env, p, timeout=300):
    """Seconds from starting cmd to the first 200 on http://127.0.0.1:p/."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while time.perf_counter() - start < timeout and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{p}/", timeout=5) as r:
                    if r.status == 200:
                        return time.perf_counter() - start
            except OSError:
                time.sleep(0.02)
        return None
    finally:
        os.killpg(proc.pid, 15)
        proc.wait()


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", default="200,1000,10000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-native", action="store_true", help="pack the framework-dependent tool only")
    ap.add_argument("--feed", help="a folder with packages packed before (skips packing; the version is read from the template's file name)")
    args = ap.parse_args()
    bench = tb.shared_bench()
    work = tempfile.mkdtemp(prefix="thuisbasis-packages-")
    machine = os.environ.get("NUGET_PACKAGES") or os.path.expanduser("~/.nuget/packages")
    version = "0.1.0-bench." + time.strftime("%Y%m%d%H%M%S")
    env = dict(os.environ, DOTNET_NOLOGO="1", DOTNET_CLI_TELEMETRY_OPTOUT="1", CI="true")
    # The template site has search on: its builds use this repository's Pagefind (`npm ci` here), as the package tests do;
    # `npm ci` in the clone is not part of the clone-to-built figure.
    pagefind = os.path.join(REPO, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended")
    if os.path.exists(pagefind):
        env["THUISBASIS_PAGEFIND"] = pagefind
    else:
        sys.exit("Pagefind is missing: run `npm ci` in the repository first (the template site has search on)")
    try:
        if args.feed:
            feed = os.path.abspath(args.feed)
            version = next(f for f in os.listdir(feed) if f.startswith("Thuisbasis.Templates."))[len("Thuisbasis.Templates."):-len(".nupkg")]
        else:
            feed = pack(work, version, not args.no_native, env)
        with open(os.path.join(work, "NuGet.config"), "w") as f:
            f.write(f'<configuration><packageSources><add key="bench" value="{feed}" /></packageSources>'
                    f'<fallbackPackageFolders><add key="machine" value="{machine}" /></fallbackPackageFolders></configuration>')
        env["NUGET_PACKAGES"] = os.path.join(work, "packages")
        # The SDK remembers where each local tool version was restored (toolResolverCache) for the whole machine: a
        # CLI home of its own, or a version restored by an earlier run into a folder since deleted is "not restored".
        env["DOTNET_CLI_HOME"] = os.path.join(work, "cli-home")
        hive = os.path.join(work, "hive")
        sh(["dotnet", "new", "install", os.path.join(feed, f"Thuisbasis.Templates.{version}.nupkg"), "--debug:custom-hive", hive], env=env)
        site = os.path.join(work, "site")
        sh(["dotnet", "new", "thuisbasis", "-n", "buurtkracht", "-o", site, "--debug:custom-hive", hive], env=env)
        sh(["dotnet", "tool", "restore"], cwd=site, env=env)
        kind = "native" if os.path.exists(os.path.join(env["NUGET_PACKAGES"], "thuisbasis.linux-x64")) else "framework-dependent"
        print(f"tool: thuisbasis {version} ({kind})")

        # Clone to built site, warm NuGet cache: the template site as a Git repository, cloned afresh each run.
        sh(["git", "init", "-q"], cwd=site)
        sh(["git", "-c", "user.name=b", "-c", "user.email=b@example.org", "add", "-A"], cwd=site)
        sh(["git", "-c", "user.name=b", "-c", "user.email=b@example.org", "commit", "-qm", "site"], cwd=site)
        clone_script, clone_tool, clone_run = [], [], []
        for i in range(args.runs):
            for label, steps, rows in (
                ("script", [["bash", "thuisbasis.sh", "build"]], clone_script),
                ("tool", [["dotnet", "tool", "restore"], ["dotnet", "thuisbasis", "build"]], clone_tool),
                ("run", [["dotnet", "run", "-c", "Release", "--", "build"]], clone_run),
            ):
                dest = os.path.join(work, f"clone-{label}-{i}")
                t = time.perf_counter()
                sh(["git", "clone", "-q", site, dest], env=env)
                for step in steps:
                    sh(step, cwd=dest, env=env)
                rows.append(time.perf_counter() - t)
                shutil.rmtree(dest, ignore_errors=True)
        print(f"\ngit clone to built site (warm NuGet cache), median of {args.runs}:")
        print(f"  git clone + bash thuisbasis.sh build                       {med(clone_script):6.2f} s  (target under 10 s)")
        print(f"  git clone + dotnet tool restore + dotnet thuisbasis build  {med(clone_tool):6.2f} s")
        print(f"  git clone + dotnet run -c Release -- build                 {med(clone_run):6.2f} s")

        # Preview start.
        pv_script, pv_tool, pv_run, pv_hugo = [], [], [], []
        hugo_site = None
        if shutil.which("hugo"):
            plain = os.path.join(work, "plain200")
            sh([sys.executable, os.path.join(bench, "gen_corpus.py"), "--stories", "200", "--out", plain, "--seed", "1"])
            hugo_site = os.path.join(work, "hugo-preview")
            shutil.copytree(os.path.join(bench, "reference", "hugo"), hugo_site)
            for sub in ("stories", "vacancies", "testimonials"):
                shutil.copytree(os.path.join(plain, sub), os.path.join(hugo_site, "content", sub))
        sh(["dotnet", "build", "-c", "Debug"], cwd=site, env=env)  # `dotnet run` afterwards: a built site, as a writer has it
        sh(["bash", "thuisbasis.sh", "--version"], cwd=site, env=env)  # fetches the program, as the first build would
        for _ in range(args.runs):
            p = port(); pv_script.append(first_page(["bash", "thuisbasis.sh", "preview", "--port", str(p)], site, env, p))
            p = port(); pv_tool.append(first_page(["dotnet", "thuisbasis", "preview", "--port", str(p)], site, env, p))
            p = port(); pv_run.append(first_page(["dotnet", "run", "--", "preview", "--port", str(p)], site, env, p))
            if hugo_site:
                p = port(); pv_hugo.append(first_page(["hugo", "server", "--port", str(p), "--bind", "127.0.0.1"], hugo_site, env, p))
        print(f"\npreview start to first page served (the template site), median of {args.runs}:")
        print(f"  bash thuisbasis.sh preview  {med(pv_script):6.2f} s")
        print(f"  dotnet thuisbasis preview   {med(pv_tool):6.2f} s")
        print(f"  dotnet run -- preview       {med(pv_run):6.2f} s")
        if hugo_site:
            print(f"  hugo server (200 stories)   {med(pv_hugo):6.2f} s")

        # Build times against Hugo.
        for n in [int(x) for x in args.stories.split(",")]:
            corpus = os.path.join(work, f"tb{n}")
            sh([sys.executable, os.path.join(bench, "gen_corpus.py"), "--stories", str(n), "--out", corpus, "--seed", "1", "--layout", "thuisbasis"])
            shutil.copy(os.path.join(HERE, "statiq.config"), corpus)
            shutil.copytree(os.path.join(site, ".config"), os.path.join(corpus, ".config"))
            shutil.copy(os.path.join(site, "thuisbasis.sh"), corpus)
            documented = "bash thuisbasis.sh build"
            tools = {documented: (lambda out: ["bash", "thuisbasis.sh", "build", "--date", DATE, "--output", out], corpus),
                     "dotnet thuisbasis build": (lambda out: ["dotnet", "thuisbasis", "build", "--date", DATE, "--output", out], corpus)}
            if shutil.which("hugo"):
                plain = os.path.join(work, f"plain{n}")
                sh([sys.executable, os.path.join(bench, "gen_corpus.py"), "--stories", str(n), "--out", plain, "--seed", "1"])
                hs = os.path.join(work, f"hugo{n}")
                shutil.copytree(os.path.join(bench, "reference", "hugo"), hs)
                for sub in ("stories", "vacancies", "testimonials"):
                    shutil.copytree(os.path.join(plain, sub), os.path.join(hs, "content", sub))
                tools["hugo"] = (lambda out, hs=hs: ["hugo", "--quiet", "--destination", out], hs)
            rows = {t: [] for t in tools}
            cold, unchanged = f"{documented}, cold cache", f"{documented}, no change"
            rows[cold], rows[unchanged] = [], []
            outs = os.path.join(work, f"out{n}")
            old = os.getcwd()
            os.environ.update(env)
            # The first round (not counted) fetches the program into the corpus and fills its image cache.
            for run in ["warm"] + list(range(args.runs)):
                for i, (name, (cmd, cwd)) in enumerate(tools.items()):
                    out = os.path.join(outs, f"{i}-{run}")
                    os.chdir(cwd)
                    r = tb.timed(cmd(out), cwd)
                    if run != "warm" and r:
                        rows[name].append(r)
                    if name == documented and run != "warm":
                        r = tb.timed(cmd(out), cwd)
                        if r: rows[unchanged].append(r)
                        shutil.rmtree(os.path.join(cwd, ".thuisbasis", "cache"), ignore_errors=True)
                        r = tb.timed(cmd(out + "-cold"), cwd)
                        if r: rows[cold].append(r)
            os.chdir(old)
            shutil.rmtree(outs, ignore_errors=True)
            print(f"\n{n:,} stories, medians of {args.runs} runs (wall s, cpu s, peak MiB)")
            hugo = med([w for w, _, _ in rows.get("hugo", [])])
            for name, v in rows.items():
                if not v: continue
                w = med([x[0] for x in v]); c = med([x[1] for x in v]); m = max(x[2] for x in v)
                ratio = f"{w / hugo:.2f} x hugo" if name != "hugo" and hugo == hugo else ""
                print(f"  {name:46s} {w:7.3f} {c:7.3f} {m:7.0f}  {ratio}")
            sys.stdout.flush()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
