using System.Text;
using Thuisbasis.Content.Settings;
using Thuisbasis.Social;
using static Thuisbasis.Reporting.ReportPage;

namespace Thuisbasis.Reporting;

/// <summary>The share kit in the report: per item a text box per channel, ready to select and copy (no script needed).</summary>
public static class ShareKitSection
{
    public static void Write(StringBuilder h, IReadOnlyList<ShareItem> items, SiteSettings settings)
    {
        h.Append("<h2 id=\"deelkit\">Deelkit: klaar om te plaatsen</h2>\n");
        var channels = ShareKit.ChannelsOf(settings);
        if (channels.Count == 0)
        {
            Finding(h, "De site noemt geen kanalen in `socials:`, dus er staan hier geen berichten klaar.",
                "Zet de adressen van uw Facebook-, LinkedIn-, Instagram-, X- of WhatsApp-kanaal onder `socials:` in statiq.config.");
            return;
        }
        if (items.Count == 0)
        {
            Finding(h, "Er is geen verhaal van de afgelopen 60 dagen, geen open vacature en geen komende activiteit om te delen.",
                "Schrijf een nieuw verhaal; zodra het op de site staat, staan hier de berichten klaar.");
            return;
        }
        h.Append($"<p>Voor elk verhaal van de afgelopen 60 dagen, elke open vacature en elke komende activiteit een bericht per kanaal ({E(List(channels.Select(c => c.Label).ToList()))}). ")
         .Append("Elke link vertelt de statistieken via welk kanaal een bezoeker kwam (<code>utm_source</code>). Selecteer de tekst en kopieer hem.</p>\n");
        var n = 0;
        foreach (var item in items)
        {
            h.Append($"<h3>{E(item.Kind switch { "vacancy" => "Vacature: ", "activity" => "Activiteit: ", _ => "" } + item.Title)}</h3>\n")
             .Append($"<p>{(item.Kind == "activity" ? "In de agenda, eerste datum" : "Op de site sinds")} {E(Day(item.Date))}: <a href=\"{E(item.Url)}\">{E(item.Url)}</a></p>\n");
            foreach (var post in item.Posts)
            {
                var id = $"deel-{++n}";
                var rows = Math.Clamp(post.Text.Split('\n').Length + 1, 3, 12);
                h.Append($"<label for=\"{id}\">{E(post.Label)} ({post.Text.Length} van de {post.Limit.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))} tekens)</label>\n")
                 .Append($"<textarea id=\"{id}\" rows=\"{rows}\" readonly data-channel=\"{E(post.Channel)}\">{E(post.Text)}</textarea>\n");
            }
        }
    }
}
