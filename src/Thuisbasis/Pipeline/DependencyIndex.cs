using System.Collections;
using System.Collections.Concurrent;
using Scriban.Runtime;
using Thuisbasis.Model;

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

    private static readonly ConcurrentDictionary<Type, Dictionary<string, Func<object, object?>>> Members = new();
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Nested = new();

    private readonly Site _site;
    private readonly Func<string, ulong> _themeFile;
    private readonly ObjectSlots _slots;
    // By slot: the one object with that key, or a List<object> when several objects share it.
    private object?[] _objects;
    private readonly ConcurrentDictionary<string, ulong> _values;

    /// <param name="slots">Numbers for object keys, kept between builds by the caller.</param>
    /// <param name="themeFile">The fingerprint of a layout or partial by its path in the theme (<c>theme:</c> keys).</param>
    public DependencyIndex(Site site, ObjectSlots slots, Func<string, ulong> themeFile)
    {
        _site = site;
        _themeFile = themeFile;
        _slots = slots;
        _objects = new object?[Math.Max(16, _slots.Size)];
        // Sized up front: growing a concurrent dictionary takes all its locks, and with two threads asking for thousands
        // of keys that contention was the larger part of checking a preview's pages.
        _values = new ConcurrentDictionary<string, ulong>(Environment.ProcessorCount, 4096, StringComparer.Ordinal);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var get in Nested.GetOrAdd(typeof(Site), NestedGetters)) Collect(get(site), seen, 0);
    }

    /// <summary>The value of a <c>site:</c> member key (<c>site:stories</c>), or null for any other key.</summary>
    internal object? SiteValue(string key) =>
        key.StartsWith("site:", StringComparison.Ordinal) && SiteMembers.TryGetValue(key.AsSpan(5), out var get) ? get(_site) : null;

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
        if (span.StartsWith("part:", StringComparison.Ordinal))
            return _site.FindPart(span[5..]) is { } part ? ContentHash.Of(part) : Missing;
        if (span.StartsWith("theme:", StringComparison.Ordinal))
            return _themeFile(key[6..]);
        var at = span.LastIndexOf(DependencyKeys.MemberSeparator);
        var objectKey = at < 0 ? span : span[..at];
        var member = at < 0 ? "*" : span[(at + 1)..];
        var found = _slots.Find(objectKey) is var slot and >= 0 ? ObjectsAt(slot) : null;
        if (found is null) return Missing;
        if (found is not List<object> objects) return Hash(found, member);
        var distinct = new ulong[objects.Count];
        for (var i = 0; i < objects.Count; i++) distinct[i] = Hash(objects[i], member);
        Array.Sort(distinct);
        var unique = distinct.Distinct().ToArray();
        return unique.Length == 1 ? unique[0] : ContentHash.Combine(unique);
    }

    /// <summary>
    /// The object (or, when several share the key, the List&lt;object&gt;) with the object key numbered <paramref name="slot"/>
    /// in this build (see <see cref="ObjectSlots.OfKey"/>); null when there is none.
    /// </summary>
    public object? ObjectsAt(int slot) => slot >= 0 && slot < _objects.Length ? _objects[slot] : null;

    /// <summary>How many object numbers this build's objects have (each number once, however many objects share it).</summary>
    internal int Filled { get; private set; }

    private static readonly Dictionary<string, Func<object, object?>>.AlternateLookup<ReadOnlySpan<char>> SiteMembers =
        MembersOf(typeof(Site)).GetAlternateLookup<ReadOnlySpan<char>>();

    private static ulong Hash(object o, ReadOnlySpan<char> member) =>
        member is "*" ? ContentHash.Of(o)
        : MembersOf(o.GetType()).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(member, out var get) ? ContentHash.Of(get(o), top: false)
        : Missing;

    /// <summary>
    /// The key of every object with an identity that <paramref name="value"/> reaches (through lists, dictionaries and
    /// records, not through the site): what code that is handed the value can read. The lists an identity object holds
    /// (a tag's or an author's stories, an agenda filter's activities) are an index of other objects, not part of it:
    /// the walk does not follow them, so a tag page does not count as reading every story with that tag.
    /// </summary>
    public static IEnumerable<string> Reachable(object value)
    {
        var found = new List<string>();
        Walk(value, new HashSet<object>(ReferenceEqualityComparer.Instance), 0, insideIdentity: false);
        return found;

        void Walk(object? v, HashSet<object> seen, int depth, bool insideIdentity)
        {
            if (v is null or string or Site or Content.Entry or RawHtml || depth > 8 || v.GetType().IsPrimitive) return;
            if (!v.GetType().IsValueType && !seen.Add(v)) return;
            if (DependencyKeys.Of(v) is { } key)
            {
                found.Add(key);
                insideIdentity = true;
            }
            if (v is IEnumerable items and not IDictionary && insideIdentity) return;
            if (v is IDictionary dictionary)
            {
                foreach (DictionaryEntry e in dictionary) Walk(e.Value, seen, depth + 1, insideIdentity);
                return;
            }
            if (v is IEnumerable list)
            {
                foreach (var item in list) Walk(item, seen, depth + 1, insideIdentity);
                return;
            }
            if (v.GetType().Namespace?.StartsWith("Thuisbasis", StringComparison.Ordinal) != true) return;
            foreach (var get in Nested.GetOrAdd(v.GetType(), NestedGetters)) Walk(get(v), seen, depth + 1, insideIdentity);
        }
    }

    /// <summary>Finds every identity object inside a value (through lists, dictionaries and records), once each.</summary>
    private void Collect(object? value, HashSet<object> seen, int depth)
    {
        if (value is null or string or Site or Content.Entry or RawHtml || depth > 8 || value.GetType().IsPrimitive) return;
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (DependencyKeys.PartsOf(value) is var (kind, id))
        {
            var slot = _slots.Of(kind, id);
            if (slot >= _objects.Length) Array.Resize(ref _objects, Math.Max(slot + 1, _objects.Length * 2));
            switch (_objects[slot])
            {
                case null: _objects[slot] = value; Filled++; break;
                case List<object> list: list.Add(value); break;
                case var one: _objects[slot] = new List<object> { one, value }; break;
            }
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
        if (depth > 6 || t == typeof(object) || typeof(Content.IHasIdentity).IsAssignableFrom(t)) return true;
        if (t.IsArray) return HoldsIdentityCore(t.GetElementType()!, depth + 1);
        if (t.IsGenericType && typeof(IEnumerable).IsAssignableFrom(t))
            return t.GetGenericArguments().Any(a => HoldsIdentityCore(a, depth + 1));
        if (t.IsInterface || t.IsAbstract || typeof(IEnumerable).IsAssignableFrom(t)) return true; // unknown contents
        if (t.Namespace?.StartsWith("Thuisbasis", StringComparison.Ordinal) != true) return false; // not walked anyway
        return ContentHash.PropertiesOf(t).Any(p => HoldsIdentityCore(p.PropertyType, depth + 1));
    }

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
        t == typeof(DateTime) || t.IsEnum || t == typeof(RawHtml) || Nullable.GetUnderlyingType(t) is { } u && IsLeaf(u);
}

/// <summary>
/// Numbers for object keys (<c>view:input/stories/x.md</c>, <c>tag:buren</c>), kept between builds, so a build files each
/// object under a number and a page's check looks its keys up by number: at 10,000 stories that is 120,000 keys a
/// rebuild no longer cuts apart and hashes as text. Used from one thread at a time (the index is made before the checks).
/// The numbers of objects that are gone are given to new ones (<see cref="KeepOnly"/>).
/// </summary>
public sealed class ObjectSlots
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private char[] _buffer = new char[256];
    /// <summary>Numbers of forgotten keys, for new ones.</summary>
    private readonly Stack<int> _free = new();

    public ObjectSlots() => _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many object keys have a number.</summary>
    public int Count => _byKey.Count;

    /// <summary>One more than the highest number handed out (numbers of forgotten keys included).</summary>
    public int Size => _byKey.Count + _free.Count;

    /// <summary>Forgets the keys whose number <paramref name="keep"/> says no to; their numbers go to new keys.</summary>
    public void KeepOnly(Func<int, bool> keep)
    {
        foreach (var (key, slot) in _byKey)
            if (!keep(slot))
            {
                _byKey.Remove(key);
                _free.Push(slot);
            }
    }

    /// <summary>The number of the object key <paramref name="kind"/> + <paramref name="id"/>, given a new one the first time.</summary>
    public int Of(string kind, string id)
    {
        var length = kind.Length + id.Length;
        if (_buffer.Length < length) _buffer = new char[length * 2];
        kind.CopyTo(_buffer);
        id.CopyTo(_buffer.AsSpan(kind.Length));
        var key = _buffer.AsSpan(0, length);
        if (_bySpan.TryGetValue(key, out var slot)) return slot;
        if (!_free.TryPop(out slot)) slot = _byKey.Count;
        _byKey[key.ToString()] = slot;
        return slot;
    }

    /// <summary>The number of an object key, or -1 when no object has had it.</summary>
    public int Find(ReadOnlySpan<char> objectKey) => _bySpan.TryGetValue(objectKey, out var slot) ? slot : -1;

    /// <summary>
    /// The number of the object a dependency key (<c>view:…#title</c>) is about, or -1 for keys of the site itself
    /// (<c>site:stories</c>), parts of the build (<c>part:ImageCatalog</c>), theme files and objects never seen.
    /// </summary>
    public int OfKey(string key)
    {
        var span = key.AsSpan();
        if (span.StartsWith("site:", StringComparison.Ordinal) || span.StartsWith("part:", StringComparison.Ordinal)
            || span.StartsWith("theme:", StringComparison.Ordinal)) return -1;
        var at = span.LastIndexOf(DependencyKeys.MemberSeparator);
        return Find(at < 0 ? span : span[..at]);
    }
}
