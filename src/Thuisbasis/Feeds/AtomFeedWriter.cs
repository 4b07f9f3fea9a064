using System.Globalization;
using System.Xml;

namespace Thuisbasis.Feeds;

/// <summary>
/// Writes Atom (RFC 4287). Unlike RSS, Atom says what each text is: titles and summaries are <c>type="text"</c>,
/// content is <c>type="html"</c>, so no reader has to guess whether "&amp;" is markup.
/// </summary>
public static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <summary>Writes the feed into this thread's buffer (see <see cref="FeedBuffer"/>), valid until the thread writes its next feed.</summary>
    internal static MemoryStream WriteToBuffer(Feed feed, string selfUrl, string language, string siteName, string siteUrl, DateTimeOffset fallbackDate)
    {
        var buffer = FeedBuffer.Take();
        using (var x = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            x.WriteStartDocument();
            x.WriteStartElement("feed", Ns);
            x.WriteAttributeString("xml", "lang", null, language);
            x.WriteElementString("id", Ns, selfUrl);
            Text(x, "title", feed.Title);
            Text(x, "subtitle", feed.Description);
            x.WriteElementString("updated", Ns, FeedDates.Rfc3339(FeedDates.Updated(feed, fallbackDate)));
            Link(x, "self", FeedFormat.Atom.MediaType, selfUrl);
            Link(x, "alternate", "text/html", feed.HomeUrl);
            // A feed-level author makes every entry valid, even one whose own author is unknown.
            Author(x, new FeedAuthor(siteName, siteUrl));
            x.WriteElementString("generator", Ns, "Thuisbasis");
            foreach (var item in feed.Items) WriteEntry(x, item);
            x.WriteEndElement();
        }
        return buffer;
    }

    private static void WriteEntry(XmlWriter x, FeedItem item)
    {
        x.WriteStartElement("entry", Ns);
        x.WriteElementString("id", Ns, item.Id);
        Text(x, "title", item.Title);
        Link(x, "alternate", "text/html", item.Url);
        x.WriteElementString("published", Ns, FeedDates.Rfc3339(item.Published));
        x.WriteElementString("updated", Ns, FeedDates.Rfc3339(item.Published));
        Author(x, item.Author);
        foreach (var category in item.Categories)
        {
            x.WriteStartElement("category", Ns);
            x.WriteAttributeString("term", category);
            x.WriteEndElement();
        }
        Text(x, "summary", item.Summary);
        if (item.ContentHtml is { } html)
        {
            x.WriteStartElement("content", Ns);
            x.WriteAttributeString("type", "html");
            x.WriteString(html);
            x.WriteEndElement();
        }
        if (item.Image is { } image)
        {
            x.WriteStartElement("link", Ns);
            x.WriteAttributeString("rel", "enclosure");
            x.WriteAttributeString("type", image.MediaType);
            x.WriteAttributeString("href", image.Url);
            if (image.Length is { } length) x.WriteAttributeString("length", length.ToString(CultureInfo.InvariantCulture));
            // A photo that says nothing (alt="") gets no title: the W3C feed validator warns of a blank one.
            if (!string.IsNullOrWhiteSpace(image.Alt)) x.WriteAttributeString("title", image.Alt);
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static void Text(XmlWriter x, string element, string text)
    {
        x.WriteStartElement(element, Ns);
        x.WriteAttributeString("type", "text");
        x.WriteString(text);
        x.WriteEndElement();
    }

    private static void Link(XmlWriter x, string rel, string type, string href)
    {
        x.WriteStartElement("link", Ns);
        x.WriteAttributeString("rel", rel);
        x.WriteAttributeString("type", type);
        x.WriteAttributeString("href", href);
        x.WriteEndElement();
    }

    private static void Author(XmlWriter x, FeedAuthor author)
    {
        x.WriteStartElement("author", Ns);
        x.WriteElementString("name", Ns, author.Name);
        if (author.Url is { } url) x.WriteElementString("uri", Ns, url);
        x.WriteEndElement();
    }
}
