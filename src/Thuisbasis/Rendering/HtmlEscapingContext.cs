using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes, so content can never become markup by accident.
/// Literal template text is written as is; <see cref="RawHtml"/> values (Markdown bodies, JSON-LD) pass through.
/// </summary>
internal sealed class HtmlEscapingContext(Scriban.Runtime.ScriptObject builtins, TemplateEngine owner) : TemplateContext(builtins)
{
    /// <summary>The engine whose builtins and theme loader this context uses (a thread keeps one context for reuse).</summary>
    public TemplateEngine Owner { get; } = owner;

    /// <summary>
    /// Scriban builds a reflection accessor per type in every new context; doing that for every page was the largest
    /// cost of rendering. The accessors depend only on the type (and the shared member renamer), so one set serves all.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, Scriban.Runtime.IObjectAccessor?> Accessors = new();

    /// <summary>
    /// When set, every member read of a site object is noted (for incremental rebuilds). The shared accessors look the
    /// recorder up in the context on each read, so they never hold on to one page's recorder.
    /// </summary>
    public DependencyRecorder? Recorder { get; set; }

    // Looked up before anything is made: a lambda over `target` would be a new closure and delegate on every member read.
    protected override Scriban.Runtime.IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        return Accessors.TryGetValue(type, out var known)
            ? known
            : Accessors.GetOrAdd(type, base.GetMemberAccessorImpl(target) is { } inner ? new RecordingAccessor(inner) : null);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        if (textAsObject is RawHtml raw) return Write(raw.Value);
        if (textAsObject is LayoutHtml layout)
        {
            if (Output is PageOutput page) layout.CopyTo(page);
            else Write(layout.Value);
            return this;
        }
        var text = ObjectToString(textAsObject);
        if (string.IsNullOrEmpty(text)) return this;
        // Escaped straight into the output, run by run: no escaped copy of the text is made first.
        var start = 0;
        for (var at = text.AsSpan().IndexOfAny(Html.Special); at >= 0; at = text.AsSpan(start).IndexOfAny(Html.Special))
        {
            if (at > 0) Write(text, start, at);
            Write(Html.Entity(text[start + at]));
            start += at + 1;
        }
        return start < text.Length ? Write(text, start, text.Length - start) : this;
    }

    /// <summary>
    /// Scriban converts every function argument to its parameter type; for <c>object</c> and <c>IEnumerable</c>
    /// parameters (<c>json_ld</c>, <c>array.size</c>, …) its general conversion walks a long list of type tests before
    /// giving the value back unchanged, which was a sixth of rendering time. Those cases return the value at once.
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType)
    {
        if (value is not null and not Scriban.Syntax.IScriptConvertibleTo &&
            (destinationType == typeof(object) || destinationType == typeof(System.Collections.IEnumerable) && value is System.Collections.IEnumerable))
            return value;
        return base.ToObject(span, value, destinationType);
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
