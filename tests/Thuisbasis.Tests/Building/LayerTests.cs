using System.Reflection;
using System.Reflection.Emit;
using Xunit.Abstractions;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// Which folder of the engine uses which, read from the compiled engine itself: every type a folder's code names in a
/// signature, a field or a method body (the IL), so a `using` left out or a fully qualified name cannot hide a use.
/// </summary>
public sealed class LayerTests(ITestOutputHelper output)
{
    private static readonly Lazy<Dictionary<string, SortedSet<string>>> Uses = new(Read);

    [Fact]
    public void TheSiteModelUsesOnlyContent()
    {
        Assert.Equal(["Content"], Uses.Value["Model"]);
    }

    [Fact]
    public void ContentNeverUsesThePipelineOrTheModel()
    {
        Assert.DoesNotContain("Pipeline", Uses.Value["Content"]);
        Assert.DoesNotContain("Model", Uses.Value["Content"]);
        Assert.DoesNotContain("Rendering", Uses.Value["Content"]);
    }

    [Fact]
    public void NoFolderThatThePipelineRunsCallsBackIntoIt()
    {
        // The pipeline runs the build and calls the other folders; they get what they need (the site, the pages) from it.
        // Checks and reports run a build themselves, so they use the pipeline; the pipeline does not use them.
        var pipeline = Uses.Value["Pipeline"];
        Assert.DoesNotContain(pipeline, f => Uses.Value[f].Contains("Pipeline"));
    }

    [Fact]
    public void NoTwoFoldersCallEachOtherNorRoundACircle()
    {
        foreach (var (folder, used) in Uses.Value.OrderBy(u => u.Key, StringComparer.Ordinal))
            output.WriteLine($"{folder} -> {string.Join(" ", used)}");
        var mutual = Uses.Value.SelectMany(u => u.Value.Where(v => string.CompareOrdinal(u.Key, v) < 0 && Uses.Value[v].Contains(u.Key))
            .Select(v => $"{u.Key} <-> {v}")).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(mutual);
        // Nor round a longer circle: taking away, again and again, the folders that use no folder still left must take all.
        var left = Uses.Value.ToDictionary(u => u.Key, u => new HashSet<string>(u.Value.Where(Uses.Value.ContainsKey)));
        while (left.Keys.FirstOrDefault(f => left[f].Count == 0) is { } free)
        {
            left.Remove(free);
            foreach (var used in left.Values) used.Remove(free);
        }
        Assert.True(left.Count == 0, "These folders call each other round a circle: " + string.Join(", ", left.Keys.Order()));
    }

    /// <summary>For each folder (the second part of a namespace, Thuisbasis.X), the other folders its types use.</summary>
    private static Dictionary<string, SortedSet<string>> Read()
    {
        var engine = typeof(Thuisbasis.Model.Site).Assembly;
        var uses = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in engine.GetTypes())
        {
            if (Folder(type) is not { } folder) continue;
            var set = uses.TryGetValue(folder, out var s) ? s : uses[folder] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var used in Named(type).Where(t => t.Assembly == engine).Select(Folder).OfType<string>())
                if (used != folder) set.Add(used);
        }
        return uses;
    }

    private static string? Folder(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        var parts = (type.Namespace ?? "").Split('.');
        return parts.Length >= 2 && parts[0] == "Thuisbasis" ? parts[1] : null;
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Every type the type names: base, interfaces, fields, properties, signatures, attributes and method bodies.</summary>
    private static IEnumerable<Type> Named(Type type)
    {
        var found = new List<Type>();
        if (type.BaseType is { } b) found.Add(b);
        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var f in type.GetFields(All)) found.Add(f.FieldType);
        foreach (var p in type.GetProperties(All)) found.Add(p.PropertyType);
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi) found.Add(mi.ReturnType);
            found.AddRange(m.GetParameters().Select(p => p.ParameterType));
            found.AddRange(InBody(m));
        }
        return found.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type t)
    {
        if (t.HasElementType) return Unwrap(t.GetElementType()!);
        if (t.IsGenericType && !t.IsGenericTypeDefinition) return new[] { t.GetGenericTypeDefinition() }.Concat(t.GetGenericArguments().SelectMany(Unwrap));
        return [t];
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types a method body names: in its locals and in every instruction that takes a type, field or method.</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        var il = body.GetILAsByteArray() ?? [];
        var generics = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodGenerics = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            var size = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineType or OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok)
            {
                MemberInfo? member = null;
                try { member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), generics, methodGenerics); }
                catch (ArgumentException) { }
                catch (BadImageFormatException) { }
                switch (member)
                {
                    case Type t: yield return t; break;
                    case FieldInfo f: yield return f.DeclaringType!; yield return f.FieldType; break;
                    case MethodBase m:
                        yield return m.DeclaringType!;
                        if (m is MethodInfo mi) yield return mi.ReturnType;
                        foreach (var p in m.GetParameters()) yield return p.ParameterType;
                        break;
                }
            }
            at += size;
        }
    }
}
