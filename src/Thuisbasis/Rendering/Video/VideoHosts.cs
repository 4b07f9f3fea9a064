using Thuisbasis.Model;

namespace Thuisbasis.Rendering.Video;

/// <summary>
/// The video players a site's pages can load after a click, for the <c>frame-src</c> of its Content-Security-Policy:
/// a site without videos allows no frame from anywhere else.
/// </summary>
public static class VideoHosts
{
    public static IReadOnlyList<string> UsedBy(Site site)
    {
        var bodies = site.Stories.Select(s => s.Html).Concat(site.AllVacancies.Select(v => v.Html)).Concat(site.Services.Select(s => s.Html))
            .Concat(site.Pages.Values.Select(p => p.Html)).Concat(site.ExtraPages.Select(p => p.Html))
            .Concat(site.Testimonials.Select(t => t.Quote)).Concat(site.Team.Select(p => p.Bio));
        bool youTube = false, vimeo = false;
        foreach (var body in bodies)
        {
            var html = body.Value;
            if (!html.Contains("data-embed=\"https://", StringComparison.Ordinal)) continue;
            youTube |= html.Contains("data-embed=\"" + VideoAddress.YouTubePlayer + "/", StringComparison.Ordinal);
            vimeo |= html.Contains("data-embed=\"" + VideoAddress.VimeoPlayer + "/", StringComparison.Ordinal);
            if (youTube && vimeo) break;
        }
        return [.. youTube ? [VideoAddress.YouTubePlayer] : Array.Empty<string>(), .. vimeo ? [VideoAddress.VimeoPlayer] : Array.Empty<string>()];
    }
}
