namespace Thuisbasis.Preview;

/// <summary>
/// Rebuilds the preview when the day turns in the site's time zone: a story scheduled for today appears, a vacancy whose
/// closing date has passed closes, the agenda's "Vandaag" moves on, and open tabs reload, as after an edit. It waits for
/// the next midnight, but never longer than <see cref="LongestWait"/> at a time: a timer is not trusted across a computer's
/// sleep, so a preview that slept past midnight catches up within minutes of waking.
/// </summary>
internal static class DayWatch
{
    /// <summary>The longest wait before looking at the day again.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long to wait at <paramref name="now"/> before looking at the day again: until the next midnight in
    /// <paramref name="zone"/>, at most <see cref="LongestWait"/>, at least a second.
    /// </summary>
    public static TimeSpan NextLook(DateTimeOffset now, TimeZoneInfo zone)
    {
        var midnight = TimeZoneInfo.ConvertTime(now, zone).Date.AddDays(1);
        // Where the clocks skip midnight, this is a moment of the new day all the same; where midnight comes twice, the
        // later one (the longest wait covers the hour between).
        var until = new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)) - now;
        return until > LongestWait ? LongestWait : until < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : until;
    }

    /// <summary>Looks at the day now and then until <paramref name="stop"/>, and rebuilds when it has turned.</summary>
    public static async Task RunAsync(PreviewSession session, TimeProvider clock, TextWriter log, CancellationToken stop)
    {
        while (true)
        {
            try { await Task.Delay(NextLook(clock.GetUtcNow(), session.TimeZone), clock, stop); }
            catch (OperationCanceledException) { return; }
            try { session.RebuildForNewDay(); }
            catch (Exception e)
            {
                // As after an edit: never let one odd build end the preview.
                log.WriteLine($"De preview kon niet opnieuw bouwen voor de nieuwe dag: {(e is AggregateException all ? all.Flatten().InnerExceptions[0] : e).Message}");
            }
        }
    }
}
