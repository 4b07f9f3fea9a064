namespace Thuisbasis.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem a writer can fix: where it is, a stable code, what is wrong and what to do.
/// Printed as <c>path(line,col): error CODE: message help</c>, the format editors and CI logs understand.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message, string Help)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var kind = IsError ? "error" : "warning";
        var text = string.IsNullOrEmpty(Help) ? Message : $"{Message} {Help}";
        return $"{Path}({Line},{Column}): {kind} {Code}: {text}";
    }
}
