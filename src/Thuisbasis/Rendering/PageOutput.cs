using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Thuisbasis.Rendering;

/// <summary>
/// Where a template writes a page: one growing character buffer, read out as text or straight as UTF-8 bytes.
/// Scriban's <c>Template.Render</c> asks its output for a string at the end; this one answers with an empty string,
/// because the engine reads the buffer itself (in the form it needs, without an extra copy of the page).
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    private char[] _buffer = new char[32 * 1024];
    private int _length;

    public void Write(string text, int offset, int count)
    {
        if (count > 0) Write(text.AsSpan(offset, count));
    }

    public void Write(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        if (_length + text.Length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + text.Length));
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Everything written so far.</summary>
    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public string ToText() => new(_buffer, 0, _length);

    public byte[] ToUtf8()
    {
        var chars = _buffer.AsSpan(0, _length);
        var bytes = new byte[Encoding.UTF8.GetByteCount(chars)];
        Encoding.UTF8.GetBytes(chars, bytes);
        return bytes;
    }

    public void Clear() => _length = 0;

    /// <summary>The control characters HTML does not allow in a page: C0 but tab and line ends, DEL, and C1.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)));

    /// <summary>
    /// Takes out control characters from the page, as <see cref="Model.PastedText"/> does for feeds and calendars: text
    /// pasted from Word, or written as <c>"\a"</c> in a title, brought NUL, escape and bell into titles, headings and
    /// listings, which makes the page invalid HTML. A line or page break (U+000B, U+000C) becomes a space. The same
    /// buffer when there are none (nearly always: one vectorised search).
    /// </summary>
    public void RemoveControlCharacters()
    {
        var first = _buffer.AsSpan(0, _length).IndexOfAny(Controls);
        if (first < 0) return;
        var to = first;
        for (var i = first; i < _length; i++)
        {
            var c = _buffer[i];
            if (c is '\v' or '\f') _buffer[to++] = ' ';
            else if (!Controls.Contains(c)) _buffer[to++] = c;
        }
        _length = to;
    }

    /// <summary>Empty on purpose: see the class summary.</summary>
    public override string ToString() => string.Empty;
}
