using Thuisbasis.Diagnostics;
using Thuisbasis.Hosting;

namespace Thuisbasis.Checks;

/// <summary>
/// The accessibility gates a machine can check on every page: each image has alt text, one h1, no skipped heading
/// levels (screen-reader users navigate by headings), and HTML a browser does not have to guess at.
/// </summary>
public sealed class HtmlQualityChecker(string root)
{
    /// <summary>A published variant (<c>/assets/img/x-800.png</c>) as the writer wrote it, without width and extension (<c>/assets/img/x</c>).</summary>
    private static string? WrittenAs(string? src) =>
        src is null ? null : System.Text.RegularExpressions.Regex.Replace(src, @"-\d+\.(webp|jpg|png)$", "");

    public void Check(IReadOnlyList<BuiltPage> pages, DiagnosticBag diagnostics)
    {
        List<BuiltPage>? fromLayout = null;
        foreach (var built in pages)
        {
            var page = built.Page;
            var source = page.Source;
            foreach (var img in built.Document.QuerySelectorAll("img:not([alt])"))
                diagnostics.Error("TB0502", Locate(source, WrittenAs(img.GetAttribute("src"))), $"Een afbeelding op {page.Url} (`{img.GetAttribute("src")}`) heeft geen beschrijving (alt-tekst).",
                    "Beschrijf in één zin wat er op de afbeelding staat; in Markdown tussen de blokhaken: `![Twee buren op de markt](/assets/img/markt.jpg)`.");
            var withoutAlt = new EmptyAltImages(root, source);
            foreach (var img in built.Body.QuerySelectorAll("img[alt='']:not([role=presentation]):not([aria-hidden=true])"))
            {
                // A pasted `<img alt="">` says the picture only decorates (the handleiding, TB0136); `![](…)` forgot the words.
                var written = withoutAlt.Next(img.GetAttribute("src"));
                if (written is { Pasted: true }) continue;
                diagnostics.Error("TB0502", written?.At ?? Locate(source, WrittenAs(img.GetAttribute("src"))), $"Een afbeelding in de tekst van {page.Url} (`{img.GetAttribute("src")}`) heeft een lege beschrijving (alt-tekst).",
                    "Beschrijf in één zin wat er op de afbeelding staat, tussen de blokhaken: `![Twee buren op de markt](/assets/img/markt.jpg)`.");
            }

            var h1s = built.Document.QuerySelectorAll("h1");
            if (h1s.Length != 1)
                diagnostics.Error("TB0503", h1s.Length > 1 ? HeadingAt(source, 1, null) ?? Locate(source, "# ") : SourcePosition.StartOf(source),
                    $"{page.Url} heeft {h1s.Length} hoofdkoppen (h1); een pagina hoort er precies één te hebben.",
                    h1s.Length > 1 ? "De titel is al de hoofdkop: begin kopjes in de tekst met `##`, niet met `#`." : "Geef de pagina een titel (`title:`), of zet de hoofdkop terug in de opmaak.");

            var previous = 0;
            foreach (var heading in built.Document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                if (previous > 0 && level > previous + 1)
                {
                    var text = heading.TextContent.Trim();
                    var written = HeadingAt(source, level, text);
                    diagnostics.Error("TB0504", written ?? Locate(source, text),
                        $"Op {page.Url} volgt kop `{text}` (h{level}) op een h{previous}: er is een niveau overgeslagen.",
                        written is not null
                            ? $"Maak er een kop van niveau {previous + 1} van: schrijf `{new string('#', previous + 1)}` in plaats van `{new string('#', level)}` vooraan."
                            : $"Maak er een kop van niveau {previous + 1} van: schrijf in Markdown {new string('#', previous + 1)} ervoor.");
                }
                previous = level;
            }

            // The writer's text: at its file. What the layout makes wrong is the same on many pages: said once below.
            foreach (var problem in built.BodyErrors.Take(3))
                diagnostics.Error("TB0505", SourcePosition.StartOf(source),
                    $"De HTML in de tekst van {page.Url} klopt niet: {problem.Dutch} (technisch: {problem.Message.TrimEnd('.')}).",
                    "Staat er HTML in de tekst? Controleer dan of elke tag (zoals `<div>`) ook wordt afgesloten, of schrijf het als Markdown.");
            if (built.BodyErrors.Count == 0 && built.ParseErrors.Count > 0) (fromLayout ??= []).Add(built);
        }
        if (fromLayout is not null) LayoutErrors(fromLayout, diagnostics);
    }

    /// <summary>
    /// HTML that is wrong on pages whose text is fine comes from the layout: one error per kind of problem, at the site's
    /// own layout files when it has them (an override is where such a mistake is made), with how many pages have it.
    /// It was an English parser message on every page (198 for one unclosed tag in a footer), blaming each page's text.
    /// </summary>
    private void LayoutErrors(List<BuiltPage> pages, DiagnosticBag diagnostics)
    {
        var own = new[] { "overrides", "themes" }.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.sbn-html", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var at = own.FirstOrDefault(f => f.StartsWith("overrides/", StringComparison.Ordinal)) ?? own.FirstOrDefault() ?? "(ingebouwd thema)";
        foreach (var kind in pages.SelectMany(p => p.ParseErrors.Select(e => (Page: p, Error: e))).GroupBy(x => x.Error.Dutch))
        {
            var (first, error) = kind.First();
            var count = kind.Select(x => x.Page).Distinct().Count();
            diagnostics.Error("TB0505", SourcePosition.StartOf(at),
                $"De opmaak maakt HTML die niet klopt, op {count} {(count == 1 ? "pagina" : "pagina's")} (zoals {first.Page.Url}, regel {error.Line}): {kind.Key} (technisch: {error.Message.TrimEnd('.')}).",
                own.Count > 0
                    ? $"Kijk in de eigen opmaak van de site ({string.Join(", ", own.Take(5).Select(f => $"`{f}`"))}{(own.Count > 5 ? ", …" : "")}) of elke tag die opent ook wordt afgesloten, en in de goede volgorde."
                    : "Dit zit in het ingebouwde thema van Thuisbasis: meld het aan wie de site onderhoudt.");
        }
    }

    private SourcePosition? HeadingAt(string source, int level, string? text) =>
        source.StartsWith('(') ? null : SourceLocator.FindHeading(root, source, level, text);

    /// <summary>
    /// The images written without a description in a content file's text (<c>![](…)</c>, <c>&lt;img alt=""&gt;</c>), in
    /// order, as <see cref="Images.ImageChecks.InBody"/> reads them: a published variant (<c>/assets/IMG_1234%20(1)-1600.jpg</c>)
    /// is found at the place its photo was written (<c>![](&lt;/assets/IMG_1234 (1).JPG&gt;)</c>), not at the cover that shows
    /// the same photo with a description, nor at line 1 because the written name has a space or an accent.
    /// </summary>
    private sealed class EmptyAltImages(string root, string source)
    {
        private List<(string Url, SourcePosition At, bool Pasted)>? _left;

        /// <summary>
        /// Where the next image without a description that shows <paramref name="src"/> was written, and whether it was
        /// pasted as HTML rather than written in Markdown; null when none is found.
        /// </summary>
        public (SourcePosition At, bool Pasted)? Next(string? src)
        {
            if (src is null) return null;
            _left ??= Read();
            var shown = Uri.UnescapeDataString(src.Split('?', '#')[0]).Normalize();
            var variant = WrittenAs(shown);
            var i = _left.FindIndex(w => shown.EndsWith(w.Url, StringComparison.Ordinal)
                || variant != shown && variant!.EndsWith(w.Url[..^Path.GetExtension(w.Url).Length], StringComparison.Ordinal));
            if (i < 0) return null;
            var (_, at, pasted) = _left[i];
            _left.RemoveAt(i);
            return (at, pasted);
        }

        private List<(string, SourcePosition, bool)> Read()
        {
            if (source.StartsWith('(')) return [];
            var full = Path.Combine(root, source);
            if (!File.Exists(full)) return [];
            var lines = File.ReadAllText(full).ReplaceLineEndings("\n").Split('\n');
            var close = lines.Length > 0 && lines[0].TrimEnd() == "---" ? Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...") : -1;
            var entry = new Content.Entry(source, 0, "", "", string.Join('\n', lines.Skip(close + 1)), close + 2);
            return [.. Images.ImageChecks.InBody(entry).Where(i => string.IsNullOrWhiteSpace(i.Alt))
                .Select(i => (i.Url, i.At, !Images.ImageChecks.WrittenInMarkdown(entry, i.At)))];
        }
    }

    private SourcePosition Locate(string source, string? text) =>
        source.StartsWith('(') || string.IsNullOrEmpty(text) ? SourcePosition.StartOf(source) : SourceLocator.Find(root, source, text);
}
