using System.Text.RegularExpressions;
using Thuisbasis.Diagnostics;
using Thuisbasis.Hosting;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Checks;

/// <summary>
/// Plain-language warnings for the texts writers wrote (never for the theme): sentences longer than
/// <c>plain_language.max_sentence_words</c> and words from the jargon list with a simpler word; plus a Flesch-Douma
/// score for every story, because the sector writes at language level B1.
/// </summary>
public sealed class PlainLanguageChecker(string root, PlainLanguageSettings settings)
{
    private readonly Regex _jargon = new(
        @"(?<![\p{L}\p{N}])(" + string.Join("|", settings.Jargon.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A story's readability, for the report.</summary>
    public sealed record StoryScore(string Title, string Source, Readability.Score Score);

    public IReadOnlyList<StoryScore> Scores { get; private set; } = [];

    public void Check(IReadOnlyList<BuiltPage> pages, DiagnosticBag diagnostics)
    {
        var scores = new List<StoryScore>();
        foreach (var built in pages.Where(p => !p.Page.Source.StartsWith('(')).DistinctBy(p => p.Page.Source))
        {
            var source = built.Page.Source;
            var blocks = built.Body.QuerySelectorAll("p, li, blockquote, td, h2, h3, h4").Where(e => !e.Children.Any(c => c.LocalName is "p" or "ul" or "ol"))
                .Select(e => e.TextContent).ToList();
            foreach (var sentence in blocks.SelectMany(Readability.Sentences))
            {
                var words = Readability.Words(sentence).Count();
                if (words > settings.MaxSentenceWords)
                    diagnostics.Warning("TB0601", Locate(source, sentence), $"Deze zin heeft {words} woorden: `{Start(sentence)}`.",
                        $"Maak er twee of drie zinnen van; voor taalniveau B1 zijn zinnen hoogstens {settings.MaxSentenceWords} woorden.");
            }
            var text = string.Join("\n", blocks);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match m in _jargon.Matches(text))
            {
                var occurrence = seen[m.Value] = seen.GetValueOrDefault(m.Value, -1) + 1;
                var (key, simpler) = settings.Jargon.First(kv => string.Equals(kv.Key, m.Value, StringComparison.OrdinalIgnoreCase));
                if (InName(text, m.Index, m.Value, key)) continue;
                diagnostics.Warning("TB0602", SourceLocator.FindWord(root, source, m.Value, occurrence), $"`{m.Value}` is moeilijke taal.",
                    // Swapped word for word, the sentence may no longer run ("de betreffende medewerker" is not "de over medewerker").
                    $"Zeg het eenvoudiger, bijvoorbeeld met `{simpler}`, en lees de zin daarna nog een keer: soms moet hij anders.");
            }
            if (built.Page.Kind == "story")
                scores.Add(new StoryScore(built.Page.Title, source, Readability.Measure(string.Join("\n", blocks))));
        }
        Scores = scores.OrderBy(s => s.Score.Value).ToList();
    }

    /// <summary>
    /// A listed lower-case word written with a capital in the middle of a sentence is part of a name
    /// ("Verklaring Omtrent het Gedrag"), which a writer cannot change.
    /// </summary>
    private static bool InName(string text, int at, string found, string listed)
    {
        if (!char.IsUpper(found[0]) || char.IsUpper(listed[0])) return false;
        var before = text.AsSpan(0, at).TrimEnd(' ');
        return before.Length > 0 && before[^1] is not ('.' or '!' or '?' or ':' or '\n' or '"' or '(' or '“' or '„' or '\'');
    }

    private static string Start(string sentence)
    {
        var words = Readability.Words(sentence).Take(8).ToList();
        return string.Join(' ', words) + " …";
    }

    /// <summary>The line of the sentence in the Markdown file: searched by its first words, which Markdown leaves as they are.</summary>
    private SourcePosition Locate(string source, string text)
    {
        var probe = string.Join(' ', Readability.Words(text).Take(3));
        var at = SourceLocator.Find(root, source, text.Length < 40 ? text : probe);
        return at.Line == 1 && at.Column == 1 && probe.Length > 0 ? SourceLocator.Find(root, source, Readability.Words(text).First()) : at;
    }
}
