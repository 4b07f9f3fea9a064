using Thuisbasis.Content.Settings;

namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/pages/**.md</c>: the seven pages of the skeleton by file name, and any extra plain page.</summary>
internal static class PageReader
{
    public static Page? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics);
        r.WarnUnknownKeys(KnownKeys.Page);
        var relative = file.Path["input/pages/".Length..];
        var withoutExt = relative[..^Path.GetExtension(relative).Length];
        var role = PageRoles.All.Contains(withoutExt) ? withoutExt : null;
        var slug = string.Join('/', withoutExt.Split('/').Select(Slug.From));
        var url = role is not null ? ctx.Settings.Pages[role].Url : $"/{slug}/";
        var title = r.Text("title", required: true, help: "Geef de pagina een titel: `title: ...`.");
        // Every key is read before giving up on a file, so all its mistakes are reported at once.
        var (order, draft, redirects, layout) = (CommonFields.Order(r), r.Flag("draft") ?? false, CommonFields.RedirectFrom(r), Layout(r));
        if (title is null) return null;
        return new Page(CommonFields.Entry(fm, file, slug, url), role, title, r.Text("description"), r.Text("menu_title"),
            order, draft, redirects, layout);
    }

    private static string? Layout(FieldReader r)
    {
        var layout = r.Text("layout");
        if (layout is null) return null;
        if (Slug.From(layout) == layout) return layout;
        r.Diagnostics.Error("TB0103", r.At("layout"), $"`layout` is `{layout}`; dat is geen naam van een opmaak.",
            "Schrijf alleen de naam, zoals `layout: page` (zonder map of .sbn-html).");
        return null;
    }
}
