using System.Text;
using System.Text.RegularExpressions;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// Random edits to a whole site, as a writer (or a checkout) makes them: every content type, data files, settings,
/// layouts, partials, theme assets and overrides; files added, deleted and renamed; mistakes made and fixed again.
/// Each edit returns the site-relative paths it touched, as the preview's file watcher would report them.
/// Given a build day, the day also moves forward now and then, as it does under a preview left open for days.
/// </summary>
/// <param name="today">The first build day; null: the day never moves.</param>
/// <param name="days">Decides the day's moves, apart from <paramref name="random"/>, so a seed's edits stay what they were.</param>
internal sealed partial class SiteEdits(string root, Random random, DateOnly? today = null, Random? days = null)
{
    private static readonly string[] ContentFolders = ["stories", "vacancies", "testimonials", "services", "team", "pages", "activities"];
    private static readonly string[] Tags = ["mantelzorg", "#Buren", " taal ", "geldzaken", "Vrijwilligers", "#mantelzorg"];
    private static readonly string[] Layouts = ["base", "story", "home", "page", "vacancy", "service", "stories", "author", "tags", "about"];
    private static readonly string[] Partials = ["footer", "header", "story-card", "person", "testimonial", "breadcrumbs", "share", "head-meta"];

    /// <summary>Files a mistake or a delete took away, with what they held, so a later edit can put them back.</summary>
    /// <summary>Mistakes to undo later: write <c>Text</c> at <c>Path</c> (or delete it when null), and delete <c>Remove</c>.</summary>
    private readonly List<(string Path, string? Text, string? Remove)> _repairs = [];
    private int _counter;
    /// <summary>Old addresses that texts link to (<see cref="LinkToOldAddress"/>), for a redirect_from to gain and lose.</summary>
    private readonly List<string> _linkedOldAddresses = [];

    private readonly Random _days = days ?? new Random(0);
    private readonly bool _dayMoves = today is not null;

    public string Last { get; private set; } = "";

    /// <summary>The build day after the last <see cref="Next"/>.</summary>
    public DateOnly Today { get; private set; } = today ?? default;

    /// <summary>
    /// Whether the last <see cref="Next"/> moved the day, from which day, and whether across a date written in the site's
    /// content.
    /// </summary>
    public (bool Moved, DateOnly From, bool AcrossDate) LastDay { get; private set; }

    /// <summary>Moves of the day that are due, and how many steps the first has waited for a site that builds.</summary>
    private (int Moves, int Waited) _dayDue;
    /// <summary>Whether the last move of the day came with no edit (moves take turns: alone, with an edit).</summary>
    private bool _alone;

    /// <summary>
    /// One random edit (sometimes a batch of two or three, as a save-all or a checkout gives). About one step in 12 the
    /// day moves forward 1 to 10 days first, every other time with no file changed at all. A move waits (12 steps at most)
    /// for a step after a build without errors: only then are the files compared, not only the messages.
    /// </summary>
    /// <param name="siteBuilds">Whether the last build had no errors.</param>
    public IReadOnlyCollection<string> Next(bool siteBuilds = true)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        LastDay = (false, Today, false);
        if (_dayMoves && _days.Next(12) == 0) _dayDue.Moves++;
        if (_dayDue.Moves > 0 && (siteBuilds || ++_dayDue.Waited > 12))
        {
            _dayDue = (_dayDue.Moves - 1, 0);
            names.Add(MoveDay());
            _alone = !_alone;
            if (_alone)
            {
                Last = names[0];
                return changed;
            }
        }
        var count = random.Next(10) == 0 ? random.Next(2, 4) : 1;
        for (var i = 0; i < count; i++)
        {
            var (name, paths) = One(siteBuilds);
            names.Add(name);
            changed.UnionWith(paths);
        }
        Last = string.Join(" + ", names);
        return changed;
    }

    /// <summary>
    /// A burst, as a checkout, pull, revert or stash pop makes it: 8 to 24 edits at once, with a rebuild that starts
    /// mid-burst. The preview's watcher hands out what it has seen once it has been quiet for a moment, and Git pauses
    /// that long now and then: <paramref name="rebuildMidBurst"/> is told the paths of the first edits while some edits
    /// after them are on disk already (they came after the watcher's batch closed, before the build read the files).
    /// Returns what the next rebuild is told: every path the edits after the first batch touched.
    /// </summary>
    public IReadOnlyCollection<string> Burst(bool siteBuilds, Action<IReadOnlyCollection<string>> rebuildMidBurst)
    {
        LastDay = (false, Today, false);
        var count = random.Next(8, 25);
        var told = random.Next(1, count);
        var onDisk = random.Next(told, count);
        var (early, late) = (new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
        var names = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (i == onDisk) rebuildMidBurst(early);
            var (name, paths) = One(siteBuilds);
            names.Add(name);
            (i < told ? early : late).UnionWith(paths);
        }
        Last = $"{count} tegelijk, herbouw na {told} (toen {onDisk} op schijf): " + string.Join(" + ", names);
        return late;
    }

    /// <summary>
    /// Moves the day 1 to 10 days forward; every other move lands on a date written in the content (a story's or
    /// vacancy's date, a closing date, an activity's day) or the day after it, when one lies that close.
    /// </summary>
    private string MoveDay()
    {
        var from = Today;
        var written = WrittenDates();
        var near = written.SelectMany(d => new[] { d, d.AddDays(1) }).Where(d => d > from && d <= from.AddDays(10)).Distinct().Order().ToList();
        Today = near.Count > 0 && _days.Next(2) == 0 ? near[_days.Next(near.Count)] : from.AddDays(_days.Next(1, 11));
        LastDay = (true, from, written.Any(d => d >= from && d <= Today));
        return $"dag {from:yyyy-MM-dd} → {Today:yyyy-MM-dd}";
    }

    /// <summary>Every date written in the front matter of the content files, in either spelling the site reads.</summary>
    private HashSet<DateOnly> WrittenDates()
    {
        var found = new HashSet<DateOnly>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "input"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---", 4, StringComparison.Ordinal) : -1;
            if (end < 0) continue;
            foreach (Match m in WrittenDate().Matches(text[..end]))
            {
                var (y, mo, d) = m.Groups["y"].Success ? (m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value)
                    : (m.Groups["y2"].Value, m.Groups["m2"].Value, m.Groups["d2"].Value);
                if (DateOnly.TryParseExact($"{y}-{mo}-{d}", "yyyy-MM-dd", out var date)) found.Add(date);
            }
        }
        return found;
    }

    [GeneratedRegex(@"\b(?:(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})|(?<d2>\d{2})-(?<m2>\d{2})-(?<y2>\d{4}))\b")]
    private static partial Regex WrittenDate();

    /// <param name="siteBuilds">Whether the last build had no errors. While it had, a mistake is undone twice as often: a
    /// site that stays broken has only its messages compared, not its files.</param>
    private (string, IEnumerable<string>) One(bool siteBuilds)
    {
        _counter++;
        if (_repairs.Count > 0 && random.Next(siteBuilds ? 4 : 2) == 0) return ("herstel", Repair());
        return random.Next(52) switch
        {
            0 or 1 => ("verhaal: titel", SetKey(Pick("stories"), "title", $"Verhaal nummer {_counter} & co")),
            2 => ("verhaal: datum", SetKey(Pick("stories"), "date", RandomDate())),
            3 => ("verhaal: concept", Toggle(Pick("stories"), "draft")),
            4 => ("verhaal: tags", SetKey(Pick("stories"), "tags", "[" + string.Join(", ", RandomTags()) + "]")),
            5 => ("verhaal: samenvatting", SetKey(Pick("stories"), "summary", $"Samenvatting {_counter} met <b>tekens</b>")),
            6 => ("tekst", AppendBody(Pick(ContentFolders[random.Next(ContentFolders.Length)]))),
            7 => ("nieuw verhaal", NewStory()),
            8 => ("verwijderd", Delete(Pick(ContentFolders[random.Next(4)]))),
            9 => ("hernoemd", Rename(Pick(ContentFolders[random.Next(4)]))),
            10 => ("vacature: sluitingsdatum", SetKey(Pick("vacancies"), "closing_date", RandomDate())),
            11 => ("vacature: vervuld", Toggle(Pick("vacancies"), "filled")),
            12 => ("aanbeveling: toestemming", SetKey(Pick("testimonials"), "consent", random.Next(2) == 0 ? "true" : "false")),
            13 => ("aanbeveling: uitgelicht", Toggle(Pick("testimonials"), "featured")),
            14 => ("dienst", SetKey(Pick("services"), random.Next(2) == 0 ? "title" : "summary", $"Dienst {_counter}")),
            15 => ("medewerker", SetKey(Pick("team"), random.Next(2) == 0 ? "name" : "role", $"Persoon {_counter}")),
            16 => ("pagina", PageEdit()),
            17 => ("instellingen", Settings()),
            18 => ("gegevensbestand", DataFile()),
            19 => ("opmaak", AppendTheme($"layouts/{Layouts[random.Next(Layouts.Length)]}.sbn-html")),
            20 => ("deelsjabloon", AppendTheme($"partials/{Partials[random.Next(Partials.Length)]}.sbn-html")),
            21 => ("stijlblad", AppendCss()),
            22 => ("override", ToggleOverride()),
            23 => ("herhaald deelsjabloon", RepeatedPartial()),
            24 => ("afbeelding", Image()),
            // Every other time a date in words without a year, whose message suggests the build day's year.
            25 => ("fout: datum", Mistake(Pick(ContentFolders[random.Next(3)]), "date", _counter % 2 == 0 ? "5 december" : "32-13-2026")),
            26 => ("fout: onbekende sleutel", Mistake(Pick(ContentFolders[random.Next(ContentFolders.Length)]), "titel", "Spelfout")),
            27 => ("fout: auteur", Mistake(Pick("stories"), "author", "niemand-bekend")),
            28 => ("fout: sjabloon", BrokenTemplate()),
            29 => ("activiteit: titel", SetKey(Pick("activities"), "title", $"Activiteit {_counter}")),
            // Put back later, as a mistake is: a start on another weekday, or after the end, leaves the site with an error
            // (TB0143, TB0140) that no later edit repairs, and a site that never builds again has only its messages compared.
            30 => ("activiteit: begin", Mistake(Pick("activities"), "start", RandomDate() + $" {random.Next(8, 20)}:30")),
            31 => random.Next(3) == 0
                ? ("activiteit: afgezegd op (feedbericht)", SetKey(Pick("activities"), "cancelled_on", RandomDate()))
                : ("activiteit: afgelast", SetKey(Pick("activities"), "cancelled", random.Next(2) == 0 ? "true" : "false")),
            32 => ("nieuwe activiteit", NewActivity()),
            33 => ("fout: verkeerde map", WrongFolder()),
            34 => ("fout: geen tekst", NoText(Pick(ContentFolders[random.Next(2)]))),
            35 => ("html-plaatje zonder alt", ImageWithoutAlt(Pick(ContentFolders[random.Next(2)]))),
            36 => ("oud adres (feed-id)", OldAddress()),
            37 => ("foto in de tekst (feedfoto)", PhotoInText()),
            38 => ("afbeelding vervangen", ReplaceImage()),
            39 or 40 => ("webp- of svg-omslag (feedfoto)", FeedCover()),
            41 => ("gif, avif of video met metadata", MediaWithMetadata()),
            42 => ("link naar het adres van een verhaal", LinkToStory()),
            43 => ("fout: gelinkt verhaal", LinkToBrokenStory()),
            44 => ("link naar een oud adres", LinkToOldAddress()),
            45 or 46 => ("redirect_from: gelinkt adres erbij of eraf", LinkedOldAddress()),
            // A staff story's consent: false keeps it off the site too; links to it become words.
            47 => ("verhaal: toestemming", SetKey(Pick("stories"), "consent", random.Next(2) == 0 ? "true" : "false")),
            48 => ("link naar een verhaal met zijn bestandsnaam", LinkToStoryFile()),
            // An open vacancy is on its topics' pages and feeds.
            49 => ("vacature: tags", SetKey(Pick("vacancies"), "tags", "[" + string.Join(", ", RandomTags()) + "]")),
            // Someone who left: no photo or contact anywhere, off the team page, activities that name them warned.
            50 => ("medewerker: uit dienst", Toggle(Pick("team"), "former")),
            _ => ("nieuwe medewerker", NewPerson()),
        };
    }

    private string Pick(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(root, "input", folder), "*.md").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) return Path.Combine(root, "input", "pages", "method.md");
        return files[random.Next(files.Length)];
    }

    private string Rel(string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

    private string RandomDate()
    {
        var day = new DateOnly(2025, 1, 1).AddDays(random.Next(900));
        return random.Next(2) == 0 ? day.ToString("yyyy-MM-dd") : day.ToString("dd-MM-yyyy");
    }

    private IEnumerable<string> RandomTags() =>
        Tags.Where(_ => random.Next(3) == 0).Select(t => t.Trim().StartsWith('#') ? $"\"{t}\"" : t.Trim());

    /// <summary>Sets a key of the front matter to a value (replacing its line, or adding it before the closing ---).</summary>
    private IEnumerable<string> SetKey(string full, string key, string value)
    {
        var text = File.ReadAllText(full);
        var (head, body) = Split(text);
        var line = $"{key}: {(NeedsQuotes(value) ? Quote(value) : value)}";
        // The key's line and the indented lines under it (a list written `tags:` and `  - x` below): all of it is the value.
        var pattern = new Regex($"^{Regex.Escape(key)}:.*(?:\n[ \t]+.*)*$", RegexOptions.Multiline);
        head = pattern.IsMatch(head) ? pattern.Replace(head, line.Replace("$", "$$"), 1) : head + line + "\n";
        Write(full, "---\n" + head + "---\n" + body);
        return [Rel(full)];
    }

    private static bool NeedsQuotes(string value) => !value.StartsWith('[') && (value.Contains(':') || value.Contains('#') || value.Contains('&') || value.Contains('<'));

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private IEnumerable<string> Toggle(string full, string key)
    {
        var text = File.ReadAllText(full);
        var pattern = new Regex($"^{key}: true\\n", RegexOptions.Multiline);
        if (pattern.IsMatch(text)) Write(full, pattern.Replace(text, "", 1));
        else return SetKey(full, key, "true");
        return [Rel(full)];
    }

    private static (string Head, string Body) Split(string text)
    {
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var bodyStart = text.IndexOf('\n', end + 1) + 1;
        return (text[4..(end + 1)], bodyStart == 0 ? "" : text[bodyStart..]);
    }

    private IEnumerable<string> AppendBody(string full)
    {
        // Half of the links name another content file (../pages/contact.md), whose address a rename or the settings change.
        var target = Pick(ContentFolders[random.Next(ContentFolders.Length)]);
        var link = random.Next(2) == 0 ? "/contact/"
            : Path.GetRelativePath(Path.GetDirectoryName(full)!, target).Replace('\\', '/') + (random.Next(3) == 0 ? "#kop" : "");
        File.AppendAllText(full, $"\nEen nieuwe alinea ({_counter}) met een [link]({link}) en *nadruk*.\n");
        return [Rel(full)];
    }

    /// <summary>
    /// A link by its address to a story's page, or to the page of a story a later edit may add (<see cref="NewStory"/>):
    /// whether it leads anywhere changes when that story is deleted, renamed, added or made a draft, not this text. Written
    /// in Markdown or in pasted HTML.
    /// </summary>
    private IEnumerable<string> LinkToStory()
    {
        var full = Pick(ContentFolders[random.Next(ContentFolders.Length)]);
        var slug = random.Next(3) == 0 ? $"nieuw-{_counter + random.Next(1, 6)}"
            : Regex.Replace(Path.GetFileNameWithoutExtension(Pick("stories")), @"^\d{4}-\d{2}-\d{2}-", "");
        // Every other one as pasted HTML, whose links are kept with the rendered text too.
        File.AppendAllText(full, _counter % 2 == 0 ? $"\nLees ook [dit verhaal](/verhalen/{slug}/) ({_counter}).\n"
            : $"\n<p>Lees ook <a href=\"/verhalen/{slug}/\">dit verhaal</a> ({_counter}).</p>\n");
        return [Rel(full)];
    }

    /// <summary>
    /// A link to a story by its file name (<c>../stories/2026-03-01-x.md</c>), as an editor that shows the files makes it:
    /// a link to its page while the story is on the site, words only while it is a draft, dated ahead or without consent.
    /// </summary>
    private IEnumerable<string> LinkToStoryFile()
    {
        var full = Pick(ContentFolders[random.Next(ContentFolders.Length)]);
        var story = Path.GetFileName(Pick("stories"));
        File.AppendAllText(full, $"\nLees ook [het verhaal {_counter}](../stories/{story}).\n");
        return [Rel(full)];
    }

    /// <summary>
    /// A link by its address to a story whose front matter is then broken (it cannot be read), repaired later: no TB0129
    /// while the story has its own error, and TB0129 again when it is deleted or renamed before that.
    /// </summary>
    private IEnumerable<string> LinkToBrokenStory()
    {
        var story = Pick("stories");
        var slug = Regex.Replace(Path.GetFileNameWithoutExtension(story), @"^\d{4}-\d{2}-\d{2}-", "");
        var full = Pick(ContentFolders[random.Next(ContentFolders.Length)]);
        File.AppendAllText(full, $"\nLees ook [dat verhaal](/verhalen/{slug}/) ({_counter}).\n");
        return [Rel(full), .. Mistake(story, "title", $"[Verhaal {_counter} zonder einde")];
    }

    /// <summary>A link in a page's text to an old address: one that a redirect_from has or had, or a new one that none has yet.</summary>
    private IEnumerable<string> LinkToOldAddress()
    {
        var full = Pick("pages");
        var address = _linkedOldAddresses.Count > 0 && random.Next(2) == 0 ? _linkedOldAddresses[random.Next(_linkedOldAddresses.Count)] : $"/verhalen/oud-{_counter}/";
        if (!_linkedOldAddresses.Contains(address)) _linkedOldAddresses.Add(address);
        File.AppendAllText(full, $"\nLees ook [het oude adres]({address}) ({_counter}).\n");
        return [Rel(full)];
    }

    /// <summary>
    /// A story that has a linked old address under redirect_from loses it (the link's TB0126 becomes TB0129), or, when
    /// none has, a story gains one (TB0129 becomes TB0126): the text's warning changes with another file's front matter.
    /// </summary>
    private IEnumerable<string> LinkedOldAddress()
    {
        var stories = Directory.GetFiles(Path.Combine(root, "input", "stories"), "*.md").Order(StringComparer.Ordinal).ToArray();
        if (stories.Length == 0) return [];
        var line = new Regex(@"^redirect_from: \[/verhalen/oud-\d+/\]\n", RegexOptions.Multiline);
        var having = stories.Where(f => line.IsMatch(File.ReadAllText(f))).ToArray();
        if (having.Length > 0)
        {
            var file = having[random.Next(having.Length)];
            Write(file, line.Replace(File.ReadAllText(file), "", 1));
            return [Rel(file)];
        }
        var linked = _linkedOldAddresses.Count == 0 ? LinkToOldAddress().ToList() : [];
        return [.. linked, .. SetKey(stories[random.Next(stories.Length)], "redirect_from", $"[{_linkedOldAddresses[random.Next(_linkedOldAddresses.Count)]}]")];
    }

    private IEnumerable<string> NewStory()
    {
        var team = Directory.GetFiles(Path.Combine(root, "input", "team"), "*.md").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        var author = random.Next(3) == 0 || team.Length == 0
            ? "{ name: Ria, role: cliënt }\nconsent: " + (random.Next(2) == 0 ? "true" : "false")
            : team[random.Next(team.Length)];
        var rel = $"input/stories/2026-0{random.Next(1, 10)}-1{random.Next(10)}-nieuw-{_counter}.md";
        Write(Path.Combine(root, rel), $"---\ntitle: Nieuw verhaal {_counter}\ndate: {RandomDate()}\nauthor: {author}\ntags: [{string.Join(", ", RandomTags())}]\n---\nDit is verhaal {_counter}.\n");
        return [rel];
    }

    private IEnumerable<string> NewActivity()
    {
        var rel = $"input/activities/activiteit-{_counter}.md";
        var repeat = random.Next(3) switch { 0 => "", 1 => "repeat: { every: week, until: 2027-06-30 }\n", _ => "repeat: { every: month }\n" };
        Write(Path.Combine(root, rel), $"---\ntitle: Activiteit {_counter}\nstart: {RandomDate()} 19:30\nend: \"21:00\"\n{repeat}" +
            $"location: Buurthuis\ntags: [{string.Join(", ", RandomTags())}]\n---\nWe doen iets samen ({_counter}).\n");
        return [rel];
    }

    private IEnumerable<string> NewPerson()
    {
        var rel = $"input/team/persoon-{_counter}.md";
        Write(Path.Combine(root, rel), $"---\nname: Persoon {_counter}\nrole: Buurtwerker\norder: {random.Next(10)}\n---\nWerkt in de buurt.\n");
        return [rel];
    }

    private IEnumerable<string> Delete(string full)
    {
        _repairs.Add((full, File.ReadAllText(full), null));
        File.Delete(full);
        return [Rel(full)];
    }

    /// <summary>A file renamed: its address (and, for a service, its id) changes; renamed back later, as a writer would.</summary>
    private IEnumerable<string> Rename(string full)
    {
        var to = Path.Combine(Path.GetDirectoryName(full)!, $"hernoemd-{_counter}-{Path.GetFileName(full)}");
        _repairs.Add((full, File.ReadAllText(full), to));
        File.Move(full, to);
        return [Rel(full), Rel(to)];
    }

    private IEnumerable<string> Mistake(string full, string key, string value)
    {
        _repairs.Add((full, File.ReadAllText(full), null));
        return SetKey(full, key, value);
    }

    /// <summary>A vacancy saved in the stories folder as well (one error there), taken away again later.</summary>
    private IEnumerable<string> WrongFolder()
    {
        var vacancy = Pick("vacancies");
        var copy = Path.Combine(root, "input", "stories", $"verkeerd-{_counter}.md");
        File.Copy(vacancy, copy);
        _repairs.Add((copy, null, null));
        // A testimonial copied by Explorer too (TB0125 while both have consent: the sample's first has none, its last
        // has), taken away again later.
        var testimonials = Directory.GetFiles(Path.Combine(root, "input", "testimonials"), "*.md").Order(StringComparer.Ordinal).ToArray();
        if (testimonials.Length > 0)
        {
            var original = testimonials[_counter % 2 == 0 ? 0 : ^1];
            var twin = Path.Combine(root, "input", "testimonials", $"{Path.GetFileNameWithoutExtension(original)} ({_counter}).md");
            File.Copy(original, twin);
            _repairs.Add((twin, null, null));
            return [Rel(copy), Rel(twin)];
        }
        return [Rel(copy)];
    }

    /// <summary>A story or vacancy with neither text nor summary (a warning), put back later.</summary>
    private IEnumerable<string> NoText(string full)
    {
        var text = File.ReadAllText(full);
        _repairs.Add((full, text, null));
        var (head, _) = Split(text);
        Write(full, "---\n" + Regex.Replace(head, "^summary:.*\n", "", RegexOptions.Multiline) + "---\n");
        return [Rel(full)];
    }

    /// <summary>HTML pasted into a text with an image of the site and no alt (a warning), put back later.</summary>
    private IEnumerable<string> ImageWithoutAlt(string full)
    {
        var text = File.ReadAllText(full);
        _repairs.Add((full, text, null));
        var image = Directory.GetFiles(Path.Combine(root, "input", "assets", "img"), "*.png").Order(StringComparer.Ordinal).First();
        File.AppendAllText(full, $"\n<p><img src=\"/assets/img/{Path.GetFileName(image)}\"></p>\n");
        return [Rel(full)];
    }

    private IEnumerable<string> BrokenTemplate()
    {
        var full = Path.Combine(root, "themes", "default", "partials", "footer.sbn-html");
        _repairs.Add((full, File.ReadAllText(full), null));
        File.AppendAllText(full, "{{ if }}");
        return [Rel(full)];
    }

    private IEnumerable<string> Repair()
    {
        var i = random.Next(_repairs.Count);
        var (full, text, remove) = _repairs[i];
        // What was saved of this file after this point holds the mistake undone here (a second mistake in the same file):
        // put back later, it would break the file again for good.
        for (var later = _repairs.Count - 1; later > i; later--)
            if (_repairs[later].Path == full || _repairs[later].Path == remove) _repairs.RemoveAt(later);
        _repairs.RemoveAt(i);
        if (text is null) File.Delete(full);
        else Write(full, text);
        if (remove is null) return [Rel(full)];
        File.Delete(remove);
        return [Rel(full), Rel(remove)];
    }

    /// <summary>A page's title or description, or its name and place in the menu (which every page shows, and the
    /// breadcrumbs of service and author pages).</summary>
    private IEnumerable<string> PageEdit() => random.Next(4) switch
    {
        0 => SetKey(Pick("pages"), "title", $"Pagina {_counter}"),
        1 => SetKey(Pick("pages"), "description", $"Pagina {_counter}"),
        2 => SetKey(Pick("pages"), "menu_title", $"Menu {_counter}"),
        _ => SetKey(Pick("pages"), "order", random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    private IEnumerable<string> Settings()
    {
        var full = Path.Combine(root, "statiq.config");
        var text = File.ReadAllText(full);
        text = random.Next(5) switch
        {
            4 => Regex.Replace(text, "^  contact: .*$", $"  contact: {{ title: Contact, url: /contact-{_counter}/ }}", RegexOptions.Multiline),
            0 => Regex.Replace(text, "^tagline: .*$", $"tagline: Wij helpen iedereen, versie {_counter}.", RegexOptions.Multiline),
            1 => Regex.Replace(text, "^  primary: .*$", $"  primary: \"#0b5f{random.Next(16, 99)}\"", RegexOptions.Multiline),
            2 => Regex.Replace(text, "^  items: .*$", $"  items: {random.Next(2, 30)}", RegexOptions.Multiline),
            _ => Regex.Replace(text, "^  phone: .*$", $"  phone: 020 123 45 {random.Next(10, 99)}", RegexOptions.Multiline),
        };
        Write(full, text);
        return ["statiq.config"];
    }

    /// <summary>A data file nested 14 levels deep, and a footer override that shows its deepest value.</summary>
    private IEnumerable<string> DataFile()
    {
        var yaml = new StringBuilder();
        for (var depth = 0; depth < 14; depth++) yaml.Append(new string(' ', depth * 2)).Append($"n{depth}:\n");
        yaml.Append(new string(' ', 28)).Append($"waarde: \"diep {_counter}\"\n");
        Write(Path.Combine(root, "input", "data", "buurt.yml"), yaml.ToString());
        var path = string.Join(".", Enumerable.Range(0, 14).Select(d => $"n{d}"));
        var probe = Path.Combine(root, "overrides", "partials", "data-probe.sbn-html");
        if (File.Exists(probe)) return ["input/data/buurt.yml"]; // only the deep value changes
        Write(probe, $"<p class=\"probe\">{{{{ site.data.buurt.{path}.waarde }}}}</p>\n");
        return ["input/data/buurt.yml", Rel(probe), .. IncludeProbe("data-probe")];
    }

    /// <summary>The case of a partial included twice with a list changed in between (the memo kept the first value).</summary>
    private IEnumerable<string> RepeatedPartial()
    {
        var probe = Path.Combine(root, "overrides", "partials", "item-probe.sbn-html");
        Write(probe, "<i>{{ items[0] }}</i>");
        var caller = Path.Combine(root, "overrides", "partials", "items.sbn-html");
        Write(caller, $"{{{{ items = [\"a{_counter}\"] }}}}{{{{ include \"partials/item-probe\" }}}}{{{{ items[0] = \"b{_counter}\" }}}}{{{{ include \"partials/item-probe\" }}}}");
        return [Rel(probe), Rel(caller), .. IncludeProbe("items")];
    }

    /// <summary>Makes the theme's footer include a probe partial (once).</summary>
    private IEnumerable<string> IncludeProbe(string name)
    {
        var footer = Path.Combine(root, "themes", "default", "partials", "footer.sbn-html");
        var text = File.ReadAllText(footer);
        var include = $"{{{{ include \"partials/{name}\" }}}}";
        if (text.Contains(include, StringComparison.Ordinal)) return [];
        Write(footer, text + include + "\n");
        return [Rel(footer)];
    }

    private IEnumerable<string> AppendTheme(string relative)
    {
        var full = Path.Combine(root, "themes", "default", relative);
        if (!File.Exists(full)) return [];
        File.AppendAllText(full, $"<!-- wijziging {_counter} -->\n");
        return [Rel(full)];
    }

    private IEnumerable<string> AppendCss()
    {
        var full = random.Next(2) == 0
            ? Path.Combine(root, "themes", "default", "assets", "css", "site.css")
            : Path.Combine(root, "overrides", "assets", "css", "extra.css");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.AppendAllText(full, $"/* {_counter} */ .x{_counter} {{ color: #123; }}\n");
        return [Rel(full)];
    }

    /// <summary>Adds an override of the plain page layout, or removes it again.</summary>
    private IEnumerable<string> ToggleOverride()
    {
        var full = Path.Combine(root, "overrides", "layouts", "page.sbn-html");
        if (File.Exists(full)) File.Delete(full);
        else Write(full, File.ReadAllText(Path.Combine(root, "themes", "default", "layouts", "page.sbn-html")) + $"<!-- override {_counter} -->\n");
        return [Rel(full)];
    }

    /// <summary>A new image used as a story's cover, or a story's cover pointing at an image that is not there.</summary>
    private IEnumerable<string> Image()
    {
        var images = Directory.GetFiles(Path.Combine(root, "input", "assets", "img"), "*.png").Order(StringComparer.Ordinal).ToArray();
        var story = Pick("stories");
        var copy = Path.Combine(root, "input", "assets", "img", $"nieuw-{_counter}.png");
        File.Copy(images[random.Next(images.Length)], copy);
        return [Rel(copy), .. SetKey(story, "image", $"/assets/img/nieuw-{_counter}.png"), .. SetKey(story, "image_alt", $"Foto {_counter}")];
    }

    /// <summary>A story or vacancy gets an old address, or loses it: the first one is its id in every feed.</summary>
    private IEnumerable<string> OldAddress()
    {
        var (folder, section) = random.Next(2) == 0 ? ("stories", "verhalen") : ("vacancies", "vacatures");
        var file = Pick(folder);
        if (random.Next(3) == 0 && File.ReadAllText(file).Contains("\nredirect_from:", StringComparison.Ordinal))
        {
            Write(file, Regex.Replace(File.ReadAllText(file), "^redirect_from:.*\n", "", RegexOptions.Multiline));
            return [Rel(file)];
        }
        return SetKey(file, "redirect_from", $"[/{section}/oud-{_counter}/, /{section}/ouder-{_counter}/]");
    }

    /// <summary>A photo at the top of a text: the feed item's image when the story has no cover image.</summary>
    private IEnumerable<string> PhotoInText()
    {
        // A PNG, or a WebP (of which feeds give a JPEG) once there is one.
        var images = Directory.GetFiles(Path.Combine(root, "input", "assets", "img"))
            .Where(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith(".webp", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var file = Pick(random.Next(3) == 0 ? "vacancies" : "stories");
        var (head, body) = Split(File.ReadAllText(file));
        Write(file, "---\n" + head + "---\n" + $"![Foto {_counter} bij de tekst](/assets/img/{Path.GetFileName(images[random.Next(images.Length)])})\n\n" + body);
        return [Rel(file)];
    }

    /// <summary>An image replaced by another under the same name: feeds give its size, which changes.</summary>
    private IEnumerable<string> ReplaceImage()
    {
        var images = Directory.GetFiles(Path.Combine(root, "input", "assets", "img"), "*.png").Order(StringComparer.Ordinal).ToArray();
        var (from, to) = (images[random.Next(images.Length)], images[random.Next(images.Length)]);
        if (from == to) return [];
        File.Copy(from, to, overwrite: true);
        return [Rel(to)];
    }

    /// <summary>
    /// A GIF or AVIF with a place and a name in it, or a phone video with its place, added or replaced under one of two
    /// names and shown or linked in a story: each is published without its metadata, the video as a copy in the cache.
    /// </summary>
    private IEnumerable<string> MediaWithMetadata()
    {
        var folder = Path.Combine(root, "input", "assets", "media");
        Directory.CreateDirectory(folder);
        var kind = random.Next(3);
        var name = $"media-{random.Next(2)}" + (kind switch { 0 => ".gif", 1 => ".avif", _ => ".mp4" });
        var full = Path.Combine(folder, name);
        File.WriteAllBytes(full, kind == 2
            ? Images.TestImages.PhoneVideo(withMetadata: random.Next(4) > 0, frames: 1000 + _counter)
            : File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Images", "Files", kind == 0 ? "locatie.gif" : "locatie.avif")));
        var story = Pick("stories");
        File.AppendAllText(story, kind == 2 ? $"\n[De video {_counter}](/assets/media/{name})\n" : $"\n![Beeld {_counter}](/assets/media/{name})\n");
        return [Rel(full), Rel(story)];
    }

    /// <summary>
    /// A story or vacancy gets a WebP cover, sometimes wider than feeds take (feeds give a JPEG of it, made only for
    /// them), or an SVG one (feeds give its share card); or a WebP is replaced by another picture under the same name,
    /// whose JPEG must then be made again rather than found in the cache.
    /// </summary>
    private IEnumerable<string> FeedCover()
    {
        var folder = Path.Combine(root, "input", "assets", "img");
        var webps = Directory.GetFiles(folder, "*.webp").Order(StringComparer.Ordinal).ToArray();
        var pngs = Directory.GetFiles(folder, "*.png").Order(StringComparer.Ordinal).ToArray();
        var file = Pick(random.Next(3) == 0 ? "vacancies" : "stories");
        if (random.Next(4) == 0) return [.. SetKey(file, "image", "/assets/img/logo.svg"), .. SetKey(file, "image_alt", $"Tekening {_counter}")];
        var replace = webps.Length > 0 && random.Next(2) == 0;
        var target = replace ? webps[random.Next(webps.Length)] : Path.Combine(folder, $"omslag-{_counter}.webp");
        using (var png = SkiaSharp.SKBitmap.Decode(pngs[random.Next(pngs.Length)]))
        using (var scaled = png.Resize(new SkiaSharp.SKImageInfo(png.Width * 3 / 2, png.Height * 3 / 2), SkiaSharp.SKSamplingOptions.Default))
        using (var data = (random.Next(2) == 0 ? png : scaled).Encode(SkiaSharp.SKEncodedImageFormat.Webp, 60 + random.Next(30)))
            File.WriteAllBytes(target, data.ToArray());
        if (replace) return [Rel(target)];
        return [Rel(target), .. SetKey(file, "image", $"/assets/img/{Path.GetFileName(target)}"), .. SetKey(file, "image_alt", $"Foto {_counter}")];
    }

    private static void Write(string full, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }
}
