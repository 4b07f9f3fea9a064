using System.Text.RegularExpressions;

namespace Thuisbasis.Content;

/// <summary>
/// The names that copying tools give a second copy of a file: Windows Explorer (<c>verhaal - Kopie</c>,
/// <c>verhaal - Copy (2)</c>, a download twice <c>verhaal (1)</c>), the Mac's Finder (<c>verhaal kopie</c>,
/// <c>verhaal copy 2</c>, "keep both" <c>verhaal 2</c>), Google Drive (<c>verhaal (1)</c>), Dropbox
/// (<c>verhaal (conflicted copy 2026-12-01)</c>, <c>verhaal (Conflicterende kopie van Laptop)</c>) and OneDrive
/// (<c>verhaal-LAPTOP-AB12</c>: the computer's name, in capitals with a digit or a dash). A name only counts as a copy when the name it
/// was made from is there too, so <c>deel 2.md</c> without a <c>deel.md</c>, or <c>top-10.md</c>, is not one.
/// </summary>
internal static partial class CopyNames
{
    /// <summary>Every name (without extension) <paramref name="stem"/> could be a copy of, most likely first.</summary>
    public static IEnumerable<string> Originals(string stem)
    {
        if (!MayBeCopy(stem)) yield break;
        foreach (var pattern in Patterns)
            if (pattern.Match(stem) is { Success: true } m) yield return m.Groups["o"].Value;
        // OneDrive: "-" and the computer's name, at most 15 capitals, digits and dashes (Windows' limit for that name),
        // with a digit or a dash as Windows' own names have (LAPTOP-AB12CD34, DESKTOP-7Q2K9LM): henk-AOW.md is a story.
        for (var dash = stem.IndexOf('-', 1); dash > 0 && dash < stem.Length - 1; dash = stem.IndexOf('-', dash + 1))
            if (IsComputerName(stem.AsSpan(dash + 1))) yield return stem[..dash];
    }

    /// <summary>Every copy's name has a space or a bracket, or a computer's name in capitals; most names have none of them.</summary>
    public static bool MayBeCopy(ReadOnlySpan<char> stem) => stem.ContainsAny(CopyMarks);

    private static bool IsComputerName(ReadOnlySpan<char> name) =>
        name.Length is >= 4 and <= 15 && name[^1] != '-' && name.ContainsAnyInRange('A', 'Z') && !name.ContainsAnyExcept(ComputerNameCharacters) &&
        (name.Contains('-') || name.ContainsAnyInRange('0', '9'));

    private static readonly System.Buffers.SearchValues<char> CopyMarks = System.Buffers.SearchValues.Create(" (ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly System.Buffers.SearchValues<char> ComputerNameCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    private static readonly Regex[] Patterns =
    [
        Dropbox(), Numbered(), Explorer(), Finder(), FinderKeepBoth(),
    ];

    [GeneratedRegex(@"^(?<o>.+?) \([^()]*(?:conflicted copy|conflicterende kopie|case conflict)[^()]*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dropbox();

    [GeneratedRegex(@"^(?<o>.+?) ?\([0-9]{1,3}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<o>.+?) - (?:kopie|copy)(?: \([0-9]{1,3}\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Explorer();

    [GeneratedRegex(@"^(?<o>.+?) (?:kopie|copy)(?: [0-9]{1,3})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Finder();

    [GeneratedRegex(@"^(?<o>.+?) [0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FinderKeepBoth();
}
