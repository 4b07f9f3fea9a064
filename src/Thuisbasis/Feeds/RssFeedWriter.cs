using System.Globalization;
using System.Xml;
using Thuisbasis.Model;

namespace Thuisbasis.Feeds;

/// <summary>
/// Writes RSS 2.0 with the extensions readers and RSS-to-email tools look for: <c>atom:link rel="self"</c>,
/// <c>content:encoded</c> for the full text, <c>dc:creator</c> for an author's name (RSS's own <c>author</c> wants an
/// e-mail address) and <c>media:content</c> next to the <c>enclosure</c> for the cover image.
/// </summary>
public static class RssFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string MediaNs = "http://search.yahoo.com/mrss/";

    /// <summary>
    /// Writes the feed into this thread's buffer (see <see cref="FeedBuffer"/>), valid until the thread writes its next feed.
    /// Titles are plain text; <c>description</c> is read as HTML by almost every reader, so the plain summary is
    /// HTML-escaped before XML escapes it again: "&lt;script&gt;" in a summary stays text everywhere.
    /// </summary>
    internal static MemoryStream WriteToBuffer(Feed feed, string selfUrl, string language, DateTimeOffset fallbackDate)
    {
        var buffer = FeedBuffer.Take();
        using (var x = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            x.WriteStartDocument();
            x.WriteStartElement("rss");
            x.WriteAttributeString("version", "2.0");
            x.WriteAttributeString("xmlns", "atom", null, AtomNs);
            x.WriteAttributeString("xmlns", "content", null, ContentNs);
            x.WriteAttributeString("xmlns", "dc", null, DcNs);
            x.WriteAttributeString("xmlns", "media", null, MediaNs);
            x.WriteStartElement("channel");
            x.WriteElementString("title", feed.Title);
            x.WriteElementString("link", feed.HomeUrl);
            x.WriteElementString("description", feed.Description);
            x.WriteElementString("language", language);
            x.WriteStartElement("link", AtomNs);
            x.WriteAttributeString("href", selfUrl);
            x.WriteAttributeString("rel", "self");
            x.WriteAttributeString("type", FeedFormat.Rss.MediaType);
            x.WriteEndElement();
            x.WriteElementString("lastBuildDate", FeedDates.Rfc822(FeedDates.Updated(feed, fallbackDate)));
            x.WriteElementString("generator", "Thuisbasis");
            foreach (var item in feed.Items) WriteItem(x, item);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        return buffer;
    }

    private static void WriteItem(XmlWriter x, FeedItem item)
    {
        x.WriteStartElement("item");
        x.WriteElementString("title", item.Title);
        x.WriteElementString("link", item.Url);
        x.WriteStartElement("guid");
        x.WriteAttributeString("isPermaLink", "true");
        x.WriteString(item.Id);
        x.WriteEndElement();
        x.WriteElementString("pubDate", FeedDates.Rfc822(item.Published));
        x.WriteElementString("creator", DcNs, item.Author.Name);
        foreach (var category in item.Categories) x.WriteElementString("category", category);
        x.WriteElementString("description", Html.Escape(item.Summary));
        if (item.ContentHtml is { } html) x.WriteElementString("encoded", ContentNs, html);
        if (item.Image is { } image)
        {
            x.WriteStartElement("enclosure");
            x.WriteAttributeString("url", image.Url);
            x.WriteAttributeString("length", (image.Length ?? 0).ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("type", image.MediaType);
            x.WriteEndElement();
            x.WriteStartElement("content", MediaNs);
            x.WriteAttributeString("url", image.Url);
            x.WriteAttributeString("medium", "image");
            x.WriteAttributeString("type", image.MediaType);
            if (image.Length is { } length) x.WriteAttributeString("fileSize", length.ToString(CultureInfo.InvariantCulture));
            if (image.Width is { } w) x.WriteAttributeString("width", w.ToString(CultureInfo.InvariantCulture));
            if (image.Height is { } h) x.WriteAttributeString("height", h.ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrWhiteSpace(image.Alt))
            {
                x.WriteStartElement("description", MediaNs);
                x.WriteAttributeString("type", "plain");
                x.WriteString(image.Alt);
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }
}
