namespace Thuisbasis.Analytics;

/// <summary>One attribute of a tag the engine writes; a null value is a boolean attribute such as <c>defer</c>.</summary>
public sealed record HtmlAttribute(string Name, string? Value);

/// <summary>
/// A <c>&lt;script&gt;</c> element as data, so the theme writes it with the normal escaping and no template ever builds
/// HTML from strings. A gated script waits for consent: it is written as <c>type="text/plain"</c> with its address in
/// <c>data-src</c>, which the browser neither fetches nor runs until the consent script turns it into a real one.
/// </summary>
public sealed record ScriptTag(string Src, IReadOnlyList<HtmlAttribute> Extra, bool Gated = false)
{
    public IReadOnlyList<HtmlAttribute> Attributes => Gated
        ? [new("type", "text/plain"), new("data-tb-consent", null), new("data-src", Src), .. Extra]
        : [.. Extra, new("src", Src)];
}
