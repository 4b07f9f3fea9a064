namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/services/*.md</c>.</summary>
internal static class ServiceReader
{
    public static Service? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics, ctx.Today);
        r.WarnUnknownKeys(KnownKeys.Service);
        var (slug, url) = ContentAddress.Of("services", file.Path, ctx.Settings);
        var title = r.Title("Geef de dienst een naam: `title: ...`.");
        var summary = r.Text("summary", required: true, help: "Schrijf in één of twee zinnen wat de dienst is: `summary: ...`.");
        var image = CommonFields.Image(r, "image", "image_alt", ctx.Images(file.Path), ctx.Settings.OwnUrl);
        // Every key is read before giving up on a file, so all its mistakes are reported at once.
        var (order, audience, redirects) = (CommonFields.Order(r), CommonFields.Audience(r), CommonFields.RedirectFrom(r));
        if (title is null || summary is null) return null;
        return new Service(CommonFields.Entry(fm, file, slug, url), title, summary, order, audience, image, redirects, r.At("title"));
    }
}
