using Thuisbasis.Content.Settings;

namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/pages/**.md</c>: the seven pages of the skeleton by file name, and any extra plain page.</summary>
internal static class PageReader
{
    public static Page? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics, ctx.Today);
        r.WarnUnknownKeys(KnownKeys.Page);
        var role = RoleOf(file.Path);
        var (slug, url) = ContentAddress.Of("pages", file.Path, ctx.Settings);
        var title = r.Title("Geef de pagina een titel: `title: ...`.");
        // Every key is read before giving up on a file, so all its mistakes are reported at once.
        // A page of the skeleton without `order` keeps its own place in the menu (home 1 … contact 7).
        var orderWritten = r.Has("order");
        var order = orderWritten || role is null ? CommonFields.Order(r) : PageRoles.Position(role);
        var (draft, redirects, layout) = (r.Flag("draft") ?? false, CommonFields.RedirectFrom(r), Layout(r));
        if (draft && role is not null && PageRoles.LinkedByTheSite.Contains(role)) DraftLinkedPage(r, title ?? ctx.Settings.Pages[role].Title, ctx.Settings.Pages[role].Url, role);
        if (title is null) return null;
        return new Page(CommonFields.Entry(fm, file, slug, url), role, title, r.Text("description"), r.Text("menu_title"),
            order, draft, redirects, layout, orderWritten);
    }

    /// <summary>Which of the seven pages a file under <c>input/pages/</c> is (<c>method.md</c>: <c>method</c>), else null.</summary>
    public static string? RoleOf(string path) => ContentAddress.PageName(path) is var name && PageRoles.All.Contains(name) ? name : null;

    /// <summary>
    /// A draft leaves the site, but the layouts link to these pages themselves (<see cref="PageRoles.LinkedByTheSite"/>):
    /// those links would all break, unseen until `check`. So it is an error, in the
    /// preview too, with the way to work on a new text unseen.
    /// </summary>
    private static void DraftLinkedPage(FieldReader r, string title, string url, string role)
    {
        r.Diagnostics.Error("TB0160", r.At("draft"),
            $"De pagina {title} ({url}) kan geen concept zijn: de site linkt er zelf naar, vanaf de voorpagina en andere pagina's.",
            $"Haal `draft: true` weg. Wilt u eerst rustig een nieuwe tekst schrijven? Zet die in een eigen bestand met `draft: true`, "
            + $"zoals `input/pages/{role}-nieuw.md`, en zet de tekst hier als hij af is.");
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
