using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Wraps Scriban's <c>include</c> so the HTML a partial produced is written as HTML: the partial escaped its own values
/// already, and escaping its output again would turn the markup into text.
/// </summary>
/// <remarks>
/// The common case, <c>{{ include "partials/x" }}</c> on its own, evaluates the partial straight into the page's output
/// instead of into a fresh buffer that is then copied: Scriban's own include gives every partial a new StringBuilder and
/// reallocates it when done, which was about a third of all rendering time (11 includes per page, 10 cards per
/// listing). The partial runs with the same file name (for error messages), recursion limit, local scope and
/// <c>$</c> arguments as with Scriban's include. Includes used as a value (<c>x = include "…"</c>, pipes), with extra
/// arguments or inside an indented include go through Scriban's include unchanged.
/// </remarks>
internal sealed class RawInclude(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is not null && IsStatement(callerContext) && arguments.Count == 1 && context.CurrentIndent is null && context.EnableOutput &&
            arguments[0] is string name && name.Length > 0)
        {
            WriteInPlace(context, callerContext, arguments, name);
            return null;
        }
        return new RawHtml(inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml((await inner.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");

    /// <summary>The include is a statement of its own, so what it returns would only be written where it stands.</summary>
    private static bool IsStatement(ScriptNode? caller) => caller is ScriptFunctionCall { Parent: ScriptExpressionStatement };

    private static void WriteInPlace(TemplateContext context, ScriptNode caller, ScriptArray arguments, string name)
    {
        var path = context.GetTemplatePathFromName(name, caller) ?? throw new ScriptRuntimeException(caller.Span, $"het onderdeel `{name}` bestaat niet in het thema");
        var template = context.GetOrCreateTemplate(path, caller);
        Evaluate(context, caller, arguments, template);
    }

    private static void Evaluate(TemplateContext context, ScriptNode caller, ScriptArray arguments, Template template)
    {
        context.EnterRecursive(caller);
        context.PushLocal();
        var file = template.SourceFilePath;
        if (file is not null) context.PushSourceFile(file);
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
        }
        finally
        {
            if (file is not null) context.PopSourceFile();
            context.PopLocal();
            context.ExitRecursive(caller);
        }
    }

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(RawHtml);
}
