namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/team/&lt;id&gt;.md</c>: the file name is the id that stories name as <c>author</c>.</summary>
internal static class PersonReader
{
    public static Person? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics, ctx.Today);
        r.WarnUnknownKeys(KnownKeys.Person);
        var (id, address) = ContentAddress.Of("team", file.Path, ctx.Settings);
        var name = r.Text("name", required: true, help: "Schrijf de naam van de medewerker: `name: ...`.");
        var role = r.Text("role", required: true, help: "Schrijf de functie: `role: opbouwwerker`.");
        var email = r.EmailText("email");
        if (email is not null && !Links.IsEmail(email))
        {
            ctx.Diagnostics.Error("TB0111", r.At("email"), $"`email` is `{email}`; dat is geen e-mailadres.", $"Schrijf het adres zoals `{NewFiles.ExampleAddress(ctx.Settings, "naam")}`.");
            email = null;
        }
        var socials = new Dictionary<string, string>();
        if (r.Map("socials") is { } s)
        {
            s.WarnUnknownKeys(KnownKeys.Socials);
            foreach (var key in s.Keys)
            {
                if (s.Text(key) is not { } url) continue;
                if (Links.IsWebAddress(url))
                {
                    if (Settings.SiteAddress.Read(url, ctx.Diagnostics, s.At(key), "TB0111", $"socials.{key}") is { } ascii) socials[key] = ascii;
                }
                else ctx.Diagnostics.Error("TB0111", s.At(key), $"`socials.{key}` is `{url}`; dat is geen webadres.",
                    "Schrijf het volledige adres van het profiel, met https:// ervoor.");
            }
        }
        var photo = CommonFields.Image(r, "photo", "photo_alt", ctx.Images(file.Path), ctx.Settings.OwnUrl);
        var order = CommonFields.Order(r); // read before giving up on the file, so all its mistakes are reported at once
        var former = r.Flag("former") ?? false;
        if (name is null || role is null) return null;
        return new Person(CommonFields.Entry(fm, file, id, address), id, name, role, photo, email, r.Phone("phone"),
            socials, order) { Former = former };
    }
}
