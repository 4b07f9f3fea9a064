namespace Thuisbasis.Content;

/// <summary>Finds the known word a writer probably meant ("titel" → "title"), for "did you mean" messages.</summary>
public static class Suggest
{
    /// <summary>
    /// The site file a writer probably meant: a close spelling, else a file of that name in another folder
    /// (<c>image: tuin.jpg</c> for <c>/assets/img/tuin.jpg</c>, the folder left out).
    /// </summary>
    public static string? File(string url, IReadOnlyCollection<string> files)
    {
        var name = url[(url.LastIndexOf('/') + 1)..];
        return Closest(url, files, Math.Max(3, url.Length / 4))
            ?? files.Where(f => string.Equals(f[(f.LastIndexOf('/') + 1)..], name, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).FirstOrDefault();
    }

    public static string? Closest(string given, IEnumerable<string> known, int maxDistance = -1)
    {
        var limit = maxDistance >= 0 ? maxDistance : Math.Max(2, given.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var k in known)
        {
            var d = Distance(given.ToLowerInvariant(), k.ToLowerInvariant());
            if (d < bestDistance) { bestDistance = d; best = k; }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
