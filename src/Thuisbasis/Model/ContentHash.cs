using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Thuisbasis.Model;

/// <summary>
/// A 64-bit fingerprint of what a value shows: its text, numbers and dates, recursively through plain records and lists,
/// but only the key of objects that have an identity of their own (<see cref="DependencyKeys.Of"/>), since those are
/// tracked separately. Two builds that give a view the same fingerprint give templates the same data.
/// Compiled getters, one buffer and one hash call: cheap enough to fingerprint what the pages of a site read on each
/// preview rebuild.
/// </summary>
public static class ContentHash
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Getters = new();

    [ThreadStatic] private static char[]? _buffer;

    /// <summary>How deep a value is walked; data files nest further only by mistake or on purpose, never in content.</summary>
    private const int MaxDepth = 64;

    private static long _unwalked;

    /// <summary>The fingerprint of the value itself (for an identity object: its contents, not just its key).</summary>
    /// <param name="top">False: an identity object counts by its key only (its members are tracked one by one).</param>
    public static ulong Of(object? value, bool top = true)
    {
        var writer = new Writer(_buffer ?? new char[4096]);
        writer.Value(value, depth: 0, top);
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(writer.Written));
        _buffer = writer.Buffer;
        return hash;
    }

    public static ulong Combine(IEnumerable<ulong> parts)
    {
        var list = parts as ulong[] ?? parts.ToArray();
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(list.AsSpan()));
    }

    private struct Writer(char[] buffer)
    {
        public char[] Buffer = buffer;
        private int _length;

        public readonly ReadOnlySpan<char> Written => Buffer.AsSpan(0, _length);

        public void Value(object? value, int depth, bool top = false)
        {
            if (depth > MaxDepth)
            {
                // Not walked any further (a guard against values that contain themselves): what is down there is never
                // known to be the same, so it counts as changed.
                Number(Interlocked.Increment(ref _unwalked));
                return;
            }
            switch (value)
            {
                case null: Char('\u0000'); return;
                case string s: Text(s); return;
                case RawHtml raw: Number((long)raw.Hash); return;
                case Content.Entry entry: Text(entry.SourcePath); Number((long)entry.Hash); return; // all of it follows from the file
                case bool b: Char(b ? '\u0001' : '\u0002'); return;
                case int i: Number(i); return;
                case long l: Number(l); return;
                case decimal d: Text(d.ToString(System.Globalization.CultureInfo.InvariantCulture)); return;
                case DateTimeOffset dto: Number(dto.UtcTicks); Number(dto.Offset.Ticks); return;
                case DateTime dt: Number(dt.Ticks); return;
                case DateOnly day: Number(day.DayNumber); return;
                case TimeZoneInfo zone: Text(zone.Id); return;
                case Enum e: Text(e.ToString()); return;
                case Site: return; // never a value as a whole; its members are tracked one by one
                case System.Text.Json.Nodes.JsonNode json: Text(json.ToJsonString()); return; // JSON-LD; nodes point back to their parents
            }
            var type = value.GetType();
            if (type.IsPrimitive) { Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""); return; }
            if (!top && DependencyKeys.PartsOf(value) is var (kind, id))
            {
                Char('\u0003');
                Text(kind);
                Text(id);
                return;
            }
            if (value is IDictionary dictionary)
            {
                Char('{');
                foreach (DictionaryEntry e in dictionary)
                {
                    Value(e.Key, depth + 1);
                    Value(e.Value, depth + 1);
                }
                Char('}');
                return;
            }
            if (value is IEnumerable list)
            {
                Char('[');
                foreach (var item in list) Value(item, depth + 1);
                Char(']');
                return;
            }
            if (type.Namespace?.StartsWith("Thuisbasis", StringComparison.Ordinal) != true &&
                !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)))
            {
                // Not ours: its own text is the safe summary (reflecting into framework types can loop through parents).
                Text(value.ToString() ?? type.Name);
                return;
            }
            Char('(');
            Text(type.Name);
            foreach (var get in ContentGetters(type)) Value(get(value), depth + 1);
            Char(')');
        }

        private void Text(string s)
        {
            Ensure(s.Length + 1);
            s.CopyTo(Buffer.AsSpan(_length));
            _length += s.Length;
            Buffer[_length++] = '\uFFFF';
        }

        private void Number(long n)
        {
            Ensure(4);
            MemoryMarshal.Write(MemoryMarshal.AsBytes(Buffer.AsSpan(_length, 4)), in n);
            _length += 4;
        }

        private void Char(char c)
        {
            Ensure(1);
            Buffer[_length++] = c;
        }

        private void Ensure(int more)
        {
            if (_length + more <= Buffer.Length) return;
            Array.Resize(ref Buffer, Math.Max(Buffer.Length * 2, _length + more));
        }
    }

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Every public instance property a template can read, in name order.</summary>
    internal static PropertyInfo[] PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToArray());

    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Contents = new();

    /// <summary>Getters of the properties that hold content: <see cref="Compile"/> without those marked <see cref="DerivedAttribute"/>.</summary>
    internal static Func<object, object?>[] ContentGetters(Type type) =>
        Contents.GetOrAdd(type, t =>
        {
            var properties = PropertiesOf(t);
            return Compile(t).Where((_, i) => !properties[i].IsDefined(typeof(DerivedAttribute), inherit: true)).ToArray();
        });

    /// <summary>Getters for <see cref="PropertiesOf"/>, compiled once per type.</summary>
    internal static Func<object, object?>[] Compile(Type type) =>
        Getters.GetOrAdd(type, t => PropertiesOf(t)
            .Select(p =>
            {
                var target = Expression.Parameter(typeof(object));
                var body = Expression.Convert(Expression.Property(Expression.Convert(target, t), p), typeof(object));
                return Expression.Lambda<Func<object, object?>>(body, target).Compile();
            })
            .ToArray());
}
