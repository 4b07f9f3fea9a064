namespace Thuisbasis.Content.Upgrading;

/// <summary>What a migration renames or retires: a key in <c>statiq.config</c>, a front-matter key, or a theme file.</summary>
public enum MigrationKind
{
    Setting,
    ContentKey,
    ThemeFile,
}

/// <summary>
/// One rename or retirement, from the version that made it on. <paramref name="Old"/> is the full dotted key
/// (<c>feeds.count</c>) or the theme-relative path (<c>partials/card.sbn-html</c>); <paramref name="New"/> is null when
/// the thing is gone without a successor, and <paramref name="Advice"/> then says what to do instead. A content key may
/// be limited to one folder of <c>input/</c> (<paramref name="Folder"/>, e.g. <c>stories</c>).
/// </summary>
public sealed record Migration(string Since, MigrationKind Kind, string Old, string? New, string? Advice = null, string? Folder = null);
