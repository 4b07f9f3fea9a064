using Thuisbasis.Content.Readers;
using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Content;

/// <summary>
/// The Input phase: one pass over <c>input/</c> that reads every file once, routes it by folder to its content type,
/// parses its front matter into a typed record, and checks the references between files.
/// </summary>
public static class ContentReader
{
    public const string InputFolder = "input";

    private static readonly string[] ContentFolders = ["pages", "stories", "vacancies", "testimonials", "services", "team", "activities"];
    private static readonly string[] AllFolders = [.. ContentFolders, "assets", "data"];

    /// <param name="cache">Readings of unchanged files from an earlier build (the preview keeps one); null reads every file.</param>
    /// <param name="changed">Site-relative paths changed since the cache's last build (from a file watcher), so the
    /// listing of <c>input/</c> is updated rather than made again; null lists every file.</param>
    public static ContentSet Read(string root, SiteSettings settings, DateOnly today, DiagnosticBag diagnostics, ReadCache? cache = null,
        IReadOnlyCollection<string>? changed = null)
    {
        var input = Path.Combine(root, InputFolder);
        if (!Directory.Exists(input))
        {
            diagnostics.Error("TB0003", SourcePosition.StartOf(InputFolder), "De map `input/` ontbreekt.",
                "Zet de inhoud van de site in een map `input/` naast `statiq.config`.");
            return ContentSet.Empty;
        }

        var files = SiteFiles.OneSpelling(cache is null ? SiteFiles.Enumerate(root, input, diagnostics) : cache.List(root, input, diagnostics, changed),
            diagnostics);
        SiteFiles.WarnWindowsNames(files, diagnostics);
        var ctx = new ReadContext(settings, diagnostics, today);
        var markdown = new List<(string Folder, SiteFile File)>(files.Count);
        var assets = new List<Asset>();
        var dataFiles = new List<(string Full, string Rel)>();

        foreach (var file in files)
        {
            var (full, rel) = (file.Full, file.Relative);
            // Cut as spans: a preview rebuild goes over every file of the site, and two substrings per file would be most
            // of what this loop allocates.
            var inside = rel.AsSpan(InputFolder.Length + 1);
            var slash = inside.IndexOf('/');
            var folderSpan = slash < 0 ? ReadOnlySpan<char>.Empty : inside[..slash];
            if (IsMarkdown(rel) && (folderSpan.IsEmpty || folderSpan is "assets" && OpensWithFrontMatter(full)))
            {
                // A text saved loose in input/, or one with front matter among the files of input/assets/ (a Markdown
                // file without it there is a file to download, published as it is), would otherwise be copied as it is,
                // consent or not; and it is not on the site, which the writer must hear before it is published.
                diagnostics.Error("TB0205", SourcePosition.StartOf(rel), folderSpan.IsEmpty
                        ? "Deze tekst staat los in `input/`; hij komt niet op de site."
                        : "Deze tekst staat tussen de bestanden in `input/assets/`; hij komt niet op de site (daar zou hij als los bestand online komen, met alles wat erin staat, ook zonder toestemming).",
                    "Zet hem in de map van zijn soort: `input/stories/` voor een verhaal, `input/pages/` voor een pagina, `input/vacancies/` voor een vacature.");
            }
            else if (folderSpan.IsEmpty || folderSpan is "assets")
            {
                // A Mac spells é as e + a combining accent in file names; writers type the single letter, so the
                // address is the composed form (an ASCII name comes back as it is, without a copy).
                assets.Add(new Asset(rel, full, string.Concat("/", inside).Normalized()));
            }
            else if (folderSpan is "data")
            {
                dataFiles.Add((full, rel));
            }
            else if (ContentFolder(folderSpan) is { } folder)
            {
                if (IsMarkdown(rel)) markdown.Add((folder, file));
                else if (IsTextForTheSite(full, rel))
                    diagnostics.Error("TB0204", SourcePosition.StartOf(rel), "Deze tekst is opgeslagen als .txt en komt zo niet op de site.", NotMarkdownHelp(rel));
                else diagnostics.Warning("TB0204", SourcePosition.StartOf(rel), "Dit bestand is geen Markdown (.md) en wordt overgeslagen.",
                    NotMarkdownHelp(rel));
            }
            else
            {
                var unknown = folderSpan.ToString();
                var near = DutchFolders.GetValueOrDefault(unknown.ToLowerInvariant()) ?? Suggest.Closest(unknown, AllFolders);
                // A text there is lost to the site: an error, so it is not published without it; another file is only skipped.
                var report = IsMarkdown(rel) ? (Action<string, SourcePosition, string, string>)diagnostics.Error : diagnostics.Warning;
                report("TB0205", SourcePosition.StartOf(rel), $"De map `input/{unknown}/` is onbekend; {(IsMarkdown(rel) ? "deze tekst komt niet op de site" : "dit bestand wordt overgeslagen")}.",
                    near is not null ? $"Bedoelde u `input/{near}/`?" : $"Gebruik een van de mappen {string.Join(", ", AllFolders.Select(f => $"`{f}/`"))}.");
            }
        }

        var results = new object?[markdown.Count];
        var settingsHash = cache?.SettingsVersion ?? 0;
        var reported = changed is null ? null : new HashSet<string>(changed, StringComparer.Ordinal);
        Parallel.For(0, markdown.Count, i =>
        {
            var (folder, file) = markdown[i];
            results[i] = cache is null ? ReadOne(folder, file.Full, file.Relative, ctx)
                : cache.Read(folder, file, ctx, settingsHash, reported?.Contains(file.Relative) == true);
        });
        cache?.Retain(markdown.Select(m => m.File.Relative), markdown.Count);

        var content = new ContentSet(
            results.OfType<Page>().ToList(),
            results.OfType<Story>().ToList(),
            results.OfType<Vacancy>().ToList(),
            results.OfType<Testimonial>().ToList(),
            SameIds.KeepFirst(results.OfType<Service>().ToList(), s => s.Entry, diagnostics),
            SameIds.KeepFirst(results.OfType<Person>().ToList(), p => p.Entry, diagnostics),
            assets,
            DataFiles.Read(dataFiles, diagnostics),
            results.OfType<Activity>().ToList())
        {
            ImageRefs = ctx.ImagesByFile.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => kv.Value).ToList(),
            Unusable = results.OfType<UnusableEntry>().Select(u => u.Entry).ToList(),
        };
        // A team member or service whose file has its own error is not "missing": the stories naming it are not told so.
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < markdown.Count; i++)
            if (Failed(results[i]) && markdown[i].Folder is "team" or "services")
                unreadable.Add(markdown[i].Folder + "/" + ContentAddress.Of(markdown[i].Folder, markdown[i].File.Relative, settings).Slug);
        References.Check(content, ctx, unreadable);
        var withErrors = Enumerable.Range(0, markdown.Count).Where(i => Failed(results[i])).Select(i => markdown[i].File.Relative)
            .ToHashSet(StringComparer.Ordinal);
        if (withErrors.Count > 0) content = content with { FilesWithErrors = withErrors };
        SameIds.WarnSameTitles(content.Services, diagnostics);
        SameIds.ReportCopies(content, diagnostics);
        SameIds.WarnSameTestimonials(content.Testimonials, diagnostics);
        return content;
    }

    /// <summary>Reads one content file. Also used by the preview to re-read a single changed file.</summary>
    public static object? ReadOne(string folder, string full, string rel, ReadContext ctx)
    {
        if (!SameIds.HasSlug(folder, rel, ctx.Diagnostics)) return null;
        var file = ContentFiles.Read(full, rel, ctx.Diagnostics, frontMatter: true);
        return file is null ? null : Parse(folder, file, ctx);
    }

    /// <summary>Parses one decoded content file into its typed record; null (with diagnostics) when it cannot be used.</summary>
    internal static object? Parse(string folder, SourceFile file, ReadContext ctx)
    {
        var fm = FrontMatter.Parse(file, ctx.Diagnostics);
        if (fm is null || !BodyGuard.Check(fm, ctx.Diagnostics) || InWrongFolder(folder, fm, ctx.Diagnostics)) return null;
        NewFiles.WarnExampleText(fm, ctx.Diagnostics);
        Shortcodes.Warn(fm, ctx.Diagnostics);
        object? read = folder switch
        {
            "pages" => PageReader.Read(file, fm, ctx),
            "stories" => StoryReader.Read(file, fm, ctx),
            "vacancies" => VacancyReader.Read(file, fm, ctx),
            "testimonials" => TestimonialReader.Read(file, fm, ctx),
            "services" => ServiceReader.Read(file, fm, ctx),
            "team" => PersonReader.Read(file, fm, ctx),
            "activities" => ActivityReader.Read(file, fm, ctx),
            _ => null,
        };
        if (read is not null || !ContentFolders.Contains(folder)) return read;
        // The front matter has an error of its own (a missing title, an author that is not there): no page, but the text
        // is still checked, so its problems are reported in this build too, not after the first one is fixed.
        var (slug, url) = ContentAddress.Of(folder, file.Path, ctx.Settings);
        return new UnusableEntry(Readers.CommonFields.Entry(fm, file, slug, url));
    }

    /// <summary>A content file that cannot make a page: its entry, for checking its text.</summary>
    internal sealed record UnusableEntry(Entry Entry);

    /// <summary>Whether a reading gave nothing usable: no file, or an <see cref="UnusableEntry"/>.</summary>
    private static bool Failed(object? reading) => reading is null or UnusableEntry;

    /// <summary>
    /// A file that is plainly another content type (a vacancy in <c>input/stories/</c>) gets one error that says where it
    /// belongs, instead of an error for every key this folder's type misses.
    /// </summary>
    private static bool InWrongFolder(string folder, FrontMatter fm, DiagnosticBag diagnostics)
    {
        var keys = fm.Map.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().ToList();
        if (KnownKeys.WrongFolder(folder, keys.Select(k => k.Value ?? "").ToList()) is not { } other) return false;
        var first = keys.First(k => k.Value == other.Keys[0]);
        var named = other.Keys.Take(3).Select(k => $"`{k}`").ToList();
        var keysText = named.Count == 1 ? named[0] : $"{string.Join(", ", named.Take(named.Count - 1))} en {named[^1]}";
        diagnostics.Error("TB0123", fm.PositionOf(first),
            $"Dit bestand is {other.Name} (het heeft {keysText}), maar het staat in `input/{folder}/`.",
            $"Verplaats het naar `input/{other.Folder}/`; daar wordt het gelezen als {other.Name}.");
        return true;
    }

    /// <summary>The content folder's name (one shared string), or null when <paramref name="name"/> is not a content folder.</summary>
    private static string? ContentFolder(ReadOnlySpan<char> name)
    {
        foreach (var folder in ContentFolders)
            if (name.SequenceEqual(folder)) return folder;
        return null;
    }

    /// <summary>The Dutch names writers give the folders.</summary>
    private static readonly Dictionary<string, string> DutchFolders = new(StringComparer.Ordinal)
    {
        ["verhalen"] = "stories", ["verhaal"] = "stories", ["nieuws"] = "stories", ["vacatures"] = "vacancies", ["vacature"] = "vacancies",
        ["aanbevelingen"] = "testimonials", ["ervaringen"] = "testimonials", ["diensten"] = "services", ["dienst"] = "services",
        ["medewerkers"] = "team", ["collega's"] = "team", ["activiteiten"] = "activities", ["agenda"] = "activities",
        ["paginas"] = "pages", ["pagina's"] = "pages", ["afbeeldingen"] = "assets", ["plaatjes"] = "assets", ["fotos"] = "assets",
        ["foto's"] = "assets", ["bestanden"] = "assets", ["img"] = "assets", ["images"] = "assets", ["gegevens"] = "data",
    };

    /// <summary>The content type <c>dotnet run -- new</c> makes for each folder of <c>input/</c> (the command takes its list from here).</summary>
    public static readonly IReadOnlyDictionary<string, string> NewCommandKind = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["stories"] = "story", ["vacancies"] = "vacancy", ["testimonials"] = "testimonial", ["services"] = "service",
        ["team"] = "person", ["activities"] = "activity",
    };

    /// <summary>A text saved as <c>.txt</c> (Notepad makes <c>verhaal.md.txt</c>) is meant as Markdown: say the name to give it; a Word
    /// document, to copy its text into one.</summary>
    private static string NotMarkdownHelp(string rel)
    {
        var name = Path.GetFileName(rel);
        if (Path.GetExtension(name).ToLowerInvariant() is ".docx" or ".doc" or ".odt" or ".pages" or ".rtf")
        {
            // A story written in Word: its text is meant for the site, the file cannot be read as it is.
            var title = Path.GetFileNameWithoutExtension(name);
            var kind = NewCommandKind.GetValueOrDefault(rel.Split('/')[1]);
            return $"Een document uit een tekstverwerker leest de site niet. Maak een bestand `{Slug.From(title)}.md`" +
                   (kind is null ? "" : $" (of typ `dotnet run -- new {kind} \"{title}\"`)") + " en kopieer de tekst erin.";
        }
        // A photo beside its text, as an export from WordPress or Hugo puts it (`stories/rias-dag/images/foto.jpg`).
        if (Path.GetExtension(name).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp" or ".gif" or ".svg" or ".heic" or ".heif" or ".avif")
            return $"De site toont alleen foto's uit `input/assets/`: verplaats hem naar `input/assets/img/{name}` en schrijf in de tekst `/assets/img/{name}`.";
        if (!name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return "Zet plaatjes en andere bestanden in `input/assets/`.";
        var stem = name[..^4];
        if (stem.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) stem = stem[..^3];
        return $"Is het een tekst voor de site? Geef het bestand dan de naam `{stem}.md` (met .md aan het eind, zonder .txt).";
    }

    /// <summary>
    /// A text meant for the site saved as <c>.txt</c>: Notepad's <c>verhaal.md.txt</c>, or a <c>.txt</c> that opens with
    /// front matter (<c>---</c>). A note kept beside the texts (<c>ideeen.txt</c>) is only skipped.
    /// </summary>
    private static bool IsTextForTheSite(string full, string rel) =>
        rel.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && (IsMarkdown(rel[..^4]) || OpensWithFrontMatter(full));

    /// <summary>Whether the file starts with <c>---</c> (after a byte order mark): the front matter of a text for the site.</summary>
    private static bool OpensWithFrontMatter(string full)
    {
        try
        {
            using var stream = File.OpenRead(full);
            Span<byte> start = stackalloc byte[6];
            var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            var text = start[..read];
            if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = text[3..];
            return text.StartsWith("---"u8);
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
}
