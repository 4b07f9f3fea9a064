using System.Text;
using Deque.AxeCore.Commons;

namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>Turns axe violations into a failure message that says what to fix and where.</summary>
internal static class AxeReport
{
    public static string Describe(string url, string viewport, IReadOnlyCollection<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.AppendLine($"axe found {violations.Count} violation(s) on {url} at {viewport}:");
        foreach (var v in violations)
        {
            text.AppendLine($"- {v.Id} ({v.Impact}): {v.Help}");
            text.AppendLine($"  {v.HelpUrl}");
            foreach (var node in v.Nodes ?? [])
            {
                text.AppendLine($"  element {node.Target}");
                text.AppendLine($"     {Shorten(node.Html)}");
                foreach (var message in Messages(node))
                    text.AppendLine($"     {message}");
            }
        }
        return text.ToString();
    }

    private static IEnumerable<string> Messages(AxeResultNode node) =>
        new[] { node.Any, node.All, node.None }
            .SelectMany(checks => checks ?? [])
            .Select(check => check.Message)
            .Where(message => !string.IsNullOrWhiteSpace(message))
            .Distinct();

    private static string Shorten(string? html)
    {
        var oneLine = (html ?? "").ReplaceLineEndings(" ");
        return oneLine.Length <= 200 ? oneLine : oneLine[..200] + "…";
    }
}
