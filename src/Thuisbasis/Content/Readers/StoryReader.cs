using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/stories/*.md</c>.</summary>
internal static class StoryReader
{
    public static Story? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics, ctx.Today);
        r.WarnUnknownKeys(KnownKeys.Story);
        var (slug, url) = ContentAddress.Of("stories", file.Path, ctx.Settings);
        var title = r.Title("Geef het verhaal een titel: `title: ...`.");
        var date = r.Date("date", ctx.Settings.TimeZone, required: true);
        CommonFields.FarAhead(r, date, file.Path, "het verhaal");
        var author = ReadAuthor(r, ctx);
        var consent = r.Flag("consent");
        r.Date("consent_date", ctx.Settings.TimeZone);
        if (author is { IsClient: true } && consent is null && !r.Has("consent"))
            ctx.Diagnostics.Error("TB0104", r.Keys.Contains("consent") ? r.KeyAt("consent") : r.KeyAt("author"),
                r.Keys.Contains("consent") ? "Dit verhaal is van een cliënt, maar `consent` is leeg." : "Dit verhaal is van een cliënt, maar `consent` ontbreekt.",
                "Vraag de cliënt om toestemming en zet dan `consent: true`; zonder toestemming komt niemands verhaal online.");
        var image = CommonFields.Image(r, "image", "image_alt", ctx.Images(file.Path), ctx.Settings.OwnUrl);
        var story = new Story(
            CommonFields.Entry(fm, file, slug, url),
            title ?? slug, date ?? default, author ?? new Author("?", null, null), consent,
            CommonFields.Tags(r, ctx.Tags), CommonFields.Summary(r, fm, "Dit verhaal"), image, CommonFields.Audience(r),
            r.Flag("draft") ?? false, CommonFields.RedirectFrom(r)) {
                ConsentDate = r.Date("consent_date", ctx.Settings.TimeZone), ConsentAt = r.Has("consent") ? r.At("consent") : null,
            };
        return title is null || date is null || author is null ? null : story;
    }

    private static Author? ReadAuthor(FieldReader r, ReadContext ctx)
    {
        var node = r.Node("author");
        if (node is YamlMappingNode)
        {
            var a = r.Map("author")!;
            a.WarnUnknownKeys(KnownKeys.ClientAuthor);
            var name = a.Text("name", required: true, help: "Schrijf de naam zoals die online mag: `author: { name: Ria, role: cliënt }`.");
            return name is null ? null : new Author(name, a.Text("role"), null);
        }
        var id = r.Text("author", required: true,
            help: "Schrijf de id van een medewerker uit `input/team/` (de bestandsnaam), of voor een cliënt `author: { name: Ria, role: cliënt }`.");
        if (id is null) return null;
        ctx.AuthorRefs.Add(new PendingRef(r.Path, id, r.At("author")));
        return new Author(id, null, id);
    }
}
