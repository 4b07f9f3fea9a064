using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Support;

/// <summary>
/// A small whole site written inline next to the assertions (the Hugo way): settings, a few content files,
/// built end to end with the real engine and the default theme.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public FixtureSite(bool withDefaults = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "tb-fixture-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
        if (!withDefaults) return;
        Write("statiq.config", """
            name: Testorganisatie
            url: https://www.test.example
            contact:
              phone: 020 123 45 67
              email: info@test.example
            """);
        Write("input/pages/home.md", "---\ntitle: Welkom\n---\nWij helpen mensen in de wijk.\n");
        foreach (var role in new[] { "clients", "method", "services", "about", "extra", "contact" })
            Write($"input/pages/{role}.md", $"---\ntitle: Pagina {role}\n---\nTekst over {role}.\n");
        Write("input/team/anouk-visser.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\n---\nAnouk werkt in de wijk.\n");
    }

    public string Root { get; }
    public string Output => Path.Combine(Root, "output");

    public FixtureSite Write(string relative, string text)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"), new UTF8Encoding(false));
        return this;
    }

    public FixtureSite WriteBytes(string relative, byte[] bytes)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public BuildResult Build(bool drafts = false, DateOnly? date = null) =>
        new SiteEngine(Options(drafts, date)).Build();

    /// <param name="likeTheCommandLine">Build the way <c>dotnet run -- build</c> does: one-off, pages written to the
    /// staging folder as soon as they are rendered.</param>
    public BuildResult BuildAndWrite(bool drafts = false, DateOnly? date = null, bool likeTheCommandLine = false) =>
        new SiteEngine(Options(drafts, date)) { Incremental = !likeTheCommandLine, StreamToDisk = likeTheCommandLine }.BuildAndWrite();

    public BuildOptions Options(bool drafts = false, DateOnly? date = null) =>
        new() { Root = Root, Date = date ?? Today, IncludeDrafts = drafts, Mode = drafts ? "drafts" : "production" };

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public static class BuildResultExtensions
{
    private static readonly HtmlParser Parser = new();

    public static bool Has(this BuildResult result, string path) => result.Files.Any(f => f.Path == path);

    public static string Text(this BuildResult result, string path)
    {
        var file = result.Files.SingleOrDefault(f => f.Path == path)
                   ?? throw new Xunit.Sdk.XunitException($"No output file {path}. Files: {string.Join(", ", result.Files.Select(f => f.Path).Order().Take(60))}");
        return file.Bytes is not null ? Encoding.UTF8.GetString(file.Bytes) : File.ReadAllText(file.CopyFrom!);
    }

    public static IHtmlDocument Html(this BuildResult result, string path) => Parser.ParseDocument(result.Text(path));

    /// <summary>Every generated text file joined, to assert that something appears nowhere.</summary>
    public static string AllText(this BuildResult result) =>
        string.Join("\n", result.Files.Where(f => f.Bytes is not null).Select(f => Encoding.UTF8.GetString(f.Bytes!)));

    public static IEnumerable<string> Codes(this BuildResult result) => result.Diagnostics.Select(d => d.Code);

    public static string Describe(this BuildResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
}
