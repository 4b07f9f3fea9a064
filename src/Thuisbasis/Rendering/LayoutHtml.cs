namespace Thuisbasis.Rendering;

/// <summary>
/// What a page's own layout wrote, as <c>{{ content }}</c> for the base layout: HTML, written as is, straight from the
/// buffer it was rendered into (a copy of every page as a string was a tenth of what a build allocated). A template
/// that uses it as text (<c>content | string.size</c>, <c>content.value</c>) gets the string, made once.
/// </summary>
internal sealed class LayoutHtml(PageOutput output) : IDisposable
{
    private PageOutput? _output = output;
    private string? _value;

    public string Value => _value ??= _output?.ToText() ??
        throw new InvalidOperationException("The layout's HTML was read after the page was done.");

    /// <summary>Writes the HTML into another page buffer without a string in between.</summary>
    internal void CopyTo(PageOutput target)
    {
        if (_value is not null) target.Write(_value.AsSpan());
        else if (_output is not null) target.Write(_output.Written);
        else throw new InvalidOperationException("The layout's HTML was written after the page was done.");
    }

    /// <summary>Gives the buffer back to this thread for its next page.</summary>
    public void Dispose()
    {
        if (_output is null) return;
        var output = _output;
        _output = null;
        TemplateEngine.GiveBackLayoutOutput(output);
    }

    public override string ToString() => Value;
}
