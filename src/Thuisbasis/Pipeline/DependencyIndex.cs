using System.Collections;
using System.Reflection;
using Scriban.Runtime;

namespace Thuisbasis.Pipeline;

/// <summary>
/// The current fingerprint of every dependency key of one build: each <c>site:</c> member, and every object with an
/// identity reachable from the site (one story can appear as several view objects; all of them count).
/// Built once per build; comparing a page's recorded fingerprints with these says whether the page must be re-rendered.
/// </summary>
public sealed class DependencyIndex
{
    /// <summary>What a key is worth when its object no longer exists.</summary>
    public const ulong Missing = 0;

    private static readonly PropertyInfo[] SiteProperties = typeof(Site).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private readonly Dictionary<string, ulong> _values = new(StringComparer.Ordinal);

    public DependencyIndex(Site site)
    {
        var objects = new List<(string Key, object Value)>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var p in SiteProperties)
        {
            var value = p.GetValue(site);
            objects.Add((DependencyKeys.SiteMember(StandardMemberRenamer.Default(p)), value!));
            Collect(value, objects, seen, 0);
        }
        var hashes = new ulong[objects.Count];
        Parallel.For(0, objects.Count, i => hashes[i] = ContentHash.Of(objects[i].Value));
        foreach (var group in objects.Select((o, i) => (o.Key, Hash: hashes[i])).GroupBy(x => x.Key, StringComparer.Ordinal))
        {
            var distinct = group.Select(x => x.Hash).Distinct().Order().ToArray();
            _values[group.Key] = distinct.Length == 1 ? distinct[0] : ContentHash.Combine(distinct);
        }
    }

    public ulong this[string key] => _values.GetValueOrDefault(key, Missing);

    public int Count => _values.Count;

    /// <summary>Finds every identity object inside a value (through lists, dictionaries and records), once each.</summary>
    private static void Collect(object? value, List<(string, object)> objects, HashSet<object> seen, int depth)
    {
        if (value is null or string or Site or Content.Entry || depth > 8 || value.GetType().IsPrimitive || value is Rendering.RawHtml) return;
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (DependencyKeys.Of(value) is { } key) objects.Add((key, value));
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry e in dictionary) Collect(e.Value, objects, seen, depth + 1);
            return;
        }
        if (value is IEnumerable items)
        {
            foreach (var item in items) Collect(item, objects, seen, depth + 1);
            return;
        }
        if (value.GetType().Namespace?.StartsWith("Thuisbasis", StringComparison.Ordinal) != true) return;
        foreach (var get in Nested.GetOrAdd(value.GetType(), NestedGetters))
            Collect(get(value), objects, seen, depth + 1);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<object, object?>[]> Nested = new();

    /// <summary>Getters of the properties that may hold identity objects (not strings, numbers, dates).</summary>
    private static Func<object, object?>[] NestedGetters(Type type)
    {
        var names = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var all = ContentHash.Compile(type);
        return all.Where((_, i) => !IsLeaf(names[i].PropertyType)).ToArray();
    }

    private static bool IsLeaf(Type t) =>
        t.IsPrimitive || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) ||
        t == typeof(DateTime) || t.IsEnum || t == typeof(Rendering.RawHtml) || Nullable.GetUnderlyingType(t) is { } u && IsLeaf(u);
}
