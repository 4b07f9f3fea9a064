using System.Text.RegularExpressions;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content;

/// <summary>
/// TB0137: a text that points at a file on the writer's own computer (<c>C:\Users\…\foto.jpg</c>, <c>file:///…</c>,
/// <c>\\server\…</c>), as Explorer or Finder give it when a file is dragged or its path copied. On the site such an
/// image or link leads nowhere; with a space in it, Markdown does not even see a link and shows the brackets as text.
/// </summary>
public static partial class LocalFiles
{
    public const string Code = "TB0137";

    /// <summary>Whether an address points at a file on the writer's computer, as typed or as Markdown escaped it (<c>%5C</c>).</summary>
    public static bool IsOnOwnComputer(string address)
    {
        var path = Unescaped(address).TrimStart('<', ' ');
        return path.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || IsNetworkPath(path)
               || path.Length > 2 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] is '\\' or '/';
    }

    /// <summary>
    /// <c>\\server\share\…</c> as Windows writes a file on the office network: a backslash after the server's name. With a
    /// slash there (<c>\\evil.example/x.png</c>) it is what a browser reads it as, another website (see <see cref="BrowserAddress"/>).
    /// </summary>
    private static bool IsNetworkPath(string path)
    {
        if (!path.StartsWith(@"\\", StringComparison.Ordinal)) return false;
        var end = path.AsSpan(2).IndexOfAny('/', '\\');
        return end > 0 && path[2 + end] == '\\';
    }

    /// <summary>A file on the writer's computer named in a body: where, the path as written (unescaped), and whether it is an image.</summary>
    public sealed record Address(int Line, int Column, string Path, bool Image);

    /// <summary>
    /// The addresses in <paramref name="body"/> that point at the writer's computer. Run once per file as it is read
    /// (the preview keeps the result with the file), so a rebuild does not search every body again.
    /// </summary>
    public static IReadOnlyList<Address> Find(string body, int bodyLine)
    {
        if (!body.Contains(":\\", StringComparison.Ordinal) && !body.Contains(":/", StringComparison.Ordinal) &&
            !body.Contains(@"\\", StringComparison.Ordinal)) return [];
        List<Address>? found = null;
        foreach (Match m in AddressPattern().Matches(body))
        {
            var path = m.Groups["path"].Value.Trim().TrimEnd('>');
            if (!IsOnOwnComputer(path)) continue;
            var line = bodyLine + body.AsSpan(0, m.Index).Count('\n');
            var newline = m.Index == 0 ? -1 : body.LastIndexOf('\n', m.Index - 1);
            var image = m.Value.StartsWith('!') || m.Value.StartsWith("<img", StringComparison.OrdinalIgnoreCase);
            (found ??= []).Add(new Address(line, m.Groups["path"].Index - newline, Unescaped(path), image));
        }
        return found is null ? [] : found;
    }

    /// <summary>TB0137 for every address <see cref="Find"/> found; the help names the site's copy when there is one.</summary>
    public static void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        List<string>? assets = null;
        foreach (var entry in content.CheckedTexts)
            foreach (var address in entry.OnOwnComputer)
                Report(diagnostics, new SourcePosition(entry.SourcePath, address.Line, address.Column), address.Path, address.Image,
                    assets ??= content.Assets.Select(a => a.Url).ToList());
    }

    private static void Report(DiagnosticBag diagnostics, SourcePosition at, string path, bool image, List<string> assets)
    {
        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..].Normalized();
        var there = assets.FirstOrDefault(a => string.Equals(a[(a.LastIndexOf('/') + 1)..], name, StringComparison.OrdinalIgnoreCase));
        var folder = image ? "input/assets/img/" : "input/assets/";
        var address = there ?? "/" + folder["input/".Length..] + name;
        var written = address.Contains(' ', StringComparison.Ordinal) ? $"<{address}>" : address;
        // Word's copy of a picture for the clipboard (…\Temp\msohtmlclip1\01\clip_image001.png, on a Mac
        // …/TemporaryItems/msoclip/0/clip_image001.png): a name the writer never chose, in a folder they cannot find.
        if (there is null && name.StartsWith("clip_image", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(Code, at,
                $"`{name}` is een plaatje dat Word even op uw computer zette toen u de tekst kopieerde; bezoekers van de site zien het niet, en op uw computer is het zo weer weg.",
                $"Sla het plaatje vanuit Word op (rechtermuisknop, 'Opslaan als afbeelding') in de map `{folder}`, met een naam die zegt wat erop staat, en schrijf `![beschrijving](/{folder["input/".Length..]}naam.png)`.");
            return;
        }
        diagnostics.Error(Code, at,
            $"`{path}` is een bestand op uw eigen computer; bezoekers van de site kunnen het niet openen.",
            there is not null
                ? $"Het staat al in de site: schrijf `{written}`."
                : $"Zet `{name}` in de map `{folder}` en schrijf `{written}`.");
    }

    private static string Unescaped(string value)
    {
        try { return Uri.UnescapeDataString(value); }
        catch (UriFormatException) { return value; }
    }

    // A Markdown link or image up to its closing parenthesis (spaces included: Markdown would not read those), or an
    // HTML src or href up to its closing quote. Bounded, so a long body cannot make the search slow.
    [GeneratedRegex(@"!?\[[^\]\n]{0,1000}\]\(\s{0,100}(?<path><?[^)\n]{1,2000})\)|<(?:img|a)\b[^>]{0,2000}?\b(?:src|href)\s*=\s*[""']?(?<path>[^""'\n>]{1,2000})", RegexOptions.IgnoreCase)]
    private static partial Regex AddressPattern();
}
