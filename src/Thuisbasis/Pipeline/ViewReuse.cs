using Thuisbasis.Model;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Keeps the objects of the last build (views and indexes) by a name, and hands back the old object when a
/// new build makes one with the same contents. Unchanged stories then stay the same objects from build to build, so
/// later steps can tell "nothing changed" by reference (a page's plan, a dependency's fingerprint, a feed item) instead
/// of comparing contents on every preview rebuild, and the garbage collector does not move a whole new copy of the site
/// into its old generation.
/// Only the preview keeps one; a one-off build makes everything once.
/// </summary>
public sealed class ViewReuse
{
    // Used by one build at a time, from one thread (the snapshot and the plan are made in order).
    private Dictionary<(string Kind, string Id), object> _previous = new();
    private Dictionary<(string Kind, string Id), object> _current = new();

    /// <summary>
    /// The last build's object named by <paramref name="kind"/> and <paramref name="id"/> when it has the same contents
    /// as <paramref name="made"/> (see <see cref="SameValue"/>), else <paramref name="made"/>; either way it is what the
    /// next build compares with.
    /// </summary>
    public T Reuse<T>(string kind, string id, T made) where T : class
    {
        var result = _previous.TryGetValue((kind, id), out var old) && old is T kept && SameValue.Of(kept, made) ? kept : made;
        _current[(kind, id)] = result;
        return result;
    }

    /// <summary>Ends a build: what it made is what the next one compares with; what it did not make is forgotten.</summary>
    public void EndBuild()
    {
        _previous = _current;
        _current = new Dictionary<(string, string), object>(_previous.Count);
    }

    /// <summary>Forgets everything (after a build that stopped halfway).</summary>
    public void Clear()
    {
        _previous = new();
        _current = new();
    }
}
