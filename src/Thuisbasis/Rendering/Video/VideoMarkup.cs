using AngleSharp.Dom;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Thuisbasis.Rendering.Video;

/// <summary>
/// The HTML of a video: a link to the video's own page (all a visitor without JavaScript needs) that the theme's
/// <c>video.js</c> turns into a play button. Nothing is fetched from YouTube or Vimeo until that button is pressed:
/// no still image, no player, no script of theirs.
/// </summary>
public sealed class VideoMarkup : HtmlObjectRenderer<VideoBlock>
{
    public const string Script = "/assets/js/video.js";
    /// <summary>A module script runs once per page, however many videos the page has.</summary>
    public const string ScriptTag = "<script type=\"module\" src=\"" + Script + "\"></script>";

    protected override void Write(HtmlRenderer renderer, VideoBlock video)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteEscape(video.Title).EnsureLine();
            return;
        }
        var a = video.Address;
        renderer.EnsureLine();
        renderer.Write("<figure class=\"video\">\n<div class=\"video-frame\"><a class=\"video-link\" href=\"").WriteEscapeUrl(a.PageUrl)
            .Write("\" data-embed=\"").WriteEscapeUrl(a.EmbedUrl).Write("\"><span class=\"video-title\">").WriteEscape(video.Title)
            .Write("</span> <span class=\"video-host\">(video op ").Write(a.Host).Write(")</span></a></div>\n")
            .Write("<figcaption>Pas als u op afspelen drukt, haalt uw browser de video op bij ").Write(a.Host).Write(".</figcaption>\n")
            .Write("</figure>\n").Write(ScriptTag).WriteLine();
    }

    /// <summary>
    /// The text for a place that runs no script and needs none (a feed item, a job's description in its structured
    /// data): the video's link to its own page stays, the theme's script goes.
    /// </summary>
    public static string WithoutScript(string html) => html.Replace(ScriptTag, "", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="element"/> is exactly the script tag this renderer writes (the sanitizer keeps it).</summary>
    public static bool IsOwnScript(IElement element) =>
        element.LocalName == "script" && element.ChildNodes.Length == 0 && element.Attributes.Length == 2 &&
        element.GetAttribute("type") == "module" && element.GetAttribute("src") == Script;
}
