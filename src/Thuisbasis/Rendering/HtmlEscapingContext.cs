using Scriban;
using Scriban.Parsing;

namespace Thuisbasis.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes, so content can never become markup by accident.
/// Literal template text is written as is; <see cref="RawHtml"/> values (Markdown bodies, JSON-LD) pass through.
/// </summary>
internal sealed class HtmlEscapingContext : TemplateContext
{
    public HtmlEscapingContext(Scriban.Runtime.ScriptObject builtins) : base(builtins) { }

    /// <summary>When set, every member read of a site object is noted (for incremental rebuilds).</summary>
    public DependencyRecorder? Recorder { get; init; }

    protected override Scriban.Runtime.IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var inner = base.GetMemberAccessorImpl(target);
        return Recorder is null || inner is null ? inner : Recorder.Wrap(inner);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        if (textAsObject is RawHtml raw) return Write(raw.Value);
        var text = ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(Html.Escape(text));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
