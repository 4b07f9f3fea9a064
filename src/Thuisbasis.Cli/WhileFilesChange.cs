using Thuisbasis.Pipeline;

namespace Thuisbasis.Cli;

/// <summary>
/// A one-off build while files of the site come and go (a <c>git checkout</c> or <c>pull</c>, a copy of a folder): a
/// file listed at the start is gone when it is read. The preview builds again at the next change; the command line
/// builds again here, a few times, and then says in Dutch what happened (it ended in an English stack trace). The
/// output folder is untouched by a build that did not finish.
/// </summary>
internal static class WhileFilesChange
{
    private const int Attempts = 3;

    /// <param name="pause">How long to wait before the next attempt, times the attempt's number (a second by default).</param>
    public static BuildResult? Build(Func<BuildResult> build, TextWriter stderr, TimeSpan? pause = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return build(); }
            catch (Exception e) when (Gone(e) is { } gone)
            {
                if (attempt == Attempts)
                {
                    stderr.WriteLine($"De site is niet gebouwd: tijdens het bouwen verdwenen er steeds bestanden ({gone}). " +
                                     "Wacht tot git of het kopiëren klaar is, en bouw dan opnieuw.");
                    return null;
                }
                stderr.WriteLine($"Tijdens het bouwen verdween een bestand ({gone}); misschien is git of een kopie bezig. De bouw begint opnieuw.");
                Thread.Sleep((pause ?? TimeSpan.FromSeconds(1)) * attempt);
            }
        }
    }

    /// <summary>The name of the file or folder that was gone, when that is what went wrong; null for anything else.</summary>
    private static string? Gone(Exception e) => e switch
    {
        FileNotFoundException f => Path.GetFileName(f.FileName) ?? "een bestand",
        DirectoryNotFoundException => "een map",
        AggregateException a when a.InnerExceptions.Count > 0 && a.InnerExceptions.All(i => Gone(i) is not null) => Gone(a.InnerExceptions[0]),
        _ => null,
    };
}
