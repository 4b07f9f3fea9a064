using System.Collections.Concurrent;

namespace Thuisbasis.Diagnostics;

/// <summary>
/// Collects every problem of a build instead of stopping at the first, so a writer sees them all at once.
/// Safe to fill from the parallel phases.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) _items.Enqueue(d);
    }

    public void Error(string code, SourcePosition at, string message, string help) =>
        Add(new Diagnostic(Severity.Error, code, at.Path, at.Line, at.Column, message, help));

    public void Warning(string code, SourcePosition at, string message, string help) =>
        Add(new Diagnostic(Severity.Warning, code, at.Path, at.Line, at.Column, message, help));

    public bool HasErrors => _items.Any(d => d.IsError);

    public int Count => _items.Count;

    /// <summary>Every diagnostic as added, duplicates included.</summary>
    public IReadOnlyList<Diagnostic> All() => _items.ToArray();

    /// <summary>Every diagnostic, ordered by file and position, without duplicates.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}

/// <summary>A place in a file: path relative to the site root (forward slashes), 1-based line and column.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    public static SourcePosition StartOf(string path) => new(path, 1, 1);
}
