using Thuisbasis.Content.Readers;

namespace Thuisbasis.Content;

/// <summary>Checks what one file names in another: story authors, activity contacts, services, and image files.</summary>
internal static class References
{
    /// <summary>The id meant by a typo, or by a first name alone (<c>anouk</c> for <c>anouk-visser</c>) when one id starts with it.</summary>
    private static string? NearPerson(string id, IReadOnlyCollection<string> people)
    {
        if (Suggest.Closest(id, people) is { } near) return near;
        var prefix = Slug.From(id) + "-";
        var starting = people.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Take(2).ToList();
        return starting.Count == 1 ? starting[0] : null;
    }

    /// <summary>
    /// The team member whose name gives the id that was written: stories name <c>anouk-visser</c>, her file is <c>anouk.md</c>.
    /// </summary>
    private static Person? ByName(string id, IReadOnlyList<Person> people)
    {
        var matching = people.Where(p => Slug.From(p.Name) == Slug.From(id)).Take(2).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    /// <summary>Names the file and the person, so the writer sees which file to rename or which id to write.</summary>
    private static string ByNameHelp(Person person) =>
        $"Bedoelde u `{person.Id}`? Dat is `{person.Entry.SourcePath}`, van {person.Name}.";

    /// <param name="unreadable">Files of <c>team/</c> and <c>services/</c> that exist but have an error of their own,
    /// as <c>team/&lt;id&gt;</c> and <c>services/&lt;slug&gt;</c>: naming them is not a second mistake.</param>
    /// <summary>
    /// For an author no team member has: the file to make, under the name an id must have (<c>Gerrit</c>: <c>gerrit.md</c>,
    /// and then <c>author: gerrit</c>), or a client's story, which needs consent. A story of a client put under a made-up
    /// staff member (<c>redactie</c>, after a move from WordPress) would go online without it.
    /// </summary>
    private static string NewPersonHelp(string id)
    {
        var slug = Slug.From(id);
        return slug.Length == 0
            ? "Schrijf de bestandsnaam van een medewerker uit `input/team/`, of voor een cliënt `author: { name: Ria, role: cliënt }` (met `consent: true` als de cliënt ja zei)."
            : $"Maak `input/team/{slug}.md` aan{(slug == id ? "" : $" en schrijf `author: {slug}`")} als een medewerker het schreef. " +
              "Is het het verhaal van een cliënt, schrijf dan `author: { name: Ria, role: cliënt }`: dan komt het pas online met `consent: true`. " +
              "Werkt de schrijver hier niet meer en is het bestand weggehaald? Zet het dan terug met `former: true`: de verhalen houden de naam, zonder foto en contactgegevens.";
    }

    public static void Check(ContentSet content, ReadContext ctx, IReadOnlySet<string>? unreadable = null)
    {
        var people = content.People.Select(p => p.Id).ToHashSet();
        var services = content.Services.Select(s => s.Entry.Slug).ToHashSet();
        if (unreadable is { Count: > 0 })
        {
            people.UnionWith(unreadable.Where(u => u.StartsWith("team/", StringComparison.Ordinal)).Select(u => u["team/".Length..]));
            services.UnionWith(unreadable.Where(u => u.StartsWith("services/", StringComparison.Ordinal)).Select(u => u["services/".Length..]));
        }
        // Only references that fail are put in order (for messages in a stable order): a preview rebuild checks the
        // author of every story, and sorting 10,000 of them each time cost more than the check.
        foreach (var r in ctx.AuthorRefs.Where(r => !people.Contains(r.Id)).OrderBy(r => r.FromPath, StringComparer.Ordinal))
        {
            var near = NearPerson(r.Id, people);
            var byName = near is null ? ByName(r.Id, content.People) : null;
            ctx.Diagnostics.Error("TB0106", r.At, $"`author` is `{r.Id}`, maar in `input/team/` staat geen medewerker met die code (de bestandsnaam zonder `.md`).",
                byName is not null ? ByNameHelp(byName)
                : near is not null
                    ? $"Bedoelde u `{near}`?"
                    : NewPersonHelp(r.Id));
        }

        // Someone who left has no contact details on the site any more: an activity that names them leaves visitors no one to ask.
        var former = content.People.Where(p => p.Former).ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var r in ctx.ContactRefs.Where(r => former.ContainsKey(r.Id)).OrderBy(r => r.FromPath, StringComparer.Ordinal))
        {
            var colleague = content.People.Where(p => !p.Former).Select(p => p.Id).Order(StringComparer.Ordinal).FirstOrDefault();
            ctx.Diagnostics.Warning("TB0172", r.At, $"`contact` is `{r.Id}`, maar {former[r.Id].Name} werkt hier niet meer (`former: true`): bezoekers zien geen manier om diegene te bereiken.",
                colleague is not null ? $"Kies een collega als contactpersoon, bijvoorbeeld `contact: {colleague}`, of haal de regel weg."
                    : "Kies een collega als contactpersoon, of haal de regel weg.");
        }

        foreach (var r in ctx.ContactRefs.Where(r => !people.Contains(r.Id)).OrderBy(r => r.FromPath, StringComparer.Ordinal))
        {
            var near = NearPerson(r.Id, people);
            var byName = near is null ? ByName(r.Id, content.People) : null;
            ctx.Diagnostics.Error("TB0106", r.At, $"`contact` is `{r.Id}`, maar in `input/team/` staat geen medewerker met die code (de bestandsnaam zonder `.md`).",
                byName is not null ? ByNameHelp(byName) : near is not null ? $"Bedoelde u `{near}`?" : "Schrijf de bestandsnaam van een medewerker uit `input/team/`, zonder `.md`.");
        }

        foreach (var r in ctx.ServiceRefs.Where(r => !services.Contains(r.Id)).OrderBy(r => r.FromPath, StringComparer.Ordinal))
        {
            var near = Suggest.Closest(r.Id, services);
            ctx.Diagnostics.Error("TB0106", r.At, $"`service` is `{r.Id}`, maar die dienst bestaat niet in `input/services/`.",
                near is not null ? $"Bedoelde u `{near}`?" : "Schrijf de bestandsnaam van een dienst, zonder `.md`.");
        }

        var assets = content.Assets.Select(a => a.Url).ToHashSet(StringComparer.Ordinal);
        var missing = ctx.ImagesByFile.Where(kv => kv.Value.Any(i => !assets.Contains(i.Url))).OrderBy(kv => kv.Key, StringComparer.Ordinal);
        foreach (var (_, images) in missing)
        foreach (var image in images)
        {
            if (assets.Contains(image.Url)) continue;
            var near = Suggest.File(image.Url, assets);
            var insensitive = assets.FirstOrDefault(a => string.Equals(a, image.Url, StringComparison.OrdinalIgnoreCase));
            ctx.Diagnostics.Error("TB0107", image.At, $"`{image.Key}` wijst naar `{image.Url}`, maar dat bestand bestaat niet.",
                insensitive is not null
                    ? $"Let op hoofdletters: het bestand heet `{insensitive}`."
                    : near is not null
                        ? $"Bedoelde u `{near}`?"
                        : WhereToPut(image.Url, image.Key));
        }
    }

    /// <summary>
    /// The help for a file that is not there: the folder its address names, or, for an address outside <c>/assets/</c>
    /// (a photo's own name, <c>IMG_2041.JPG</c>, as a writer types it), the site's image folder and the address to write.
    /// </summary>
    /// <param name="key">The front matter key the address is in, or null for an image in the text.</param>
    public static string WhereToPut(string url, string? key)
    {
        if (url.StartsWith("/assets/", StringComparison.Ordinal)) return $"Zet het bestand in `input{url}`, of verbeter het pad.";
        var address = "/assets/img/" + url[(url.LastIndexOfAny(['/', '\\']) + 1)..]; // C:\Users\anouk\foto.jpg: only the name
        var written = key is not null ? $"{key}: {address}" : address.Contains(' ', StringComparison.Ordinal) ? $"<{address}>" : address;
        return $"Zet het bestand in de map `input/assets/img/` en schrijf `{written}`.";
    }
}
