namespace Thuisbasis.Model;

/// <summary>HTML that templates write as is. Everything else a template writes is escaped.</summary>
public sealed record RawHtml(string Value)
{
    public static readonly RawHtml Empty = new("");

    private ulong? _hash;

    /// <summary>Fingerprint of the HTML, computed once: the Markdown cache hands the same instance to every rebuild.</summary>
    public ulong Hash => _hash ??= System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Value.AsSpan()));

    public override string ToString() => Value;
}
