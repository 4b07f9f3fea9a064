using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Scriban's accessor for a type, wrapped so that every member a template reads is noted in the context's current
/// <see cref="DependencyRecorder"/> (see <see cref="HtmlEscapingContext.Recorder"/>).
/// </summary>
internal sealed class RecordingAccessor(IObjectAccessor inner) : IObjectAccessor
{
    /// <summary>A member read notes that member; listing all members notes the whole object (<c>#*</c>).</summary>
    private static void Note(TemplateContext context, object target, string? member)
    {
        if ((context as HtmlEscapingContext)?.Recorder is not { } recorder) return;
        if (target is Site) recorder.Add(member is null ? DependencyKeys.WholeSite : DependencyKeys.SiteMember(member));
        else if (DependencyKeys.Of(target) is { } key) recorder.Add(DependencyKeys.Member(key, member ?? "*"));
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target)
    {
        Note(context, target, null);
        return inner.GetMemberCount(context, span, target);
    }

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target)
    {
        Note(context, target, null);
        return inner.GetMembers(context, span, target);
    }

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member)
    {
        Note(context, target, member);
        return inner.HasMember(context, span, target, member);
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        Note(context, target, member);
        return inner.TryGetValue(context, span, target, member, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        Note(context, target, index.ToString());
        return inner.TryGetItem(context, span, target, index, out value);
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        inner.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => inner.HasIndexer;

    public Type? IndexType => inner.IndexType;
}
