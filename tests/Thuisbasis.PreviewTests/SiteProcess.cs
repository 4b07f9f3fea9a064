using System.Diagnostics;

namespace Thuisbasis.PreviewTests;

/// <summary>The site host built with these tests (<c>bin/&lt;configuration&gt;/net10.0/Site.dll</c>), run as its own process.</summary>
internal static class SiteProcess
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The site host in the configuration of this test run (Debug or Release).</summary>
    public static string SiteDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(RepositoryRoot(), "bin", here.Parent!.Name, here.Name, "Site.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build Site.sln first (dotnet build Site.sln).");
        return dll;
    }

    /// <summary>The dotnet host that runs this test (the CLI sets DOTNET_HOST_PATH), else the one on the PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs a program to its end and returns its exit code and everything it wrote.</summary>
    public static (int Code, string Text) Run(string program, IEnumerable<string> args, TimeSpan? timeout = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CI"] = "true"; // plain progress lines, no terminal animation
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish in time");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
