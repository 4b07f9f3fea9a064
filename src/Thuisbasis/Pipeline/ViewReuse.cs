using System.Collections;
using Thuisbasis.Rendering;

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

/// <summary>
/// Whether two values have the same contents: text, numbers and dates, through lists, dictionaries and the records of
/// this program, property by property. Stricter than <see cref="ContentHash"/> (objects with an identity are compared
/// by contents, not by key), since a reused object replaces the new one everywhere it is used.
/// </summary>
public static class SameValue
{
    public static bool Of(object? a, object? b) => Same(a, b, 0, false);

    /// <summary>
    /// Like <see cref="Of"/>, but objects with an identity inside the values count as the same when they have the same
    /// key, as <see cref="ContentHash"/> counts them: what is read of them is tracked member by member.
    /// </summary>
    public static bool ByKey(object? a, object? b) => Same(a, b, 0, true);

    private static bool Same(object? a, object? b, int depth, bool byKey)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || depth > 12) return false;
        var type = a.GetType();
        if (type != b.GetType()) return false;
        if (byKey && depth > 0 && a is Content.IHasIdentity identity) return identity.Identity == ((Content.IHasIdentity)b).Identity;
        switch (a)
        {
            case string s: return string.Equals(s, (string)b, StringComparison.Ordinal);
            case RawHtml html: return string.Equals(html.Value, ((RawHtml)b).Value, StringComparison.Ordinal);
            case Content.Entry e:
                var f = (Content.Entry)b;
                return e.Hash == f.Hash && e.BodyLine == f.BodyLine && e.SourcePath == f.SourcePath && e.Slug == f.Slug && e.Url == f.Url &&
                       string.Equals(e.Body, f.Body, StringComparison.Ordinal);
            case DateTimeOffset dto: return dto.EqualsExact((DateTimeOffset)b);
            case decimal d: return d == (decimal)b && d.Scale == ((decimal)b).Scale;
            case TimeZoneInfo zone: return zone.Id == ((TimeZoneInfo)b).Id;
            case System.Text.Json.Nodes.JsonNode json: return json.ToJsonString() == ((System.Text.Json.Nodes.JsonNode)b).ToJsonString();
            case Site: return false; // never a value of a view
        }
        if (type.IsPrimitive || type.IsEnum || a is DateOnly or DateTime) return a.Equals(b);
        if (a is IDictionary da)
        {
            var db = (IDictionary)b;
            if (da.Count != db.Count) return false;
            var eb = db.GetEnumerator();
            foreach (DictionaryEntry x in da)
            {
                if (!eb.MoveNext()) return false;
                var y = eb.Entry;
                if (!Same(x.Key, y.Key, depth + 1, byKey) || !Same(x.Value, y.Value, depth + 1, byKey)) return false;
            }
            return true;
        }
        if (a is IList la)
        {
            var lb = (IList)b;
            if (la.Count != lb.Count) return false;
            for (var i = 0; i < la.Count; i++)
                if (!Same(la[i], lb[i], depth + 1, byKey)) return false;
            return true;
        }
        if (a is IEnumerable ea)
        {
            var eb = ((IEnumerable)b).GetEnumerator();
            foreach (var x in ea)
                if (!eb.MoveNext() || !Same(x, eb.Current, depth + 1, byKey)) return false;
            return !eb.MoveNext();
        }
        if (type.Namespace?.StartsWith("Thuisbasis", StringComparison.Ordinal) != true) return a.Equals(b);
        foreach (var get in ContentHash.ContentGetters(type))
            if (!Same(get(a), get(b), depth + 1, byKey)) return false;
        return true;
    }
}
