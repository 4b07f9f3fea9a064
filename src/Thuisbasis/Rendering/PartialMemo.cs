using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Thuisbasis.Rendering;

/// <summary>
/// Remembers what a partial wrote, so a partial that writes the same on every page (the footer, the consent banner, the
/// analytics snippets) is evaluated once per build instead of 16,000 times.
/// </summary>
/// <remarks>
/// A partial qualifies when everything it can see is a named variable: no <c>this</c>, <c>with</c>, <c>func</c>,
/// <c>import</c>, <c>ret</c>, no member assignment and no function whose answer changes between calls (<c>date.now</c>,
/// <c>math.random</c>, <c>object.eval</c>, …). What it writes is then decided by the values of those names when it
/// starts (<c>site</c>, <c>page</c>, a variable the layout set, the functions themselves), so it is kept together with
/// those values and used again only where every one of them is the very same value. A partial that reads
/// <c>page</c> therefore never matches another page, and one that keeps missing (a card in a loop) is no longer tried.
/// The variables a partial sets (<c>{{ c = site.settings.contact }}</c>) are set again on a match, and the dependency keys
/// it read are noted again for the preview.
/// </remarks>
internal sealed class PartialMemo
{
    /// <summary>Members of Scriban's function objects that answer differently each time, or run template text.</summary>
    private static readonly HashSet<string> Unstable = new(StringComparer.Ordinal)
    {
        "now", "random", "uuid", "eval", "eval_template",
    };

    private const int MaxVariants = 4;

    private readonly ConcurrentDictionary<Template, Slot> _slots = new(ReferenceEqualityComparer.Instance);

    public void Clear() => _slots.Clear();

    /// <summary>The memo of one partial; null when the partial does not qualify (or kept missing).</summary>
    public Slot? For(Template partial, Func<string, Template?> include)
    {
        var slot = _slots.GetOrAdd(partial, static (t, inc) => new Slot(Shape.Of(t, inc)), include);
        return slot.Usable ? slot : null;
    }

    internal sealed class Slot(Shape? shape)
    {
        private readonly Shape? _shape = shape;
        private Variant[] _variants = [];
        private int _hits;
        private int _misses;

        public bool Usable => _shape is not null && (_misses < 16 || _hits >= _misses);

        /// <summary>What the partial wrote when its variables had the values they have in <paramref name="context"/> now.</summary>
        public Variant? Find(TemplateContext context)
        {
            foreach (var v in Volatile.Read(ref _variants))
                if (v.Matches(context, _shape!.Reads))
                {
                    Interlocked.Increment(ref _hits);
                    return v;
                }
            Interlocked.Increment(ref _misses);
            return null;
        }

        /// <summary>The values the partial's variables have now, taken before it runs.</summary>
        public object?[] Entry(TemplateContext context)
        {
            var reads = _shape!.Reads;
            var values = new object?[reads.Length];
            for (var i = 0; i < reads.Length; i++) values[i] = context.GetValue(reads[i]);
            return values;
        }

        /// <summary>Keeps what the partial wrote, unless what it left in a variable cannot be shared between pages.</summary>
        public void Keep(TemplateContext context, object?[] entry, string output, IReadOnlyCollection<string> keys)
        {
            var assigned = _shape!.Assigned;
            var after = new object?[assigned.Length];
            for (var i = 0; i < assigned.Length; i++)
            {
                after[i] = context.GetValue(assigned[i]);
                // A list or object the partial made would be shared by every page that uses the memo: not kept.
                if (after[i] is IScriptObject) return;
            }
            var variant = new Variant(entry, output, after, keys.ToArray());
            lock (this)
            {
                var list = new List<Variant>(_variants) { variant };
                if (list.Count > MaxVariants) list.RemoveAt(0);
                Volatile.Write(ref _variants, list.ToArray());
            }
        }

        /// <summary>Writes a kept result as the partial would have: its text, the variables it sets and the keys it read.</summary>
        public void Replay(HtmlEscapingContext context, Variant variant)
        {
            if (variant.Output.Length > 0) context.Write(variant.Output);
            var assigned = _shape!.Assigned;
            for (var i = 0; i < assigned.Length; i++) context.SetValue(assigned[i], variant.After[i]);
            if (context.Recorder is { } recorder)
                foreach (var key in variant.Keys) recorder.Add(key);
        }
    }

    internal sealed record Variant(object?[] Entry, string Output, object?[] After, string[] Keys)
    {
        public bool Matches(TemplateContext context, ScriptVariableGlobal[] reads)
        {
            for (var i = 0; i < reads.Length; i++)
                if (!Same(context.GetValue(reads[i]), Entry[i])) return false;
            return true;
        }

        private static bool Same(object? a, object? b) =>
            ReferenceEquals(a, b) || a is string or ValueType && a.Equals(b);
    }

    /// <summary>The variables a partial reads and sets, found from its syntax tree; null when it does not qualify.</summary>
    internal sealed class Shape
    {
        public required ScriptVariableGlobal[] Reads { get; init; }
        public required ScriptVariableGlobal[] Assigned { get; init; }

        public static Shape? Of(Template template, Func<string, Template?> include)
        {
            var walker = new Walker(include);
            walker.Visit(template.Page, 0);
            if (!walker.Ok) return null;
            return new Shape
            {
                Reads = walker.Reads.Order(StringComparer.Ordinal).Select(n => new ScriptVariableGlobal(n)).ToArray(),
                Assigned = walker.Assigned.Order(StringComparer.Ordinal).Select(n => new ScriptVariableGlobal(n)).ToArray(),
            };
        }

        private sealed class Walker(Func<string, Template?> include)
        {
            public readonly HashSet<string> Reads = new(StringComparer.Ordinal);
            public readonly HashSet<string> Assigned = new(StringComparer.Ordinal);
            public bool Ok = true;

            public void Visit(ScriptNode? node, int depth)
            {
                if (!Ok || node is null) return;
                switch (node)
                {
                    case ScriptVariableGlobal g:
                        // `include` anywhere but a call with a name in quotes (a pipe, `@include`) runs a partial not known here.
                        if (g.Name == "include") Ok = false;
                        Reads.Add(g.Name);
                        return;
                    case ScriptVariableLocal:
                        return; // `$x`: the partial's own scope, fresh for every include
                    case ScriptVariable:
                        Ok = false; // any other kind of variable is not known here
                        return;
                    case ScriptMemberExpression m:
                        if (m.Member is null || Unstable.Contains(m.Member.Name)) Ok = false;
                        else Visit(m.Target, depth);
                        return;
                    case ScriptAssignExpression a:
                        Target(a.Target);
                        Visit(a.Value, depth);
                        return;
                    case ScriptCaptureStatement c:
                        Target(c.Target);
                        Visit(c.Body, depth);
                        return;
                    case ScriptForStatement f:
                        if (f.Variable is ScriptVariableGlobal v) Reads.Add(v.Name);
                        else if (f.Variable is not ScriptVariableLocal) Ok = false;
                        Reads.Add("for");
                        Visit(f.Iterator, depth);
                        if (f.NamedArguments is { } named) foreach (var n in named) Visit(n, depth);
                        Visit(f.Body, depth);
                        Visit(f.Else, depth);
                        return;
                    case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call:
                        Reads.Add("include");
                        if (depth > 8 || call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string name } ||
                            include(name) is not { } nested)
                        {
                            Ok = false;
                            return;
                        }
                        Visit(nested.Page, depth + 1);
                        foreach (var argument in call.Arguments) Visit(argument, depth);
                        return;
                    case ScriptThisExpression or ScriptWithStatement or ScriptWrapStatement or ScriptImportStatement or
                        ScriptReadOnlyStatement or ScriptFunction or ScriptAnonymousFunction or ScriptReturnStatement or
                        ScriptTableRowStatement or ScriptFrontMatter or ScriptIncrementDecrementExpression:
                        Ok = false;
                        return;
                    default:
                        foreach (var child in node.Children) Visit(child, depth);
                        return;
                }
            }

            /// <summary>Only plain variables may be set: setting a member would change an object every page shares.</summary>
            private void Target(ScriptExpression? target)
            {
                if (target is ScriptVariableGlobal g)
                {
                    Assigned.Add(g.Name);
                    Reads.Add(g.Name);
                }
                else if (target is not ScriptVariableLocal) Ok = false;
            }
        }
    }
}
