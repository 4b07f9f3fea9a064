using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Notes what one page render read: every story, person, page… whose members a template touched, and every
/// <c>site.*</c> collection it opened. The preview re-renders a page only when one of these changed, so a story edit
/// re-renders the pages that show that story and nothing else. Keys come from <see cref="DependencyKeys"/>.
/// </summary>
public sealed class DependencyRecorder
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Keys => _keys;

    public void Add(string key) => _keys.Add(key);

    [ThreadStatic] private static DependencyRecorder? _current;

    /// <summary>
    /// Makes this recorder the one that <see cref="Read"/> notes into on this thread until disposed: code that reads the
    /// site outside a template (enrichers, image facts) is recorded where it reads, like a template's member reads.
    /// </summary>
    public Listening Listen()
    {
        var outer = _current;
        _current = this;
        return new Listening(outer);
    }

    public readonly struct Listening(DependencyRecorder? outer) : IDisposable
    {
        public void Dispose() => _current = outer;
    }

    /// <summary>Notes a read of <paramref name="key"/> by the page being rendered on this thread, if any.</summary>
    public static void Read(string key) => _current?.Add(key);

    /// <summary>Wraps Scriban's accessor for a type so member reads are recorded into the context's current recorder.</summary>
    internal static IObjectAccessor Wrap(IObjectAccessor inner) => new TrackingAccessor(inner);

    private sealed class TrackingAccessor(IObjectAccessor inner) : IObjectAccessor
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
}
