namespace Thuisbasis.Content.Settings;

/// <summary>
/// <c>rhythm:</c> in <c>statiq.config</c>: how often the team means to publish. The health report (<c>report</c>) holds
/// the real rhythm against it. One story a week is what most welfare organisations can keep up, hence 4 a month.
/// </summary>
public sealed record RhythmSettings
{
    public const int DefaultStoriesPerMonth = 4;

    public int StoriesPerMonth { get; init; } = DefaultStoriesPerMonth;

    internal static RhythmSettings Read(FieldReader root)
    {
        if (root.Map("rhythm", help: "Schrijf `rhythm: { stories_per_month: 4 }`.") is not { } r) return new RhythmSettings();
        r.WarnUnknownKeys(["stories_per_month"]);
        var target = r.Number("stories_per_month");
        if (target is < 1 or > 100 || target is { } t && t != decimal.Truncate(t))
        {
            r.Diagnostics.Error("TB0302", r.At("stories_per_month"), $"`rhythm.stories_per_month` is `{target}`.",
                $"Kies een heel getal tussen 1 en 100: zoveel verhalen wilt u per maand plaatsen; {DefaultStoriesPerMonth} (één per week) is gebruikelijk.");
            target = null;
        }
        return new RhythmSettings { StoriesPerMonth = (int)(target ?? DefaultStoriesPerMonth) };
    }
}
