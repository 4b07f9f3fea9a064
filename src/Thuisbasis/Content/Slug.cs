using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Thuisbasis.Content;

/// <summary>Turns titles and file names into the lowercase ASCII words used in web addresses.</summary>
public static partial class Slug
{
    /// <summary><c>Coöperatie één</c> becomes <c>cooperatie-een</c>; anything that is not a letter or digit becomes one dash.</summary>
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalized(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = char.ToLowerInvariant(ch);
            switch (c)
            {
                case 'ß': sb.Append("ss"); continue;
                case 'æ': sb.Append("ae"); continue;
                case 'œ': sb.Append("oe"); continue;
                case 'ø': sb.Append('o'); continue;
                case 'ĳ': sb.Append("ij"); continue;
                case 'ł': sb.Append('l'); continue;
                case 'đ': sb.Append('d'); continue;
                case '&': sb.Append("-en-"); continue;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else sb.Append('-');
        }
        var slug = Dashes().Replace(sb.ToString(), "-").Trim('-');
        return slug.Length <= MaxLength ? slug : Shorten(slug);
    }

    /// <summary>Longer slugs are cut at a word boundary: a folder name past 255 bytes cannot be written on any file system.</summary>
    public const int MaxLength = 80;

    private static string Shorten(string slug)
    {
        var cut = slug.LastIndexOf('-', MaxLength);
        return slug[..(cut > MaxLength / 2 ? cut : MaxLength)].TrimEnd('-');
    }

    /// <summary>The slug of a content file: its name without extension and without a leading <c>2026-11-23-</c>.</summary>
    public static string FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        // A post in a folder of its own (`input/stories/rias-dag/index.md`, as WordPress and Hugo exports write them) is
        // named by its folder: otherwise every such post had the address `/verhalen/index/`.
        var parts = path.Replace('\\', '/').Split('/');
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase) && parts.Length >= 4) name = parts[^2];
        name = DatePrefix().Replace(name, "");
        return From(name);
    }

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex DatePrefix();
}
