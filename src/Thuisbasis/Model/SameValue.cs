using System.Collections;

namespace Thuisbasis.Model;

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
