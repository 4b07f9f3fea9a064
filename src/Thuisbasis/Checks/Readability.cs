using System.Text.RegularExpressions;

namespace Thuisbasis.Checks;

/// <summary>
/// Flesch-Douma, the Dutch adaptation of the Flesch reading ease: 206.835 − 0.93 × (words/sentences) − 77 × (syllables/words).
/// 60–70 is plain (about B1), above 70 easy, below 50 hard. Syllables are estimated by counting vowel groups, which is
/// close enough for Dutch to rank texts.
/// </summary>
public static partial class Readability
{
    public sealed record Score(int Words, int Sentences, int Syllables, double Value)
    {
        /// <summary>The reader the score suits, in the words of the Dutch sector.</summary>
        public string Level => Value switch
        {
            >= 70 => "makkelijk",
            >= 60 => "B1, goed",
            >= 50 => "wat moeilijk",
            _ => "moeilijk",
        };
    }

    public static Score Measure(string text)
    {
        var sentences = Sentences(text);
        var words = sentences.SelectMany(Words).ToList();
        if (words.Count == 0) return new Score(0, 0, 0, 0);
        var syllables = words.Sum(CountSyllables);
        var value = 206.835 - 0.93 * ((double)words.Count / sentences.Count) - 77 * ((double)syllables / words.Count);
        return new Score(words.Count, sentences.Count, syllables, Math.Round(value, 1));
    }

    /// <summary>Sentences end at . ! ? or a line end; abbreviations such as "bijv." and "o.a." do not end one.</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        SentenceEnd().Split(Abbreviations().Replace(text, m => m.Value.Replace('.', '\u2024')))
            .Select(s => s.Replace('\u2024', '.').Trim())
            .Where(s => Words(s).Any())
            .ToList();

    public static IEnumerable<string> Words(string sentence) =>
        Word().Matches(sentence).Select(m => m.Value);

    /// <summary>Vowel groups, with <c>ij</c> as a vowel: "mantelzorger" → man-tel-zor-ger = 4, "ijs" = 1, "cliënt" = 2.</summary>
    public static int CountSyllables(string word)
    {
        var w = word.ToLowerInvariant().Replace("ij", "ɨ");
        var count = 0;
        var inVowel = false;
        foreach (var c in w)
        {
            var vowel = "aeiouyɨáéíóúàèëïöüâêîôû".Contains(c);
            if (vowel && (!inVowel || c is 'ë' or 'ï' or 'ü')) count++;
            inVowel = vowel;
        }
        return Math.Max(1, count);
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(bijv|bv|o\.a|d\.w\.z|m\.b\.v|t\.o\.v|enz|etc|ca|nr|tel|dhr|mevr|mr|dr|ir|ing|drs|i\.p\.v|z\.s\.m|a\.u\.b|m\.n|e\.d|evt|incl|excl|resp)\.", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviations();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
