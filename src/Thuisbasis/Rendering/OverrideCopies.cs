using System.IO.Hashing;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Rendering;

/// <summary>
/// A copy of a built-in theme file that <c>override</c> put in <c>overrides/</c> carries, on its first line, which file
/// it copies and a fingerprint of it then (<c>{{~# thuisbasis-kopie van partials/header.sbn-html (1a2b3c4d) ~}}</c>).
/// When a new version of Thuisbasis changes that file, the copy still wins, without what the new version added (a skip
/// link moved into the header was gone from every page, without a word): TB0283 says so, once per copy.
/// </summary>
public static partial class OverrideCopies
{
    public const string Code = "TB0283";

    /// <summary>The first line to put above a copy of <paramref name="relative"/>, or "" for a kind of file that has no comments.</summary>
    public static string Header(string relative, byte[] original)
    {
        var mark = $"thuisbasis-kopie van {relative} ({Fingerprint(original)})";
        return Path.GetExtension(relative).ToLowerInvariant() switch
        {
            ".sbn-html" => $"{{{{~# {mark}: deze regel laat u staan ~}}}}\n",
            ".css" => $"/* {mark} */\n",
            ".js" => $"// {mark}\n",
            _ => "",
        };
    }

    public static string Fingerprint(byte[] bytes) => Convert.ToHexStringLower(XxHash64.Hash(bytes))[..8];

    public static void Check(Theme theme, DiagnosticBag diagnostics)
    {
        var basis = theme.Folders.Count > 1 ? theme.Folders[^1] : null;
        if (basis is null) return;
        foreach (var folder in theme.SiteFolders.Where(f => f != basis))
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var full in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                if (Path.GetExtension(full).ToLowerInvariant() is not (".sbn-html" or ".css" or ".js")) continue;
                string first;
                try { using var reader = new StreamReader(full); first = reader.ReadLine() ?? ""; }
                catch (IOException) { continue; }
                if (Mark().Match(first) is not { Success: true } m) continue;
                var (relative, then) = (m.Groups["file"].Value, m.Groups["print"].Value);
                var original = Path.Combine(basis, relative);
                if (!File.Exists(original)) continue; // renamed or retired: TB0281 and TB0282 say so
                var now = Fingerprint(File.ReadAllBytes(original));
                if (now == then) continue;
                var shown = theme.Display(full);
                diagnostics.Warning(Code, new SourcePosition(shown, 1, 1),
                    $"`{shown}` is een kopie van `{relative}` uit een eerdere versie van Thuisbasis; in deze versie is dat bestand veranderd, en uw kopie gaat ervoor.",
                    $"Vergelijk uw kopie met het nieuwe bestand (`override {relative} --nieuw` zet het ernaast, als `.nieuw`), neem over wat u nodig hebt, " +
                    $"en schrijf dan `({now})` in plaats van `({then})` op de eerste regel.");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"thuisbasis-kopie van (?<file>[\w./-]+) \((?<print>[0-9a-f]{8})\)")]
    private static partial System.Text.RegularExpressions.Regex Mark();
}
