using System.Text.Json;
using Scriban.Functions;
using Scriban.Runtime;
using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// The functions layouts may call besides Scriban's own: <c>raw</c>, <c>date_nl</c>, <c>tel_href</c>, <c>phone_link</c>, <c>json_ld</c> and friends.
/// Built once and shared read-only by every render.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        builtins.Import(typeof(Functions), renamer: StandardMemberRenamer.Default);
        builtins.SetValue("include", new RawInclude((IScriptCustomFunction)builtins["include"]!), readOnly: true);
        return builtins;
    }

    private static class Functions
    {
        /// <summary>Writes trusted HTML without escaping. Only for HTML the engine made (Markdown bodies).</summary>
        public static RawHtml Raw(object? value) => value as RawHtml ?? new RawHtml(value?.ToString() ?? "");

        /// <summary>"14 maart 2026".</summary>
        public static string DateNl(object? value) => value switch
        {
            DateTimeOffset d => Dates.ToDutch(d),
            DateOnly d => Dates.ToDutch(d),
            DateTime d => Dates.ToDutch(DateOnly.FromDateTime(d)),
            _ => "",
        };

        /// <summary>"2026-03-14", for <c>&lt;time datetime&gt;</c>.</summary>
        public static string DateIso(object? value) => value switch
        {
            DateTimeOffset d => d.ToString("yyyy-MM-dd"),
            DateOnly d => d.ToString("yyyy-MM-dd"),
            DateTime d => d.ToString("yyyy-MM-dd"),
            _ => "",
        };

        /// <summary>The <c>tel:</c> address of a phone number, or "" when the value is not one number to dial (see <see cref="Links.DialHref"/>).</summary>
        public static string TelHref(string? phone) => Links.DialHref(phone) ?? "";

        /// <summary>
        /// <c>{{ phone_link c.phone }}</c>: the number as a link to call it, or as text only when the value is not one number
        /// a phone can dial (opening hours or a second number with it); <paramref name="track"/> names the click for statistics.
        /// </summary>
        public static RawHtml PhoneLink(string? phone, string? track = "phone")
        {
            if (string.IsNullOrWhiteSpace(phone)) return RawHtml.Empty;
            var text = Html.Escape(phone);
            return Links.DialHref(phone) is { } href
                ? new RawHtml($"<a href=\"{href}\"{(string.IsNullOrEmpty(track) ? "" : $" data-track=\"{Html.Escape(track)}\"")}>{text}</a>")
                : new RawHtml(text);
        }

        public static string WhatsappHref(string? phone) => phone is not null && Links.IsPhoneNumber(phone) ? Links.WhatsappHref(phone) : "";

        /// <summary>Only addresses content may link to: a path on this site, http(s), mailto: or tel:; anything else becomes "#".</summary>
        public static string SafeUrl(string? url) =>
            url is null ? "#" :
            Links.IsSafeLink(url) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal) ? url : "#";

        /// <summary>A value as JSON that is safe inside a <c>&lt;script&gt;</c> element (&lt; &gt; &amp; are escaped).</summary>
        public static RawHtml JsonLd(object? value) =>
            new(value is System.Text.Json.Nodes.JsonNode node ? node.ToJsonString(JsonOptions.Web) : JsonSerializer.Serialize(value, JsonOptions.Web));

        public static string UrlEncode(string? value) => Uri.EscapeDataString(value ?? "");

        /// <summary>
        /// <c>{{ picture story.image sizes eager }}</c>: an image (a front-matter image or an address) as a responsive
        /// picture with its variants, true size and lazy loading; <c>eager</c> for the cover at the top of a page.
        /// </summary>
        public static RawHtml Picture(Scriban.TemplateContext context, object? image, string? sizes = null, bool eager = false, string? @class = null)
        {
            var (url, alt) = image switch
            {
                ImageRef r => (r.Url, r.Alt),
                string s => (s, ""),
                _ => (null, ""),
            };
            if (string.IsNullOrEmpty(url)) return RawHtml.Empty;
            var site = context.CurrentGlobal?.TryGetValue("site", out var value) == true ? value as Site : null;
            var info = site is null ? null : Images.ImageCatalog.Of(site).Get(url);
            return new RawHtml(Images.PictureHtml.Render(site is null ? null : Images.SiteImages.Of(site), url, alt, sizes, eager, @class, (info?.Width, info?.Height)));
        }
    }
}

internal static class JsonOptions
{
    /// <summary>The default encoder escapes &lt;, &gt;, &amp; and quotes, so JSON can sit inside a script element.</summary>
    public static readonly JsonSerializerOptions Web = new()
    {
        WriteIndented = false,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
