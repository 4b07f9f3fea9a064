using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace Thuisbasis.Pipeline;

/// <summary>
/// The current fingerprints of the dependency keys of one build: each <c>site:</c> member, and each member of every
/// object with an identity reachable from the site (<c>view:input/stories/x.md#title</c>). One story can appear as several
/// view objects; all of them count. Fingerprints are computed on first use and kept for the build, so checking 1,000
/// pages costs a few thousand small hashes. Comparing a page's recorded fingerprints with these says whether to re-render it.
/// </summary>
public sealed class DependencyIndex
{
    /// <summary>What a key is worth when its object or member no longer exists.</summary>
    public const ulong Missing = 0;

    /// <summary>Separates an object's key from a member name; <c>*</c> stands for the whole object.</summary>
    public const char MemberSeparator = '#';

    private static readonly ConcurrentDictionary<Type, Dictionary<string, Func<object, object?>>> Members = new();
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Nested = new();

    private readonly Site _site;
    private readonly Dictionary<string, List<object>> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<object>>.AlternateLookup<ReadOnlySpan<char>> _objectsBySpan;
    private readonly ConcurrentDictionary<string, ulong> _values;

    public DependencyIndex(Site site)
    {
        _site = site;
        // Sized up front: growing a concurrent dictionary takes all its locks, and with two threads asking for thousands
        // of keys that contention was the larger part of checking a preview's pages.
        _values = new ConcurrentDictionary<string, ulong>(Environment.ProcessorCount, 4096, StringComparer.Ordinal);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var get in Nested.GetOrAdd(typeof(Site), NestedGetters)) Collect(get(site), seen, 0);
        _objectsBySpan = _objects.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static string Member(string objectKey, string member) => objectKey + MemberSeparator + member;

    public ulong this[string key] => _values.TryGetValue(key, out var value) ? value : _values.GetOrAdd(key, Compute(key));

    /// <summary>The fingerprint of a key, computed now and not remembered (for callers that keep their own table).</summary>
    public ulong Compute(string key)
    {
        // Parsed as spans: a preview rebuild computes thousands of keys, and cutting each into new strings was most of
        // what a rebuild allocated.
        if (key == DependencyKeys.WholeSite)
            return ContentHash.Combine(MembersOf(typeof(Site)).Keys.Order(StringComparer.Ordinal).Select(m => this[DependencyKeys.SiteMember(m)]));
        var span = key.AsSpan();
        if (span.StartsWith("site:", StringComparison.Ordinal))
            return SiteMembers.TryGetValue(span[5..], out var siteMember) ? ContentHash.Of(siteMember(_site)) : Missing;
        var at = span.LastIndexOf(MemberSeparator);
        var objectKey = at < 0 ? span : span[..at];
        var member = at < 0 ? "*" : span[(at + 1)..];
        if (!_objectsBySpan.TryGetValue(objectKey, out var objects)) return Missing;
        if (objects.Count == 1) return Hash(objects[0], member);
        var distinct = new ulong[objects.Count];
        for (var i = 0; i < objects.Count; i++) distinct[i] = Hash(objects[i], member);
        Array.Sort(distinct);
        var unique = distinct.Distinct().ToArray();
        return unique.Length == 1 ? unique[0] : ContentHash.Combine(unique);
    }

    /// <summary>The objects a key of an object (<c>view:…#member</c>) stands for in this build; null for <c>site:</c> keys and missing objects.</summary>
    public List<object>? ObjectsOf(string key)
    {
        var span = key.AsSpan();
        if (span.StartsWith("site:", StringComparison.Ordinal)) return null;
        var at = span.LastIndexOf(MemberSeparator);
        return _objectsBySpan.TryGetValue(at < 0 ? span : span[..at], out var objects) ? objects : null;
    }

    private static readonly Dictionary<string, Func<object, object?>>.AlternateLookup<ReadOnlySpan<char>> SiteMembers =
        MembersOf(typeof(Site)).GetAlternateLookup<ReadOnlySpan<char>>();

    private static ulong Hash(object o, ReadOnlySpan<char> member) =>
        member is "*" ? ContentHash.Of(o)
        : MembersOf(o.GetType()).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(member, out var get) ? ContentHash.Of(get(o), top: false)
        : Missing;

    /// <summary>Finds every identity object inside a value (through lists, dictionaries and records), once each.</summary>
    private void Collect(object? value, HashSet<object> seen, int depth)
    {
        if (value is null or string or Site or Content.Entry or Rendering.RawHtml || depth > 8 || value.GetType().IsPrimitive) return;
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (DependencyKeys.Of(value) is { } key)
        {
            if (!_objects.TryGetValue(key, out var list)) _objects[key] = list = [];
            list.Add(value);
        }
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry e in dictionary) Collect(e.Value, seen, depth + 1);
            return;
        }
        if (value is IEnumerable items)
        {
            foreach (var item in items) Collect(item, seen, depth + 1);
            return;
        }
        if (value.GetType().Namespace?.StartsWith("Thuisbasis", StringComparison.Ordinal) != true) return;
        foreach (var get in Nested.GetOrAdd(value.GetType(), NestedGetters)) Collect(get(value), seen, depth + 1);
    }

    /// <summary>
    /// Whether a value of this declared type can hold an object with an identity (a view, a source record, a tag or
    /// author index), directly or further down. Tag links, image references, lists of text and the like cannot, so the
    /// walk skips them: at 10,000 stories that is 100,000 fewer objects to visit on each rebuild.
    /// </summary>
    private static bool CanHoldIdentity(Type type) => HoldsIdentity.GetOrAdd(type, static t => HoldsIdentityCore(t, 0));

    private static readonly ConcurrentDictionary<Type, bool> HoldsIdentity = new();

    private static bool HoldsIdentityCore(Type t, int depth)
    {
        if (Nullable.GetUnderlyingType(t) is { } u) t = u;
        if (IsLeaf(t) || t == typeof(Content.Entry) || t == typeof(Site)) return false;
        if (depth > 6 || t == typeof(object) || IdentityTypes.Any(i => i.IsAssignableFrom(t) || t.IsAssignableFrom(i))) return true;
        if (t.IsArray) return HoldsIdentityCore(t.GetElementType()!, depth + 1);
        if (t.IsGenericType && typeof(IEnumerable).IsAssignableFrom(t))
            return t.GetGenericArguments().Any(a => HoldsIdentityCore(a, depth + 1));
        if (t.IsInterface || t.IsAbstract || typeof(IEnumerable).IsAssignableFrom(t)) return true; // unknown contents
        if (t.Namespace?.StartsWith("Thuisbasis", StringComparison.Ordinal) != true) return false; // not walked anyway
        return ContentHash.PropertiesOf(t).Any(p => HoldsIdentityCore(p.PropertyType, depth + 1));
    }

    /// <summary>The types <see cref="DependencyKeys.PartsOf"/> gives a key.</summary>
    private static readonly Type[] IdentityTypes =
    [
        typeof(StoryView), typeof(VacancyView), typeof(ServiceView), typeof(TestimonialView), typeof(PersonView), typeof(PageView),
        typeof(Content.Story), typeof(Content.Vacancy), typeof(Content.Service), typeof(Content.Testimonial), typeof(Content.Person),
        typeof(Content.Page), typeof(TagIndexEntry), typeof(AuthorIndexEntry),
    ];

    /// <summary>Getters by the name templates use (<c>DateText</c> is <c>date_text</c>).</summary>
    private static Dictionary<string, Func<object, object?>> MembersOf(Type type) =>
        Members.GetOrAdd(type, t =>
        {
            var properties = ContentHash.PropertiesOf(t);
            var getters = ContentHash.Compile(t);
            var byName = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
            for (var i = 0; i < properties.Length; i++) byName[StandardMemberRenamer.Default(properties[i])] = getters[i];
            return byName;
        });

    /// <summary>Getters of the properties that may hold identity objects (not strings, numbers, dates).</summary>
    private static Func<object, object?>[] NestedGetters(Type type)
    {
        var properties = ContentHash.PropertiesOf(type);
        var all = ContentHash.Compile(type);
        return all.Where((_, i) => CanHoldIdentity(properties[i].PropertyType)).ToArray();
    }

    private static bool IsLeaf(Type t) =>
        t.IsPrimitive || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) ||
        t == typeof(DateTime) || t.IsEnum || t == typeof(Rendering.RawHtml) || Nullable.GetUnderlyingType(t) is { } u && IsLeaf(u);
}
