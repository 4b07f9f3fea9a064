namespace Thuisbasis.Rendering;

/// <summary>HTML that templates write as is. Everything else a template writes is escaped.</summary>
public sealed record RawHtml(string Value)
{
    public static readonly RawHtml Empty = new("");
    public override string ToString() => Value;
}
