using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Thuisbasis.Model;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.StructuredData;

/// <summary>
/// schema.org <c>JobPosting</c> with what Google's job search requires (title, description as HTML, datePosted,
/// hiringOrganization, jobLocation) and recommends (validThrough, employmentType, baseSalary, directApply, identifier).
/// Only for a vacancy that is open today: a closed one keeps its page but must not show up as a job.
/// </summary>
public static partial class JobPostingData
{
    /// <summary>
    /// From this many hours a week a paid job counts as full time: a full week is 36 to 40 hours in Dutch collective
    /// agreements (36 in social work's), and 32 is a part-time job of four days.
    /// </summary>
    public const int FullTimeHours = 36;

    public static JsonObject? Build(Site site, VacancyView v)
    {
        if (!v.IsOpen || v.Marker is not null) return null;
        var zone = site.Settings.TimeZone;
        var lastDay = v.ClosingDate.ToDateTime(new TimeOnly(23, 59, 59));
        var validThrough = new DateTimeOffset(lastDay, zone.GetUtcOffset(lastDay));
        // The text as HTML, as Google asks: absolute addresses, and a video as its link without the theme's script. A
        // vacancy with no text and no summary (TB0208) has no posting: Google requires the description and rejects one without.
        var description = Feeds.AbsoluteLinks.Rewrite(Rendering.Video.VideoMarkup.WithoutScript(v.Html.Value), v.AbsoluteUrl, site.Settings.Url) is { Length: > 0 } html
            ? html
            : System.Net.WebUtility.HtmlEncode(Social.PlainText.Of(v.Summary));
        if (string.IsNullOrWhiteSpace(description)) return null;
        var o = Schema.Thing("JobPosting", withContext: true)
            .Set("title", v.Title)
            .Set("description", description)
            .Set("url", v.AbsoluteUrl)
            .Set("datePosted", Schema.Date(v.Date))
            .Set("validThrough", Schema.Date(validThrough))
            .Set("employmentType", EmploymentTypeJson(v.Kind, v.Hours))
            .Set("workHours", v.HoursText)
            .Set("hiringOrganization", OrganizationData.Reference(site))
            .Set("jobLocation", Place(site, v.Location))
            .Set("identifier", Schema.Thing("PropertyValue").Set("name", site.Settings.Name).Set("value", v.Source.Entry.Slug))
            .Set("directApply", JsonValue.Create(IsDirectApply(site, v)))
            .Set("baseSalary", Salary(v.Salary));
        if (v.Image is { } image) o["image"] = site.Absolute(image.Url);
        return o;
    }

    /// <summary>
    /// Google's values from the content model's <c>kind</c> and <c>hours</c>. A paid job with unknown hours gets no
    /// type rather than a guess; a paid job whose hours run from part time to full time (<c>24-32</c>) is both.
    /// </summary>
    public static IReadOnlyList<string> EmploymentType(string kind, string? hours) => kind switch
    {
        "volunteer" => ["VOLUNTEER"],
        "internship" => ["INTERN"],
        "paid" => Hours(hours) switch
        {
            null => [],
            var (_, most) when most < FullTimeHours => ["PART_TIME"],
            var (least, _) when least >= FullTimeHours => ["FULL_TIME"],
            _ => ["FULL_TIME", "PART_TIME"],
        },
        _ => [],
    };

    private static JsonNode? EmploymentTypeJson(string kind, string? hours) => EmploymentType(kind, hours) switch
    {
        [] => null,
        [var one] => JsonValue.Create(one),
        var several => new JsonArray([.. several.Select(t => (JsonNode?)JsonValue.Create(t))]),
    };

    /// <summary>The smallest and largest number in "24-32", "24 tot 32 uur" or "36".</summary>
    public static (int Least, int Most)? Hours(string? hours)
    {
        if (hours is null) return null;
        var numbers = Digits().Matches(hours).Select(m => int.TryParse(m.Value, out var n) ? n : int.MaxValue).ToList();
        return numbers.Count == 0 ? null : (numbers.Min(), numbers.Max());
    }

    /// <summary>Direct apply means applying can start from the posting's own site: an apply address on another site or by e-mail is not.</summary>
    public static bool IsDirectApply(Site site, VacancyView v) =>
        v.ApplyUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var apply) && Uri.TryCreate(site.Settings.Url, UriKind.Absolute, out var own) &&
        string.Equals(apply.IdnHost, own.IdnHost, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The place as written: a whole address when a Dutch postcode says so (as an activity's plain location), the
    /// organisation's own address when it is the organisation's city, and otherwise the place name as the locality.
    /// </summary>
    private static JsonObject Place(Site site, string location)
    {
        var c = site.Settings.Contact;
        var place = Schema.Thing("Place");
        if (string.Equals(location.Trim(), c.City?.Trim(), StringComparison.OrdinalIgnoreCase))
            return place.Set("address", Schema.PostalAddress(c));
        if (Content.PlainAddress.Parse(location) is not { } written)
            return place.Set("address", Schema.PostalAddress(new ContactSettings(), location));
        // The name is whatever came before the street; an address alone (`Kerkstraat 12, 1234 AB Amsterdam`) has none.
        return place.Set("name", written.Name == location.Trim() ? null : written.Name)
            .Set("address", Schema.PostalAddress(new ContactSettings { Street = written.Street, PostalCode = written.PostalCode, City = written.City }));
    }

    private static JsonObject? Salary(SalaryView? s)
    {
        if (s is null || (s.Min is null && s.Max is null)) return null;
        // One bound is that bound, as the page says ("vanaf € 15", "tot € 500"): `value` would make it an exact salary.
        var value = Schema.Thing("QuantitativeValue");
        if (s.Min == s.Max) value["value"] = s.Min;
        else
        {
            if (s.Min is { } min) value["minValue"] = min;
            if (s.Max is { } max) value["maxValue"] = max;
        }
        value["unitText"] = s.Period switch { "hour" => "HOUR", "year" => "YEAR", "week" => "WEEK", _ => "MONTH" };
        return Schema.Thing("MonetaryAmount").Set("currency", "EUR").Set("value", value);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
