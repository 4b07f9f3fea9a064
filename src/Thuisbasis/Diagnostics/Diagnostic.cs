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
        return Printable($"{Path}({Line},{Column}): {kind} {Code}: {text}");
    }

    /// <summary>
    /// A message quotes the value it is about and is printed in a terminal or CI log: an escape character pasted into a
    /// title could recolour or clear the screen there, a line break could start a line that looks like a message of its
    /// own, and a right-to-left override could turn the text round. Those characters (not the tab) are shown as
    /// <c>\u001B</c>, so the message stays one plain line and the writer sees what is in the file.
    /// </summary>
    private static string Printable(string line)
    {
        if (!line.Any(Hidden)) return line;
        var sb = new System.Text.StringBuilder(line.Length + 16);
        foreach (var c in line)
            if (Hidden(c)) sb.Append($"\\u{(int)c:X4}");
            else sb.Append(c);
        return sb.ToString();
    }

    private static bool Hidden(char c) =>
        char.IsControl(c) && c != '\t' || c is '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
