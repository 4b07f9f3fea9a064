using System.ComponentModel;
using System.Diagnostics;
using Thuisbasis.Tests.Building;

namespace Thuisbasis.Tests.Support;

/// <summary>
/// A Node.js program from the repository's test tools: the npm packages pinned in <c>package-lock.json</c> and installed by
/// <c>npm ci</c> (which <c>.ci/run</c> runs), started in the repository's root. A missing Node.js or package fails the test
/// with the command that installs it, and a program that stops with an exit code it should not, with its own output.
/// </summary>
public static class NodeTool
{
    /// <summary>Runs <c>node</c> with <paramref name="arguments"/>; returns its exit code (one of <paramref name="accepted"/>).</summary>
    /// <param name="what">The program's name in a failure message.</param>
    /// <param name="packages">Paths under <c>node_modules</c> that must exist (a package's folder or a file in it).</param>
    /// <param name="accepted">Exit codes that mean the program did its work; by default only 0.</param>
    public static int Run(string what, IEnumerable<string> packages, IEnumerable<string> arguments, TimeSpan timeout, params int[] accepted)
    {
        var root = SampleSiteTests.RepositoryRoot();
        foreach (var package in packages)
            if (!Path.Exists(Path.Combine(root, "node_modules", package)))
                throw new Xunit.Sdk.XunitException($"{package} is not installed in the repository: run `npm ci` there (with Node.js: `apt-get install nodejs npm`).");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process node;
        try
        {
            node = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new Xunit.Sdk.XunitException("Node.js is not installed: `apt-get install nodejs npm`, then `npm ci` in the repository.");
        }
        using (node)
        {
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            if (!node.WaitForExit(timeout))
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException($"{what} took over {timeout.TotalMinutes:0} minutes.");
            }
            if (!(accepted.Length == 0 ? node.ExitCode == 0 : accepted.Contains(node.ExitCode)))
                throw new Xunit.Sdk.XunitException($"{what} stopped with exit code {node.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
            return node.ExitCode;
        }
    }
}
