using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Thuisbasis.Rendering;

/// <summary>
/// Wraps Scriban's <c>include</c> so the HTML a partial produced is written as HTML: the partial escaped its own values
/// already, and escaping its output again would turn the markup into text.
/// </summary>
internal sealed class RawInclude(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public object Invoke(TemplateContext context, ScriptNode callerContext, ScriptArray arguments, ScriptBlockStatement blockStatement) =>
        new RawHtml(inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object> InvokeAsync(TemplateContext context, ScriptNode callerContext, ScriptArray arguments, ScriptBlockStatement blockStatement) =>
        new RawHtml((await inner.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(RawHtml);
}
