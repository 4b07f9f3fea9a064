using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Thuisbasis.Feeds;

/// <summary>Writes JSON Feed 1.1 (<c>https://jsonfeed.org/version/1.1</c>) with System.Text.Json's writer.</summary>
public static class JsonFeedWriter
{
    /// <summary>Keeps é and ë readable in the file while still escaping the characters HTML cares about.</summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the feed into this thread's buffer (see <see cref="FeedBuffer"/>), valid until the thread writes its next feed.</summary>
    internal static MemoryStream WriteToBuffer(Feed feed, string selfUrl, string language, string siteName, string siteUrl)
    {
        var stream = FeedBuffer.Take();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", feed.Title);
            w.WriteString("home_page_url", feed.HomeUrl);
            w.WriteString("feed_url", selfUrl);
            w.WriteString("description", feed.Description);
            w.WriteString("language", language);
            w.WriteStartArray("authors");
            Author(w, new FeedAuthor(siteName, siteUrl));
            w.WriteEndArray();
            w.WriteStartArray("items");
            foreach (var item in feed.Items) WriteItem(w, item);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream;
    }

    private static void WriteItem(Utf8JsonWriter w, FeedItem item)
    {
        w.WriteStartObject();
        w.WriteString("id", item.Id);
        w.WriteString("url", item.Url);
        w.WriteString("title", item.Title);
        w.WriteString("summary", item.Summary);
        // JSON Feed asks for content_html or content_text; with summaries only, the summary is the text.
        if (item.ContentHtml is { } html) w.WriteString("content_html", html);
        else w.WriteString("content_text", item.Summary);
        w.WriteString("date_published", FeedDates.Rfc3339(item.Published));
        w.WriteStartArray("authors");
        Author(w, item.Author);
        w.WriteEndArray();
        if (item.Categories.Count > 0)
        {
            w.WriteStartArray("tags");
            foreach (var c in item.Categories) w.WriteStringValue(c);
            w.WriteEndArray();
        }
        if (item.Image is { } image)
        {
            w.WriteString("image", image.Url);
            w.WriteStartArray("attachments");
            w.WriteStartObject();
            w.WriteString("url", image.Url);
            w.WriteString("mime_type", image.MediaType);
            if (!string.IsNullOrWhiteSpace(image.Alt)) w.WriteString("title", image.Alt);
            if (image.Length is { } length) w.WriteNumber("size_in_bytes", length);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Author(Utf8JsonWriter w, FeedAuthor author)
    {
        w.WriteStartObject();
        w.WriteString("name", author.Name);
        if (author.Url is { } url) w.WriteString("url", url);
        w.WriteEndObject();
    }
}
