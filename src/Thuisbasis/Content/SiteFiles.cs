using System.IO.Enumeration;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content;

/// <summary>
/// Lists the files of a site folder, skipping what editors and operating systems leave behind
/// (swap and backup files, <c>.DS_Store</c>, hidden folders) and anything a link would pull in from outside the site.
/// </summary>
public static class SiteFiles
{
    /// <summary>
    /// Every file under <paramref name="folder"/> (sorted by site-relative path) with its size and write time. One
    /// directory listing per folder and one status call per file: a preview rebuild lists the whole site each time, so
    /// this stays cheap at a thousand files.
    /// </summary>
    public static List<SiteFile> Enumerate(string root, string folder, DiagnosticBag diagnostics) =>
        Enumerate(root, folder, diagnostics, out _);

    /// <param name="sawLinks">True when the folder holds a symbolic link (whose target can change without an event for the link).</param>
    public static List<SiteFile> Enumerate(string root, string folder, DiagnosticBag diagnostics, out bool sawLinks)
    {
        sawLinks = false;
        var result = new List<SiteFile>();
        var rootFull = Path.GetFullPath(root);
        var stack = new Stack<(string Full, string Relative)>();
        stack.Push((folder, Relative(rootFull, folder)));
        // A folder that cannot be read is an error below, not a folder without files.
        var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (stack.Count > 0)
        {
            var (dir, dirRel) = stack.Pop();
            List<Found> entries;
            try
            {
                entries = new FileSystemEnumerable<Found>(dir, static (ref FileSystemEntry e) =>
                {
                    var name = e.FileName.ToString();
                    if (IsIgnored(name)) return new Found(name, null, false, false, 0, default);
                    var link = (e.Attributes & FileAttributes.ReparsePoint) != 0;
                    var isDir = e.IsDirectory;
                    // Size and time of a link are those of its target (read below, once the target is known to be inside).
                    return new Found(name, e.ToFullPath(), isDir, link, isDir || link ? 0 : e.Length, isDir || link ? default : e.LastWriteTimeUtc.UtcDateTime);
                }, options).ToList();
            }
            catch (UnauthorizedAccessException e)
            {
                ContentFiles.Unreadable(dirRel, e, diagnostics, folder: true);
                continue;
            }
            catch (IOException) { continue; } // gone since its parent was listed
            foreach (var entry in entries)
            {
                if (entry.Full is null) continue;
                var rel = dirRel + "/" + entry.Name;
                if (entry.Name.Contains('\uFFFD'))
                {
                    // A name in another character set than UTF-8 (a zip made by Windows, a copy from an old network share):
                    // the bytes of its é cannot be read as a letter, and the file cannot be opened under the name read.
                    diagnostics.Error("TB0006", SourcePosition.StartOf(rel),
                        $"De naam van {(entry.IsDirectory ? "deze map" : "dit bestand")} bevat een teken dat niet te lezen is (op de plek van het vraagteken); vaak is dat een letter met een accent uit een zip-bestand van Windows.",
                        "Geef " + (entry.IsDirectory ? "de map" : "het bestand") + " een nieuwe naam, zonder letters met accenten, zoals `cafe.png` in plaats van `café.png`.");
                    continue;
                }
                if (!entry.IsDirectory && TooLong(entry.Name))
                {
                    var nameLength = System.Text.Encoding.UTF8.GetByteCount(entry.Name);
                    diagnostics.Error("TB0005", SourcePosition.StartOf(rel),
                        $"De naam van dit bestand is {nameLength} tekens lang (een letter met accent telt als twee); hoogstens {MaxNameLength} kan overal bewaard en gepubliceerd worden.",
                        "Geef het een kortere naam, bijvoorbeeld de eerste paar woorden.");
                    continue;
                }
                var (length, stamp) = (entry.Length, entry.Stamp);
                if (entry.Link)
                {
                    sawLinks = true;
                    string? target;
                    try
                    {
                        target = new FileInfo(entry.Full).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                    }
                    catch (IOException)
                    {
                        // A link to itself, or a ring of links: no file at the end of it, today or after any other save.
                        diagnostics.Error("TB0004", SourcePosition.StartOf(rel),
                            "Deze snelkoppeling (symlink) leidt nergens heen: hij wijst naar zichzelf, of via andere snelkoppelingen weer terug.",
                            "Haal de snelkoppeling weg, of kopieer het bestand zelf naar de site.");
                        continue;
                    }
                    if (target is null || !IsInside(rootFull, target))
                    {
                        diagnostics.Error("TB0004", SourcePosition.StartOf(rel), "Deze snelkoppeling (symlink) wijst naar een plek buiten de site.",
                            "Kopieer het bestand zelf naar de site in plaats van ernaar te verwijzen.");
                        continue;
                    }
                    if (!Directory.Exists(entry.Full))
                    {
                        var file = new FileInfo(target);
                        (length, stamp) = file.Exists ? (file.Length, file.LastWriteTimeUtc) : (-1L, default);
                    }
                }
                if (entry.IsDirectory || entry.Link && Directory.Exists(entry.Full)) stack.Push((entry.Full, rel));
                else result.Add(new SiteFile(entry.Full, rel, length, stamp));
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return result;
    }

    /// <summary>
    /// The listing <paramref name="previous"/> brought up to date for the site-relative paths a file watcher reported,
    /// with one status call per path instead of one per file of the site (a preview at 10,000 stories listed them all
    /// on every keystroke). Null when only a full listing can tell: a folder appeared, went or was renamed, or a path
    /// is a symbolic link. Paths outside <c>input/</c> and editor litter leave the listing as it was.
    /// </summary>
    public static List<SiteFile>? Update(IReadOnlyList<SiteFile> previous, string root, IEnumerable<string> changed)
    {
        var listing = new List<SiteFile>(previous);
        return UpdateInPlace(listing, root, changed) ? listing : null;
    }

    /// <summary>
    /// <see cref="Update"/> on the listing itself (the read cache's own, which nothing else holds): no copy of 10,000
    /// entries and no table of them per keystroke, since the listing is sorted by path and searched as such. False when
    /// only a full listing can tell; the listing is then half updated and must be made again.
    /// </summary>
    internal static bool UpdateInPlace(List<SiteFile> listing, string root, IEnumerable<string> changed)
    {
        var rootFull = Path.GetFullPath(root);
        List<SiteFile>? added = null;
        HashSet<string>? gone = null;
        foreach (var rel in changed)
        {
            if (!rel.StartsWith("input/", StringComparison.Ordinal)) continue;
            if (rel.Split('/').Any(IsIgnored)) continue;
            if (rel.Contains('\uFFFD')) return false; // a name that is not UTF-8: the full listing reports it (TB0006)
            var full = Path.Combine(rootFull, rel);
            FileSystemInfo info = new FileInfo(full);
            // Replacing an entry keeps its path, so the listing stays sorted for the searches of the next paths.
            var at = IndexOf(listing, rel);
            if (info.Exists)
            {
                if (info.LinkTarget is not null || TooLong(info.Name)) return false;
                var file = (FileInfo)info;
                var entry = new SiteFile(full, rel, file.Length, file.LastWriteTimeUtc);
                if (at >= 0)
                {
                    listing[at] = entry;
                    gone?.Remove(rel);
                }
                else if (added?.FindIndex(f => f.Relative == rel) is { } k and >= 0) added[k] = entry;
                else (added ??= []).Add(entry);
                continue;
            }
            // A folder (new, renamed or gone) changes every path under it: list again.
            if (Directory.Exists(full) || new DirectoryInfo(full).LinkTarget is not null) return false;
            if (at >= 0) (gone ??= new HashSet<string>(StringComparer.Ordinal)).Add(rel);
            else if (added is not null && added.RemoveAll(f => f.Relative == rel) > 0) { }
            else if (FolderWasListed(listing, rel)) return false;
        }
        if (gone is not null) listing.RemoveAll(f => gone.Contains(f.Relative));
        if (added is not null)
        {
            listing.AddRange(added);
            listing.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        }
        return true;
    }

    /// <summary>
    /// The listing without the files whose name is another's in the Mac's spelling: <c>café.jpg</c> from Windows (é one
    /// letter) and from a Mac (e and an accent) are two files on Linux with one address, so one would silently replace
    /// the other. Each such file is TB0110 naming both spellings; <paramref name="files"/> itself when there is none.
    /// </summary>
    public static List<SiteFile> OneSpelling(List<SiteFile> files, DiagnosticBag diagnostics)
    {
        List<SiteFile>? kept = null;
        for (var i = 0; i < files.Count; i++)
        {
            var rel = files[i].Relative;
            var composed = rel.AsSpan().ContainsAnyExceptInRange('\0', '\x7f') ? rel.Normalized() : rel;
            if (ReferenceEquals(composed, rel) || composed == rel || IndexOf(files, composed) < 0)
            {
                kept?.Add(files[i]);
                continue;
            }
            kept ??= files.Take(i).ToList();
            diagnostics.Error("TB0110", SourcePosition.StartOf(rel),
                $"`{composed}` staat er twee keer: in de ene naam is elke letter met accent één teken, in deze een letter met een los accent (zo bewaart een Mac namen). Op de site krijgen ze hetzelfde adres.",
                "Haal een van de twee weg; kijk eerst welke de goede is.");
        }
        return kept ?? files;
    }

    /// <summary>
    /// A warning (TB0166) for every file or folder whose name Windows cannot have: one of <c>\ : * ? " &lt; &gt; |</c>, a
    /// name ending in a dot or a space, or a device name such as <c>con</c> or <c>aux.jpg</c>. A Mac and Linux (and so
    /// the build) take them, but Git for Windows and GitHub Desktop stop on them, so a colleague on Windows could not
    /// get the site at all. Each folder is named once, with a name that works everywhere.
    /// </summary>
    public static void WarnWindowsNames(IReadOnlyList<SiteFile> files, DiagnosticBag diagnostics)
    {
        HashSet<string>? reported = null;
        foreach (var file in files)
        {
            var rel = file.Relative;
            var start = rel.IndexOf('/') + 1;
            while (start < rel.Length)
            {
                var end = rel.IndexOf('/', start);
                if (end < 0) end = rel.Length;
                var name = rel[start..end];
                if (WindowsProblem(name) is { } problem && (reported ??= new(StringComparer.Ordinal)).Add(rel[..end]))
                {
                    var folder = end < rel.Length;
                    diagnostics.Warning("TB0166", SourcePosition.StartOf(rel[..end]),
                        $"De naam `{name}` kan op Windows niet bestaan: {problem}. Wie de site op een Windows-computer ophaalt (GitHub Desktop), krijgt een foutmelding en niet de hele site.",
                        $"Geef {(folder ? "de map" : "het bestand")} de naam `{WindowsName(name)}`" +
                        (folder || !ContentReader.IsMarkdown(name) ? " en pas de links ernaar aan." : "; het webadres blijft hetzelfde."));
                }
                start = end + 1;
            }
        }
    }

    /// <summary>Why Windows cannot have <paramref name="name"/> as a file or folder name, or null when it can.</summary>
    internal static string? WindowsProblem(string name)
    {
        // Most names pass the first test without an allocation: a preview rebuild checks every file of the site.
        if (name.AsSpan().IndexOfAny(WindowsForbiddenValues) < 0 && !name.EndsWith('.') && !name.EndsWith(' ') &&
            !(name.Length >= 3 && IsDeviceName(name))) return null;
        var signs = name.Where(c => c < ' ' || WindowsForbidden.Contains(c)).Distinct().ToList();
        if (signs.Count > 0)
        {
            var named = signs.Select(c => c < ' ' ? "een onzichtbaar teken" : $"`{c}`").Distinct().ToList();
            return "er staat " + (named.Count == 1 ? named[0] : string.Join(", ", named[..^1]) + " en " + named[^1]) + " in";
        }
        if (name.EndsWith('.')) return "hij eindigt op een punt";
        if (name.EndsWith(' ')) return "hij eindigt op een spatie";
        if (IsDeviceName(name)) return $"Windows gebruikt `{DeviceStem(name)}` zelf, als naam van een apparaat";
        return null;
    }

    /// <summary><paramref name="name"/> as Windows can have it: a dash for each forbidden sign, no dot or space at the end, <c>con-1.md</c> for <c>con.md</c>.</summary>
    internal static string WindowsName(string name)
    {
        var chars = name.Select(c => c < ' ' || WindowsForbidden.Contains(c) ? '-' : c).ToArray();
        var fixedName = System.Text.RegularExpressions.Regex.Replace(new string(chars), @"\s*-[\s-]*", "-").TrimEnd('.', ' ');
        var dot = fixedName.IndexOf('.', 1);
        var (stem, rest) = dot < 0 ? (fixedName, "") : (fixedName[..dot], fixedName[dot..]);
        stem = stem.Trim('-', ' ');
        if (stem.Length == 0) stem = "bestand";
        if (IsDeviceName(stem)) stem += "-1";
        return stem + rest;
    }

    private const string WindowsForbidden = "\\:*?\"<>|";

    private static readonly System.Buffers.SearchValues<char> WindowsForbiddenValues = System.Buffers.SearchValues.Create(
        WindowsForbidden + string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)));

    /// <summary>CON, PRN, AUX, NUL, COM1–9 and LPT1–9, in any case and with any extension (<c>aux.jpg</c>, <c>con .md</c>).</summary>
    private static bool IsDeviceName(string name)
    {
        var dot = name.IndexOf('.');
        var stem = (dot < 0 ? name.AsSpan() : name.AsSpan(0, dot)).TrimEnd(' ');
        if (stem.Length is not (3 or 4)) return false;
        Span<char> upper = stackalloc char[4];
        stem.ToUpperInvariant(upper);
        upper = upper[..stem.Length];
        return upper is "CON" or "PRN" or "AUX" or "NUL" ||
               upper.Length == 4 && (upper.StartsWith("COM") || upper.StartsWith("LPT")) && upper[3] is >= '1' and <= '9';
    }

    private static string DeviceStem(string name)
    {
        var dot = name.IndexOf('.');
        return (dot < 0 ? name : name[..dot]).TrimEnd(' ');
    }

    /// <summary>Where <paramref name="relative"/> is in the listing (sorted by path), or -1.</summary>
    private static int IndexOf(List<SiteFile> listing, string relative)
    {
        int lo = 0, hi = listing.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var order = string.CompareOrdinal(listing[mid].Relative, relative);
            if (order == 0) return mid;
            if (order < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>Whether a listed file lies under <paramref name="folder"/> (the listing is sorted by path).</summary>
    private static bool FolderWasListed(IReadOnlyList<SiteFile> listing, string folder)
    {
        var prefix = folder + "/";
        int lo = 0, hi = listing.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(listing[mid].Relative, prefix) < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return lo < listing.Count && listing[lo].Relative.StartsWith(prefix, StringComparison.Ordinal);
    }

    private readonly record struct Found(string Name, string? Full, bool IsDirectory, bool Link, long Length, DateTime Stamp);

    /// <summary>
    /// Editor temp and swap files, OS litter and hidden files: never content. Each is what a tool leaves beside a
    /// writer's file (vim's <c>x.md~</c>, <c>.x.md.swp</c> and <c>4913</c>; JetBrains' safe write; Chromium's
    /// <c>.crswap</c>; Office's <c>~$x</c>; macOS's <c>._x</c> and <c>Icon\r</c>; Windows' <c>Thumbs.db</c> in any case;
    /// git mergetool's <c>.orig</c>; Windows' <c>x:Zone.Identifier</c> in WSL; a browser's <c>.crdownload</c> and <c>.part</c>;
    /// Excel's <c>7A3F2B00</c>; Synology's <c>@eaDir</c>; Syncthing's conflict copy of a file that is not a text), so none is
    /// published or warned about, in a build or in the preview.
    /// </summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.StartsWith('#') || name.StartsWith("~$") || name.EndsWith('~') || name == "4913" ||
        name == "Icon\r" || EndsLikeLeftBehind(name) || LeftBehindNames.Contains(name) || OfficeTempName(name) ||
        // Syncthing's copy at a conflict; a text's copy is reported instead (TB0124: two texts with one title).
        name.Contains(".sync-conflict-", StringComparison.Ordinal) && !ContentReader.IsMarkdown(name);

    /// <summary>Excel's and Word's temporary file while saving: eight hexadecimal characters and no extension (<c>7A3F2B00</c>).</summary>
    private static bool OfficeTempName(string name) => name.Length == 8 && name.All(char.IsAsciiHexDigit) && !name.All(char.IsAsciiDigit);

    private static bool EndsLikeLeftBehind(string name)
    {
        foreach (var ending in LeftBehindEndings)
            if (name.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] LeftBehindEndings =
        [".swp", ".swx", ".swo", ".tmp", ".bak", ".crswap", ".kate-swp", "___jb_tmp___", "___jb_old___", ".orig",
         ".crdownload", ".part", ".partial", // a browser's download in progress, or one broken off
         ".nieuw", // a theme file `override --nieuw` sets beside a site's own copy, to compare
         ":Zone.Identifier"]; // Windows' "downloaded from the internet" mark, a file of its own when copied into WSL

    /// <summary>Files and folders of Windows, and a Synology NAS's folder of thumbnails (<c>@eaDir</c>) in every folder it shares.</summary>
    private static readonly HashSet<string> LeftBehindNames = new(["Thumbs.db", "ehthumbs.db", "desktop.ini", "@eaDir", "$RECYCLE.BIN",
        "System Volume Information"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Longest name (in UTF-8 bytes, as Linux counts) of a file published under its own name: a photo's variants add up
    /// to 14 bytes (<c>-deelkaart.jpg</c>) and Linux stops at 255. A Markdown file's address is its slug, which is
    /// capped (<see cref="Slug.MaxLength"/>), so its name may be longer.
    /// </summary>
    public const int MaxNameLength = 200;

    private static bool TooLong(string name) =>
        name.Length > MaxNameLength / 3 && System.Text.Encoding.UTF8.GetByteCount(name) > MaxNameLength && !ContentReader.IsMarkdown(name);

    public static string Relative(string rootFull, string path) =>
        Path.GetRelativePath(rootFull, Path.GetFullPath(path)).Replace('\\', '/');

    public static bool IsInside(string rootFull, string path)
    {
        var full = Path.GetFullPath(path);
        var r = rootFull.EndsWith(Path.DirectorySeparatorChar) ? rootFull : rootFull + Path.DirectorySeparatorChar;
        return full.StartsWith(r, StringComparison.Ordinal) || full == rootFull;
    }
}

/// <summary>A file of the site: where it is, its path from the site's root (with <c>/</c>), its size and last write time (UTC).</summary>
public readonly record struct SiteFile(string Full, string Relative, long Length, DateTime LastWrite);

