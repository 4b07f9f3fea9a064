namespace Thuisbasis.Model;

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
}
