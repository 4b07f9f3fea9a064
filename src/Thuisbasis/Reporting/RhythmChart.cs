using System.Globalization;
using System.Text;
using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.Reporting;

/// <summary>
/// The rhythm as an inline SVG bar chart (one group of bars per week, one bar per series, the target as a dashed line),
/// with a title and description for screen readers; the page adds the same figures as a table. No script, no fonts
/// from elsewhere.
/// </summary>
public static class RhythmChart
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    /// <summary>Fills with AA contrast against white; the series also differ in position, and the legend names them.</summary>
    private static readonly string[] Fills = ["#0b5f7a", "#a4461b", "#4a3b8c"];

    private const int Left = 36, Top = 12, Height = 160, WeekWidth = 13, Bottom = 40;

    public static string Svg(RhythmFigures rhythm)
    {
        var series = rhythm.Series;
        var perWeekTarget = rhythm.TargetStoriesPerMonth * 12 / 52.0;
        var max = Math.Max(1, Math.Max(series.SelectMany(s => s.PerWeek).DefaultIfEmpty(0).Max(), (int)Math.Ceiling(perWeekTarget)));
        var width = Left + rhythm.Weeks.Count * WeekWidth + 8;
        var total = Top + Height + Bottom + 18 * series.Count;
        double Y(double v) => Top + Height - v / max * Height;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {total}\" width=\"100%\" role=\"img\" aria-labelledby=\"ritme-titel ritme-uitleg\">");
        sb.Append($"<title id=\"ritme-titel\">{Html.Escape(Title(rhythm))}</title>");
        sb.Append($"<desc id=\"ritme-uitleg\">{Html.Escape(Description(rhythm))}</desc>");
        // Axis and grid: a line per whole number, at most five labels.
        var step = Math.Max(1, (int)Math.Ceiling(max / 5.0));
        for (var v = 0; v <= max; v += step)
        {
            sb.Append($"<line x1=\"{Left}\" x2=\"{width - 8}\" y1=\"{F(Y(v))}\" y2=\"{F(Y(v))}\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
            sb.Append($"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">{v}</text>");
        }
        var barWidth = (WeekWidth - 3.0) / series.Count;
        for (var w = 0; w < rhythm.Weeks.Count; w++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var v = series[s].PerWeek[w];
                if (v == 0) continue;
                var x = Left + w * WeekWidth + 1 + s * barWidth;
                sb.Append($"<rect x=\"{F(x)}\" y=\"{F(Y(v))}\" width=\"{F(barWidth)}\" height=\"{F(Height + Top - Y(v))}\" fill=\"{Fills[s % Fills.Length]}\"/>");
            }
            // A month label at the first week that starts in a new month.
            var monday = rhythm.Weeks[w];
            if (w == 0 || monday.Month != rhythm.Weeks[w - 1].Month)
                sb.Append($"<text x=\"{Left + w * WeekWidth}\" y=\"{Top + Height + 16}\" font-size=\"11\" fill=\"#333\">{Html.Escape(Month(monday))}</text>");
        }
        sb.Append($"<line x1=\"{Left}\" x2=\"{width - 8}\" y1=\"{F(Y(perWeekTarget))}\" y2=\"{F(Y(perWeekTarget))}\" stroke=\"#1a1a1a\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
        // Legend.
        var ly = Top + Height + 34;
        for (var s = 0; s < series.Count; s++, ly += 18)
        {
            sb.Append($"<rect x=\"{Left}\" y=\"{ly - 10}\" width=\"12\" height=\"12\" fill=\"{Fills[s % Fills.Length]}\"/>");
            sb.Append($"<text x=\"{Left + 18}\" y=\"{ly}\" font-size=\"12\" fill=\"#1a1a1a\">{Html.Escape(series[s].Label)} per week</text>");
        }
        sb.Append($"<line x1=\"{Left + 200}\" x2=\"{Left + 230}\" y1=\"{Top + Height + 30}\" y2=\"{Top + Height + 30}\" stroke=\"#1a1a1a\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
        sb.Append($"<text x=\"{Left + 236}\" y=\"{Top + Height + 34}\" font-size=\"12\" fill=\"#1a1a1a\">doel: {rhythm.TargetStoriesPerMonth} verhalen per maand</text>");
        return sb.Append("</svg>").ToString();
    }

    public static string Title(RhythmFigures rhythm) =>
        $"Verhalen, vacatures en activiteiten per week, van {Dates.ToDutch(rhythm.Weeks[0])} tot en met de week van {Dates.ToDutch(rhythm.Weeks[^1])}";

    /// <summary>The chart in words: what a sighted reader takes from it at a glance.</summary>
    public static string Description(RhythmFigures rhythm)
    {
        var parts = rhythm.Series.Select(s =>
        {
            var busiest = s.PerWeek.Max();
            var empty = s.PerWeek.Count(c => c == 0);
            return $"{s.Label}: {s.Total} in {rhythm.Weeks.Count} weken, hoogstens {busiest} in één week, {empty} weken zonder.";
        });
        return $"Staafdiagram. {string.Join(" ", parts)} De stippellijn is het doel van {rhythm.TargetStoriesPerMonth} verhalen per maand. " +
               "De tabel hieronder geeft alle cijfers per week.";
    }

    private static readonly string[] Months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    private static string Month(DateOnly d) => Months[d.Month - 1];

    private static string F(double v) => v.ToString("0.#", Inv);
}
