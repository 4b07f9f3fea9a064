using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Scriban.Runtime;
using Thuisbasis.Diagnostics;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Renders Scriban layouts from the theme. Templates are compiled once and kept (by path and text) so the preview
/// and the parallel render reuse them; every value a template writes is HTML-escaped unless it is <see cref="RawHtml"/>.
/// </summary>
public sealed class TemplateEngine(Theme theme)
{
    /// <summary>By full path: the compiled template and the fingerprint of its path and the text it was compiled from.</summary>
    private readonly ConcurrentDictionary<string, (ulong Fingerprint, Template Template)> _compiled = new();
    private readonly ConcurrentDictionary<string, string?> _paths = new(StringComparer.Ordinal);
    /// <summary>Partials by the name layouts include them with, resolved and compiled (cleared with the rest on a theme change).</summary>
    private readonly ConcurrentDictionary<string, (string Full, Template Template)> _partials = new(StringComparer.Ordinal);
    private readonly ScriptObject _builtins = TemplateFunctions.CreateBuiltins();
    private ulong _version;

    public Theme Theme { get; } = theme;

    /// <summary>Forgets compiled templates (the preview calls this when a theme file changes).</summary>
    public void Invalidate()
    {
        _compiled.Clear();
        _paths.Clear();
        _partials.Clear();
    }

    /// <summary>
    /// Called once per build with the theme's version (paths, sizes and times of its layouts and partials): when it
    /// changed, compiled templates are dropped. Between such changes no render touches the disk for a template.
    /// </summary>
    public void Sync(ulong themeVersion)
    {
        if (themeVersion == _version) return;
        Invalidate();
        _version = themeVersion;
    }

    private string? Find(string relative) => _paths.GetOrAdd(relative, Theme.Find);

    /// <summary>
    /// Resolves <c>{{ include "partials/card" }}</c> to <c>partials/card.sbn-html</c> in the theme, compiled and kept for
    /// every later include; null when the file does not exist (<paramref name="problems"/> null) or does not compile.
    /// </summary>
    private (string Full, Template Template)? FindPartial(string templateName, out string name, out DiagnosticBag? problems)
    {
        name = templateName.EndsWith(".sbn-html", StringComparison.Ordinal) ? templateName : templateName + ".sbn-html";
        problems = null;
        if (_partials.TryGetValue(templateName, out var known)) return known;
        if (Find(name) is not { } full) return null;
        problems = new DiagnosticBag();
        if (Load(name, problems) is not { } compiled) return null;
        return _partials[templateName] = (full, compiled);
    }

    /// <summary>Compiles (or takes from the cache) a theme file; parse errors become diagnostics.</summary>
    public Template? Load(string relative, DiagnosticBag diagnostics)
    {
        var full = Find(relative);
        if (full is null) return null;
        if (_compiled.TryGetValue(full, out var hit)) return hit.Template;
        // Only an error stops here; a warning about the encoding is CheckEncodings', made on every build (this compile is cached).
        var problems = new DiagnosticBag();
        var read = ReadTheme(full, problems);
        diagnostics.AddRange(problems.All().Where(d => d.IsError));
        if (read is not { } text) return null;
        // A merge conflict left in a layout or partial: its marker lines would be published as text, or stop Scriban
        // with a message about the template language; the writer hears what Git left behind instead.
        if (!Content.MergeConflicts.Check(Theme.Display(full), text, 0, diagnostics)) return null;
        var template = Template.Parse(text, full);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages)
                diagnostics.Error("TB0400", new SourcePosition(Theme.Display(full), m.Span.Start.Line + 1, m.Span.Start.Column + 1),
                    $"Fout in de opmaak (template): {m.Message}.", "Controleer de {{ }} op deze regel: staat elke `if` en `for` met een `end` afgesloten?");
            return null;
        }
        _compiled[full] = (Fingerprint(full, text), template);
        return template;
    }

    /// <summary>
    /// The fingerprint of a layout or partial as pages read it (see <see cref="DependencyKeys.ThemeFile"/>): where it is
    /// found and the text it was compiled from; 0 when it does not exist.
    /// </summary>
    public ulong FileFingerprint(string relative)
    {
        if (Find(relative) is not { } full) return 0;
        if (_compiled.TryGetValue(full, out var hit)) return hit.Fingerprint;
        try
        {
            return Fingerprint(full, ReadTheme(full) ?? "");
        }
        catch (IOException)
        {
            return 0; // gone since it was found: every page that used it renders again, and says what is missing
        }
    }

    /// <summary>
    /// A layout or partial read as a content file is (<see cref="Content.ContentFiles.Decode"/>): an override saved in
    /// Notepad's "ANSI" (Windows-1252) gave a U+FFFD for every é on every page, silently; now its letters are kept and
    /// the writer hears to save it as UTF-8 (TB0203), and UTF-16 or an unknown encoding is TB0002 (null). With Linux
    /// line endings: Git for Windows checks a site out with CRLF (and Notepad saves an override so), and Scriban copies
    /// the text between <c>{{ }}</c> as it is, so the same site built on a laptop and on the server differed in every page.
    /// </summary>
    /// <param name="diagnostics">Where a problem with the encoding is told; null where it was told already.</param>
    private string? ReadTheme(string full, DiagnosticBag? diagnostics = null)
    {
        var text = Content.ContentFiles.Decode(File.ReadAllBytes(full), Theme.Display(full), diagnostics ?? new DiagnosticBag());
        return text is not null && text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>
    /// TB0203 (and TB0002) for every layout and partial of the site's own (<c>overrides/</c>, its themes) that is not
    /// saved as UTF-8, on every build: the compiled templates are kept between the preview's builds, so the warning
    /// cannot come from compiling them. A site has a handful of such files.
    /// </summary>
    public void CheckEncodings(DiagnosticBag diagnostics)
    {
        foreach (var folder in Theme.SiteFolders)
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var full in Directory.EnumerateFiles(folder, "*.sbn-html", SearchOption.AllDirectories))
            {
                try { ReadTheme(full, diagnostics); }
                catch (IOException) { } // gone since it was listed, or held by an editor: compiling it says so
                catch (UnauthorizedAccessException) { }
            }
        }
    }

    private static ulong Fingerprint(string full, string text) => ContentHash.Combine([ContentHash.Of(full), ContentHash.Of(text)]);

    /// <summary>
    /// Renders a page's own layout (null, with a diagnostic naming both files, on failure). What it wrote stays in its
    /// buffer (this thread's second one) instead of being copied into a string: the base layout writes it from there as
    /// <c>{{ content }}</c>. Dispose the result when the base layout is done; until then this thread's next layout render
    /// makes a buffer of its own.
    /// </summary>
    internal LayoutHtml? RenderLayout(string relative, IReadOnlyDictionary<string, object?> globals, string forSource, DiagnosticBag diagnostics,
        DependencyRecorder? recorder = null)
    {
        var output = _layoutOutput ?? new PageOutput();
        _layoutOutput = null;
        var html = RenderCore(relative, globals, forSource, diagnostics, recorder, output, static o => new LayoutHtml(o));
        if (html is null) GiveBackLayoutOutput(output);
        return html;
    }

    [ThreadStatic] private static PageOutput? _layoutOutput;

    internal static void GiveBackLayoutOutput(PageOutput output)
    {
        output.Clear();
        _layoutOutput = output;
    }

    /// <summary>
    /// Renders a template with the given globals and gives the page as UTF-8 bytes, encoded straight from the output
    /// buffer; null (with a diagnostic naming both files) on failure.
    /// </summary>
    public byte[]? RenderUtf8(string relative, IReadOnlyDictionary<string, object?> globals, string forSource, DiagnosticBag diagnostics,
        DependencyRecorder? recorder = null) =>
        RenderWith(relative, globals, forSource, diagnostics, recorder, static output => output.ToUtf8());

    /// <summary>
    /// Renders into this thread's output buffer, kept between pages (it grows once to the size of the largest page), and
    /// hands the finished buffer to <paramref name="take"/>, which may read it only during that call.
    /// </summary>
    internal T? RenderWith<T>(string relative, IReadOnlyDictionary<string, object?> globals, string forSource, DiagnosticBag diagnostics,
        DependencyRecorder? recorder, Func<PageOutput, T> take) where T : class
    {
        var output = _output ?? new PageOutput();
        _output = null;
        try
        {
            return RenderCore(relative, globals, forSource, diagnostics, recorder, output, take);
        }
        finally
        {
            output.Clear();
            _output = output;
        }
    }

    private T? RenderCore<T>(string relative, IReadOnlyDictionary<string, object?> globals, string forSource, DiagnosticBag diagnostics,
        DependencyRecorder? recorder, PageOutput output, Func<PageOutput, T> take) where T : class
    {
        var template = Load(relative, diagnostics);
        if (template is null)
        {
            if (Find(relative) is null)
                diagnostics.Error("TB0402", SourcePosition.StartOf(forSource), $"De opmaak `{relative}` bestaat niet in het thema.",
                    "Zet het bestand in `overrides/` of kies een bestaande opmaak.");
            return null;
        }
        recorder?.Add(DependencyKeys.ThemeFile(relative));
        var context = TakeContext();
        context.Recorder = recorder;
        var model = new ScriptObject(globals.Count); // site, page and content: a table for 32 was most of what it allocated
        foreach (var (k, v) in globals) model[k] = v;
        context.PushGlobal(model);
        context.PushOutput(output);
        var clean = false;
        try
        {
            template.Render(context);
            output.RemoveControlCharacters();
            var result = take(output);
            clean = true;
            return result;
        }
        catch (ScriptRuntimeException e)
        {
            var at = e.Span;
            diagnostics.Error("TB0401", SourcePosition.StartOf(forSource),
                $"Bij het opmaken van deze pagina ging iets mis in {Theme.Display(at.FileName ?? Theme.Find(relative) ?? relative)}({at.Start.Line + 1},{at.Start.Column + 1}): {e.OriginalMessage}.",
                "Controleer die regel in de opmaak; meestal is een naam verkeerd gespeld.");
            return null;
        }
        finally
        {
            // Only a render that ran to the end leaves the context's stacks as they were; after an error it is dropped.
            if (clean) GiveBack(context);
        }
    }

    [ThreadStatic] private static PageOutput? _output;

    /// <summary>
    /// Each thread keeps one context per engine between pages: a new Scriban context allocates its stacks and a table of
    /// argument arrays, which for every page of a large site adds up to a good part of what a build allocates.
    /// </summary>
    [ThreadStatic] private static HtmlEscapingContext? _spare;

    private HtmlEscapingContext TakeContext()
    {
        var context = _spare;
        _spare = null;
        return context is not null && context.Owner == this ? context : NewContext();
    }

    private static void GiveBack(HtmlEscapingContext context)
    {
        // Reset pops the page's globals and outputs, empties the output and forgets templates cached by include.
        context.Reset();
        context.Recorder = null;
        _spare = context;
    }

    private HtmlEscapingContext NewContext()
    {
        var context = new HtmlEscapingContext(_builtins, this)
        {
            TemplateLoader = new ThemeLoader(this),
            LoopLimit = 0,
            RecursiveLimit = 50,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            NewLine = "\n",
            // Scriban's auto-indent repeats the indentation of `{{ include }}` and `{{ page.body }}` on every line they
            // write, which adds spaces inside <pre> code blocks and makes each write a line-by-line copy. HTML needs none of it.
            AutoIndent = false,
        };
        return context;
    }

    /// <summary>Resolves <c>{{ include "partials/card" }}</c> to <c>partials/card.sbn-html</c> in the theme.</summary>
    private sealed class ThemeLoader(TemplateEngine engine) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (engine.FindPartial(templateName, out var name, out var problems) is not { } partial)
                throw new ScriptRuntimeException(callerSpan, problems is not null ? string.Join(" ", problems.Sorted().Select(d => d.ToString()))
                    // An override made for an older version includes a partial that a newer one renamed: say the new name.
                    : Content.Upgrading.Migrations.All.FirstOrDefault(m => m.Kind == Content.Upgrading.MigrationKind.ThemeFile && m.Old == name) is { } moved
                        ? moved.New is { } now
                            ? $"het onderdeel `{name}` heet sinds Thuisbasis {moved.Since} `{now}`; schrijf `{{{{ include \"{now[..^".sbn-html".Length]}\" }}}}`"
                            : $"het onderdeel `{name}` bestaat sinds Thuisbasis {moved.Since} niet meer. {moved.Advice}".TrimEnd()
                        : $"het onderdeel `{name}` bestaat niet in het thema");
            // Hand Scriban the compiled partial from the engine's cache, so no page parses a partial again.
            context.CachedTemplates[partial.Full] = partial.Template;
            ((HtmlEscapingContext)context).Recorder?.Add(DependencyKeys.ThemeFile(name));
            return partial.Full;
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => engine.ReadTheme(templatePath) ?? "";

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
