using System.Text;
using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;
using Thuisbasis.Social;
using static Thuisbasis.Model.Html;
using Thuisbasis.Model;

namespace Thuisbasis.Preview;

/// <summary>
/// A small bar in the preview only (added while serving, like live reload; never written to the output): the share
/// kit of the newest published story or vacancy, folded shut, and a link to the health report at <c>/_rapport/</c>.
/// </summary>
public sealed class PreviewToolbar(string root)
{
    public const string Id = "thuisbasis-toolbar";

    private readonly Lock _lock = new();
    private (int Build, string Html) _last = (-1, "");

    /// <summary>The bar for the build being served, made once per build.</summary>
    public string For(PreviewState state)
    {
        if (state.Site is not { } site) return "";
        lock (_lock)
        {
            if (_last.Build != state.Build) _last = (state.Build, Render(site, PublicUrl()));
            return _last.Html;
        }
    }

    /// <summary>The site's real address: the preview's own pages use localhost, but a post must link to the public site.</summary>
    private string PublicUrl() => SettingsReader.Read(root, new DiagnosticBag()).Url;

    /// <summary>The newest story, open vacancy or coming activity on the site today (drafts and scheduled items have no post
    /// yet). An activity is dated by its first date, as in the report: a new activity usually starts later, so it comes first.</summary>
    public static ShareItem? Newest(Site site, string publicUrl)
    {
        var channels = ShareKit.ChannelsOf(site.Settings);
        var story = site.Stories.FirstOrDefault(s => s.Marker is null);
        var vacancy = site.Vacancies.FirstOrDefault(v => v.Marker is null);
        var activity = site.Activities.Where(ShareKit.Shareable).OrderByDescending(a => a.Source.FirstDate)
            .ThenBy(a => a.Url, StringComparer.Ordinal).FirstOrDefault();
        var candidates = new List<ShareItem>();
        if (story is not null) candidates.Add(ShareKit.For(story, publicUrl, channels));
        if (vacancy is not null) candidates.Add(ShareKit.For(vacancy, publicUrl, channels));
        if (activity is not null) candidates.Add(ShareKit.For(activity, publicUrl, channels));
        // Latest date first; on the same day a story before a vacancy before an activity (the order added).
        return candidates.OrderByDescending(i => i.Date).FirstOrDefault();
    }

    private const string ButtonStyle = "margin-top:.25rem;font:inherit;font-size:15px;color:#fff;background:#0b5f7a;border:2px solid #0b5f7a;" +
                                       "border-radius:4px;padding:.25rem .75rem;cursor:pointer";

    /// <summary>
    /// Copies a post with its button (a real button: Enter and Space work, focus stays on it) and says so in the status
    /// line, which a screen reader reads out. The clipboard API needs a secure page, which localhost is; when the browser
    /// refuses it, the text is selected and copied the old way, and else left selected with the advice to press Ctrl+C.
    /// </summary>
    private const string CopyScript = """
        <script>(() => {
          const status = document.getElementById("thuisbasis-toolbar-status");
          for (const button of document.querySelectorAll("#thuisbasis-toolbar [data-copy]")) {
            button.addEventListener("click", async () => {
              const text = document.getElementById(button.dataset.copy);
              const said = "De tekst voor " + button.dataset.label;
              try { await navigator.clipboard.writeText(text.value); status.textContent = said + " is gekopieerd."; }
              catch {
                text.focus(); text.select();
                if (document.execCommand("copy")) { status.textContent = said + " is gekopieerd."; button.focus(); }
                else status.textContent = said + " is geselecteerd: druk op Ctrl+C om hem te kopiëren.";
              }
            });
          }
        })();</script>
        """;

    internal static string Render(Site site, string publicUrl)
    {
        var sb = new StringBuilder();
        sb.Append($"<aside id=\"{Id}\" lang=\"nl\" aria-label=\"Preview: delen en rapport\" style=\"position:fixed;left:.5rem;bottom:.5rem;z-index:2147483646;" +
                  "max-width:min(30rem,calc(100vw - 1rem));max-height:80vh;overflow:auto;background:#fff;color:#1a1a1a;border:2px solid #0b5f7a;" +
                  "border-radius:6px;padding:.25rem .75rem;font:16px/1.5 system-ui,sans-serif;box-shadow:0 2px 10px rgba(0,0,0,.25)\">");
        sb.Append("<details><summary style=\"cursor:pointer;color:#0b5f7a;font-weight:bold\">Preview: delen</summary>");
        var item = Newest(site, publicUrl);
        if (item is null) sb.Append("<p style=\"margin:.5rem 0\">Nog niets om te delen: er staat geen verhaal, open vacature of komende activiteit op de site.</p>");
        else if (item.Posts.Count == 0) sb.Append("<p style=\"margin:.5rem 0\">Zet uw kanalen onder <code>socials:</code> in statiq.config; dan staan hier berichten klaar.</p>");
        else
        {
            sb.Append($"<p style=\"margin:.5rem 0\">Het nieuwste: <strong>{Escape(item.Title)}</strong>. Kopieer een tekst met zijn knop, of selecteer hem.</p>");
            foreach (var post in item.Posts)
            {
                var id = $"{Id}-{post.Channel}";
                sb.Append($"<label for=\"{id}\" style=\"display:block;font-weight:bold;margin-top:.5rem\">{Escape(post.Label)} ({post.Text.Length} van de {post.Limit} tekens)</label>");
                sb.Append($"<textarea id=\"{id}\" readonly rows=\"4\" style=\"width:100%;font:inherit;font-size:14px;border:1px solid #595959\">{Escape(post.Text)}</textarea>");
                sb.Append($"<button type=\"button\" data-copy=\"{id}\" data-label=\"{Escape(post.Label)}\" style=\"{ButtonStyle}\">Kopieer de tekst voor {Escape(post.Label)}</button>");
            }
            sb.Append($"<p id=\"{Id}-status\" role=\"status\" style=\"margin:.5rem 0;min-height:1.5em\"></p>");
            sb.Append(CopyScript);
        }
        sb.Append("<p style=\"margin:.5rem 0\"><a href=\"/_rapport/\" style=\"color:#0b5f7a\">Gezondheidsrapport van de inhoud</a></p>");
        return sb.Append("</details></aside>").ToString();
    }
}
