using System.Diagnostics;
using System.Runtime.InteropServices;
using Thuisbasis.Model;

using static Thuisbasis.PreviewTests.SiteProcess;

namespace Thuisbasis.PreviewTests;

/// <summary>
/// The site host published as a native program (<c>-p:PublishAot=true</c>, what the benchmark builds big sites with):
/// trimming and ahead-of-time compilation must not change a single byte of a site or a word of an error message.
/// Scriban reads the model by reflection, so a member the trimmer dropped would show up here as a broken page.
/// </summary>
public sealed class NativeBuildTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "tb-native-" + Guid.NewGuid().ToString("N")[..10]);

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public void TheNativeProgramBuildsTheSampleSiteByteForByteAndReportsErrorsTheSameWay()
    {
        var repo = RepositoryRoot();
        var native = Publish(repo);

        // The sample site, as production and as a deploy preview with drafts.
        foreach (var extra in new[] { Array.Empty<string>(), ["--drafts", "--context", "deploy-preview", "--base-url", "https://preview.test.example"] })
        {
            var jitOut = Path.Combine(_work, "jit-" + extra.Length);
            var nativeOut = Path.Combine(_work, "native-" + extra.Length);
            var args = new[] { "build", "--root", repo, "--date", "2026-11-23" }.Concat(extra).ToArray();
            var jit = Run(DotnetHost(), [SiteDll(), .. args, "--output", jitOut]);
            var aot = Run(native, [.. args, "--output", nativeOut]);
            Assert.True(jit.Code == 0, jit.Text);
            Assert.True(aot.Code == 0, aot.Text);
            SameTree(jitOut, nativeOut);
        }

        // A site with mistakes: the same messages (the output folder named in the last line aside) and exit code 1.
        var broken = Path.Combine(_work, "broken");
        CopyFolder(Path.Combine(repo, "input"), Path.Combine(broken, "input"));
        File.Copy(Path.Combine(repo, "statiq.config"), Path.Combine(broken, "statiq.config"));
        var story = Directory.GetFiles(Path.Combine(broken, "input", "stories"), "*.md").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(story);
        File.WriteAllText(story, System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^date: .*$", "date: 32-13-2026", default, TimeSpan.FromSeconds(1)));
        var jitBroken = Run(DotnetHost(), [SiteDll(), "build", "--root", broken, "--date", "2026-11-23"]);
        var aotBroken = Run(native, ["build", "--root", broken, "--date", "2026-11-23"]);
        Assert.Equal(1, jitBroken.Code);
        Assert.Equal(1, aotBroken.Code);
        Assert.Contains("error TB0102", aotBroken.Text);
        Assert.Equal(Diagnostics(jitBroken.Text), Diagnostics(aotBroken.Text));
    }

    private static IEnumerable<string> Diagnostics(string output) =>
        output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Contains(": error ") || l.Contains(": warning "));

    /// <summary>Publishes a copy of the projects (so nothing the other tests use is rebuilt meanwhile) and returns the program.</summary>
    private string Publish(string repo)
    {
        var src = Path.Combine(_work, "src");
        foreach (var file in new[] { "Site.csproj", "Program.cs", "Directory.Build.props" })
            CopyFile(Path.Combine(repo, file), Path.Combine(src, file));
        CopyFolder(Path.Combine(repo, "src"), Path.Combine(src, "src"));
        CopyFolder(Path.Combine(repo, "themes"), Path.Combine(src, "themes"));
        var app = Path.Combine(_work, "app");
        var rid = RuntimeInformation.RuntimeIdentifier;
        List<string> args = ["publish", Path.Combine(src, "Site.csproj"), "-c", "Release", "-r", rid, "-p:PublishAot=true", "-o", app, "-nologo"];
        // The native linker step needs a C toolchain: clang by default, gcc works as well.
        if (!OnPath("clang"))
        {
            Assert.True(OnPath("gcc"), "Native AOT needs clang or gcc to link the program: apt-get install clang");
            args.Add("-p:CppCompilerAndLinker=gcc");
        }
        var publish = Run(DotnetHost(), args, TimeSpan.FromMinutes(15));
        Assert.True(publish.Code == 0, "dotnet publish -p:PublishAot=true failed:\n" + publish.Text);
        var program = Path.Combine(app, OperatingSystem.IsWindows() ? "Site.exe" : "Site");
        Assert.True(File.Exists(program), publish.Text);
        return program;
    }

    private static void SameTree(string expected, string actual)
    {
        static List<string> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        var files = Files(expected);
        Assert.True(files.Count > 50, $"only {files.Count} files in {expected}");
        Assert.Equal(files, Files(actual));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs between the JIT and the native build");
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, name)));

    private static void CopyFile(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, file);
            var parts = rel.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj")) continue;
            CopyFile(file, Path.Combine(to, rel));
        }
    }
}
