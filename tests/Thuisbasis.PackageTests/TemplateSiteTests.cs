using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.PackageTests;

/// <summary>A site made with <c>dotnet new thuisbasis</c> from the packed template, built and previewed as its README says.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class TemplateSiteTests(PackageFeed feed)
{
    internal const string Today = "2026-11-23";

    [Fact]
    public void TheToolEveryWayAndDotnetRunBuildTheTemplateSiteToTheByteAsThisRepositoryBuildsItsSample()
    {
        var site = feed.DefaultSite;
        foreach (var absent in new[] { "src", "tests", "bench", "themes", "Site.sln" })
            Assert.False(Path.Exists(Path.Combine(site, absent)), $"the site has {absent}");
        var outputs = Path.Combine(feed.Work, "outputs-default");

        var tool = feed.Dotnet(site, "thuisbasis", "build", "--date", Today, "--output", Path.Combine(outputs, "tool"));
        Assert.True(tool.Code == 0, tool.Text);
        // As a local tool it is on no path: a hint names `dotnet thuisbasis`, what the writer typed.
        var unknown = feed.Dotnet(site, "thuisbasis", "bouw");
        Assert.True(unknown.Code == 2 && unknown.Text.Contains("Typ `dotnet thuisbasis --help` voor de mogelijkheden."), unknown.Text);
        // The command the README documents: the program started directly, fetched into the site the first time.
        var script = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today, "--output", Path.Combine(outputs, "script")], site, feed.Variables);
        Assert.True(script.Code == 0, script.Text);
        Assert.True(File.Exists(Path.Combine(site, ".thuisbasis", "programma", feed.Current, OperatingSystem.IsWindows() ? "thuisbasis.exe" : "thuisbasis")), script.Text);
        // It started once after it was fetched, and says so, so later commands start it without trying first.
        Assert.True(File.Exists(Path.Combine(site, ".thuisbasis", "programma", feed.Current, ".start-ok")), script.Text);
        var run = feed.Dotnet(site, "run", "--", "build", "--date", Today, "--output", Path.Combine(outputs, "run"));
        Assert.True(run.Code == 0, run.Text);
        var repo = Tools.Run(Tools.DotnetHost(), [Tools.RepositorySiteDll(), "build", "--root", Tools.RepositoryRoot(), "--date", Today,
            "--output", Path.Combine(outputs, "repository")], feed.Work);
        Assert.True(repo.Code == 0, repo.Text);

        // The tool installed globally (into a folder of its own here) and run once with dnx: the same program.
        var toolPath = Path.Combine(feed.Work, "global-tools");
        var install = feed.Dotnet(site, "tool", "install", "thuisbasis", "--version", feed.Current, "--tool-path", toolPath);
        Assert.True(install.Code == 0, install.Text);
        var installed = Tools.Run(Path.Combine(toolPath, OperatingSystem.IsWindows() ? "thuisbasis.exe" : "thuisbasis"),
            ["build", "--date", Today, "--output", Path.Combine(outputs, "installed")], site, feed.Variables);
        Assert.True(installed.Code == 0, installed.Text);
        // Installed with a folder of its own it is started by its name, and its hints say so.
        var installedUnknown = Tools.Run(Path.Combine(toolPath, OperatingSystem.IsWindows() ? "thuisbasis.exe" : "thuisbasis"), ["bouw"], site, feed.Variables);
        Assert.True(installedUnknown.Code == 2 && installedUnknown.Text.Contains("Typ `thuisbasis --help` voor de mogelijkheden."), installedUnknown.Text);
        var dnx = feed.Dotnet(site, "dnx", $"thuisbasis@{feed.Current}", "--yes", "build", "--date", Today, "--output", Path.Combine(outputs, "dnx"));
        Assert.True(dnx.Code == 0, dnx.Text);

        Tools.SameTree(Path.Combine(outputs, "repository"), Path.Combine(outputs, "tool"), "the tool's build and this repository's");
        Tools.SameTree(Path.Combine(outputs, "repository"), Path.Combine(outputs, "script"), "thuisbasis.sh's build and this repository's");
        Tools.SameTree(Path.Combine(outputs, "repository"), Path.Combine(outputs, "installed"), "the installed tool's build and this repository's");
        Tools.SameTree(Path.Combine(outputs, "repository"), Path.Combine(outputs, "dnx"), "dnx's build and this repository's");
        Tools.SameTree(Path.Combine(outputs, "repository"), Path.Combine(outputs, "run"), "dotnet run's build and this repository's");
        // Site.csproj took the engine's version from the tool manifest, the site's one version number.
        Assert.Contains($"\"Thuisbasis.Cli/{feed.Current}\"", File.ReadAllText(Path.Combine(site, "obj", "project.assets.json")));
    }

    [Fact]
    public async Task TheTemplateSitesPreviewServesItsHomePageWithDotnetRunAndWithTheTool()
    {
        // A real organisation's name: an apostrophe at the start and quotes inside, both special in YAML.
        const string name = "'t Buurthuis \"De Linde\"";
        var site = feed.NewSite("de-linde", previous: false,
            "--organisatie", name, "--webadres", "https://www.delinde.example", "--telefoon", "030 765 43 21");
        var settings = Yaml(Path.Combine(site, "statiq.config"));
        Assert.Equal(name, Scalar(settings, "name"));
        Assert.Equal(name, Scalar(settings, "logo_alt"));
        Assert.Equal("https://www.delinde.example", Scalar(settings, "url"));
        Assert.Equal("030 765 43 21", Scalar((YamlMappingNode)settings.Children[new YamlScalarNode("contact")], "phone"));
        var home = File.ReadAllText(Path.Combine(site, "input", "pages", "home.md")).Split("---\n")[1];
        var frontMatter = new YamlStream();
        frontMatter.Load(new StringReader(home));
        Assert.Equal("Welkom bij " + name, Scalar((YamlMappingNode)frontMatter.Documents[0].RootNode, "title"));
        var restore = feed.Dotnet(site, "tool", "restore");
        Assert.True(restore.Code == 0, restore.Text);

        var port = Tools.FreePort();
        var viaRun = await Tools.FirstPageOf(Tools.DotnetHost(), ["run", "--", "preview", "--port", port.ToString()], site, feed.Variables, port);
        AssertHomePage(viaRun);
        port = Tools.FreePort();
        var viaTool = await Tools.FirstPageOf(Tools.DotnetHost(), ["thuisbasis", "preview", "--port", port.ToString()], site, feed.Variables, port);
        AssertHomePage(viaTool);

        static void AssertHomePage(string html)
        {
            var page = new HtmlParser().ParseDocument(html);
            Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
            Assert.StartsWith(name + " – ", page.Title);
            Assert.Equal("Welkom bij " + name, Assert.Single(page.QuerySelectorAll("h1")).TextContent);
            var calls = page.QuerySelectorAll("a[href^='tel:']");
            Assert.Contains(calls, a => a.TextContent == "030 765 43 21"); // home.md's own text
            Assert.All(calls, a => Assert.Equal("tel:+31307654321", a.GetAttribute("href")));
        }
    }

    [Fact]
    public void ANameWithMarkdownCharactersIsShownAsTypedAndAWebAddressWithCapitalsGetsALowerCaseHost()
    {
        // `*…*` is emphasis and `[…]` a link in Markdown, `_` too can be, `<b>` is HTML; the `&` and the brackets mean
        // something in YAML. The address as someone copies it from a letterhead.
        const string name = "Buurt*kracht* & [Zorg]_Noord <b>";
        var site = feed.NewSite("buurt-noord", previous: false,
            "--organisatie", name, "--webadres", "https://WWW.Buurtkracht-Noord.NL", "--telefoon", "020 765 43 21");
        const string url = "https://www.buurtkracht-noord.nl";
        var settings = Yaml(Path.Combine(site, "statiq.config"));
        Assert.Equal(name, Scalar(settings, "name"));
        Assert.Equal(name, Scalar(settings, "logo_alt"));
        Assert.Equal(url, Scalar(settings, "url"));
        Assert.Equal("info@buurtkracht-noord.nl", Scalar((YamlMappingNode)settings.Children[new YamlScalarNode("contact")], "email"));
        var frontMatter = new YamlStream();
        frontMatter.Load(new StringReader(File.ReadAllText(Path.Combine(site, "input", "pages", "home.md")).Split("---\n")[1]));
        Assert.Equal("Welkom bij " + name, Scalar((YamlMappingNode)frontMatter.Documents[0].RootNode, "title"));
        // In the Markdown the writers read (README, guide) a \ before each character that would be markup.
        Assert.Equal(@"# De website van Buurt\*kracht\* & \[Zorg\]\_Noord \<b>", File.ReadLines(Path.Combine(site, "README.md")).First());

        var output = Path.Combine(feed.Work, "outputs-buurt-noord");
        var run = feed.Dotnet(site, "run", "--", "build", "--date", Today, "--output", output);
        Assert.True(run.Code == 0, run.Text);
        var parser = new HtmlParser();
        IHtmlDocument Page(string path) => parser.ParseDocument(File.ReadAllText(Path.Combine(output, path)));

        var home = Page("index.html");
        Assert.Equal("Welkom bij " + name, Assert.Single(home.QuerySelectorAll("h1")).TextContent);
        Assert.StartsWith(name + " – ", home.Title);
        var text = home.QuerySelectorAll("p").Single(p => p.TextContent.Contains("Bij " + name + " kunt u terecht.", StringComparison.Ordinal));
        Assert.Equal(["A"], text.Children.Select(c => c.TagName)); // the phone link, nothing made of the name
        Assert.Equal(url + "/", home.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        // A paragraph that begins with the name, and a heading that ends with it.
        var about = Page(Path.Combine("over-ons", "index.html")).QuerySelectorAll("p")
            .Single(p => p.TextContent.StartsWith(name + " is een welzijnsorganisatie", StringComparison.Ordinal));
        Assert.Empty(about.Children);
        var heading = Page(Path.Combine("extra", "index.html")).QuerySelectorAll("h2").Single(h => h.TextContent == "Werken bij " + name);
        Assert.Empty(heading.Children);
        // Nowhere did the name become markup: no <b> from it, no emphasis of "kracht", no link "Zorg".
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Select(f => parser.ParseDocument(File.ReadAllText(f))).ToList();
        Assert.True(pages.Count > 40, $"only {pages.Count} pages were made");
        Assert.True(pages.Count(p => p.Body!.TextContent.Contains(name, StringComparison.Ordinal)) > 15, "the name is on too few pages as typed");
        Assert.All(pages, p => Assert.Empty(p.QuerySelectorAll("b")));
        Assert.All(pages, p => Assert.DoesNotContain(p.QuerySelectorAll("em, strong, a"), e => e.TextContent is "kracht" or "Zorg"));
        // The site's own links and its e-mail addresses have the host in lower case.
        var links = pages.SelectMany(p => p.QuerySelectorAll("a[href], link[href]")).Select(e => e.GetAttribute("href")!)
            .Where(h => Uri.TryCreate(h, UriKind.Absolute, out var u) && u.Host.Equals("www.buurtkracht-noord.nl", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Contains(url + "/contact/", links); // the volunteer vacancy's apply_url
        Assert.All(links, href => Assert.StartsWith(url + "/", href, StringComparison.Ordinal));
        var mails = Page(Path.Combine("contact", "index.html")).QuerySelectorAll("a[href^='mailto:']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("mailto:info@buurtkracht-noord.nl", mails);
        Assert.All(mails, m => Assert.EndsWith("@buurtkracht-noord.nl", m.Split('?')[0], StringComparison.Ordinal));
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(output, "sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, l => Assert.StartsWith(url + "/", l, StringComparison.Ordinal));

        // Only the host: a path after it stays as typed.
        var withPath = feed.NewSite("met-pad", previous: false, "--webadres", " WWW.Buurtkracht-Noord.NL/Oost/ ");
        Assert.Equal(url + "/Oost", Scalar(Yaml(Path.Combine(withPath, "statiq.config")), "url"));
    }

    [Fact]
    public void WhereTheNativeProgramDoesNotStartTheScriptFetchesTheVersionThatRunsOnDotnetAndBuildsTheSameSite()
    {
        var site = feed.NewSite("oude-computer");
        // What `dotnet tool install` leaves on a linux-x64 machine whose glibc is older than the native program needs.
        var folder = Path.Combine(site, ".thuisbasis", "programma", feed.Current);
        Directory.CreateDirectory(folder);
        var native = Path.Combine(folder, "thuisbasis");
        File.WriteAllText(native, "#!/bin/sh\necho \"thuisbasis: /lib/x86_64-linux-gnu/libc.so.6: version \\`GLIBC_2.34' not found (required by thuisbasis)\" >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(native, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var outputs = Path.Combine(feed.Work, "outputs-fallback");

        var first = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today, "--output", Path.Combine(outputs, "first")], site, feed.Variables);
        Assert.True(first.Code == 0, first.Text);
        Assert.Contains("Het kant-en-klare programma thuisbasis start niet op deze computer: thuisbasis: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by thuisbasis).", first.Text);
        Assert.Contains("De versie die via .NET draait, wordt opgehaald", first.Text);
        Assert.True(Directory.Exists(Path.Combine(folder, ".store", "thuisbasis.any")), first.Text);
        Assert.True(File.Exists(Path.Combine(folder, ".start-ok")), first.Text);
        // What it fetched has SkiaSharp's native library for each platform, without the Windows debug symbols beside
        // them (they made the package 166 MB instead of 93).
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed.Feed, $"thuisbasis.any.{feed.Current}.nupkg")))
        {
            var names = package.Entries.Select(e => e.FullName).ToList();
            Assert.Contains(names, n => n.EndsWith("/runtimes/win-x64/native/libSkiaSharp.dll", StringComparison.Ordinal));
            Assert.Contains(names, n => n.EndsWith("/runtimes/linux-arm64/native/libSkiaSharp.so", StringComparison.Ordinal));
            Assert.DoesNotContain(names, n => n.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase));
        }

        // The next command starts it straight away: nothing is fetched or tried again.
        var second = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today, "--output", Path.Combine(outputs, "second")], site, feed.Variables);
        Assert.True(second.Code == 0, second.Text);
        Assert.DoesNotContain("opgehaald", second.Text);
        Assert.DoesNotContain("start niet", second.Text);

        var repo = Tools.Run(Tools.DotnetHost(), [Tools.RepositorySiteDll(), "build", "--root", Tools.RepositoryRoot(), "--date", Today,
            "--output", Path.Combine(outputs, "repository")], feed.Work);
        Assert.True(repo.Code == 0, repo.Text);
        Tools.SameTree(Path.Combine(outputs, "repository"), Path.Combine(outputs, "first"), "the fallback program's build and this repository's");
        Tools.SameTree(Path.Combine(outputs, "repository"), Path.Combine(outputs, "second"), "the fallback program's second build and this repository's");
    }

    [Fact]
    public void ASiteMadeWithThePreviousVersionUpgradesByItsOneVersionNumberAndHearsOfTheRenamedSetting()
    {
        var site = feed.NewSite("van-vroeger", previous: true);
        var manifestPath = Path.Combine(site, ".config", "dotnet-tools.json");
        var manifest = File.ReadAllText(manifestPath);
        Assert.Contains($"\"version\": \"{feed.Previous}\"", manifest);
        // The site used the setting's old name.
        var config = Path.Combine(site, "statiq.config");
        var lines = File.ReadAllLines(config).ToList();
        var itemsLine = lines.FindIndex(l => l == "  items: 20");
        Assert.True(itemsLine >= 0, "statiq.config has no `  items: 20` line under feeds:");
        lines[itemsLine] = "  count: 20";
        File.WriteAllLines(config, lines);
        var before = feed.Dotnet(site, "tool", "restore");
        Assert.True(before.Code == 0, before.Text);
        var old = feed.Dotnet(site, "thuisbasis", "build", "--date", Today);
        Assert.True(old.Code == 0, old.Text);
        var oldScript = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today, "--output", Path.Combine(site, "output-script")], site, feed.Variables);
        Assert.True(oldScript.Code == 0, oldScript.Text);
        var programs = Path.Combine(site, ".thuisbasis", "programma");
        Assert.Equal([feed.Previous], Directory.GetDirectories(programs).Select(Path.GetFileName));

        // Upgrading is the one version number.
        File.WriteAllText(manifestPath, manifest.Replace(feed.Previous, feed.Current));
        var restore = feed.Dotnet(site, "tool", "restore");
        Assert.True(restore.Code == 0, restore.Text);
        var expected = new Regex($@"^statiq\.config\({itemsLine + 1},3\): warning TB0280: `feeds\.count` heet sinds Thuisbasis 0\.1\.0 `feeds\.items`\. Schrijf `items:` in plaats van `count:`", RegexOptions.Multiline);
        var tool = feed.Dotnet(site, "thuisbasis", "build", "--date", Today);
        Assert.True(tool.Code == 0, tool.Text);
        Assert.Matches(expected, tool.Text);
        var run = feed.Dotnet(site, "run", "--", "build", "--date", Today, "--output", Path.Combine(site, "output-run"));
        Assert.True(run.Code == 0, run.Text);
        Assert.Matches(expected, run.Text);
        Assert.Contains($"\"Thuisbasis.Cli/{feed.Current}\"", File.ReadAllText(Path.Combine(site, "obj", "project.assets.json")));
        // thuisbasis.sh follows the manifest on its own: it fetches the new version and drops the old one.
        var script = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today, "--output", Path.Combine(site, "output-script")], site, feed.Variables);
        Assert.True(script.Code == 0, script.Text);
        Assert.Matches(expected, script.Text);
        Assert.Equal([feed.Current], Directory.GetDirectories(programs).Select(Path.GetFileName));

        // Written as the message says, the warning is gone.
        lines[itemsLine] = "  items: 20";
        File.WriteAllLines(config, lines);
        var fixedBuild = feed.Dotnet(site, "thuisbasis", "build", "--date", Today);
        Assert.True(fixedBuild.Code == 0, fixedBuild.Text);
        Assert.DoesNotContain("TB0280", fixedBuild.Text);
    }

    [Fact]
    public void AVersionNumberThatCannotBeFetchedGetsAPlainDutchMessageAndTheProgramThatWorkedStays()
    {
        var site = feed.NewSite("onbekende-versie");
        var first = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today], site, feed.Variables);
        Assert.True(first.Code == 0, first.Text);
        var manifestPath = Path.Combine(site, ".config", "dotnet-tools.json");
        var manifest = File.ReadAllText(manifestPath);

        // A typo in the one version number (or a version not published yet): not in the feed.
        File.WriteAllText(manifestPath, manifest.Replace(feed.Current, "9.9.9"));
        var typo = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today], site, feed.Variables);
        Assert.Equal(1, typo.Code);
        Assert.Contains("Thuisbasis 9.9.9 kon niet worden opgehaald.", typo.Text);
        Assert.Contains("Kijk of het versienummer in .config/dotnet-tools.json klopt", typo.Text);
        Assert.Contains($"De versie die u hiervoor gebruikte ({feed.Current}) staat er nog: zet dat nummer terug om verder te werken.", typo.Text);
        Assert.DoesNotContain("   at ", typo.Text);
        Assert.True(File.Exists(Path.Combine(site, ".thuisbasis", "programma", feed.Current, ".start-ok")), "the program that worked was removed");

        // No .NET SDK on this computer: only bash and the commands the script itself uses are on the PATH.
        var bin = Path.Combine(feed.Work, "alleen-bash");
        Directory.CreateDirectory(bin);
        foreach (var program in new[] { "bash", "rm" })
            if (!File.Exists(Path.Combine(bin, program))) File.CreateSymbolicLink(Path.Combine(bin, program), Which(program));
        var withoutDotnet = new Dictionary<string, string>(feed.Variables) { ["PATH"] = bin };
        var noSdk = Tools.Run(Path.Combine(bin, "bash"), ["thuisbasis.sh", "build", "--date", Today], site, withoutDotnet);
        Assert.Equal(1, noSdk.Code);
        Assert.Contains("Om Thuisbasis 9.9.9 op te halen is de .NET 10 SDK nodig, en die staat niet op deze computer.", noSdk.Text);
        Assert.Contains("https://dotnet.microsoft.com/download", noSdk.Text);
        Assert.DoesNotContain("command not found", noSdk.Text);

        // Back to the version that worked: it starts straight away, nothing fetched.
        File.WriteAllText(manifestPath, manifest);
        var back = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today], site, feed.Variables);
        Assert.True(back.Code == 0, back.Text);
        Assert.DoesNotContain("opgehaald", back.Text);

        static string Which(string program) =>
            new[] { "/usr/bin", "/bin", "/usr/local/bin" }.Select(d => Path.Combine(d, program)).First(File.Exists);
    }

    [Fact]
    public void AThemeFileCopiedWithOverrideIsUsedAndAMistakeInItIsShownInTheSitesOwnFileNotInsideTheProgram()
    {
        var site = feed.NewSite("eigen-opmaak");
        Assert.False(Directory.Exists(Path.Combine(site, "themes")));
        // The tool (fetched into .thuisbasis/programma/ by the script) and the package host (dotnet run) both have the theme.
        var viaScript = Tools.Run("bash", ["thuisbasis.sh", "override", "partials/footer.sbn-html"], site, feed.Variables);
        Assert.True(viaScript.Code == 0, viaScript.Text);
        // Without a name, the list; a word it does not know, the hint names the command the writer typed.
        var list = Tools.Run("bash", ["thuisbasis.sh", "override"], site, feed.Variables);
        Assert.True(list.Code == 0 && list.Text.Contains("`bash thuisbasis.sh override assets/css/site.css`"), list.Text);
        var unknown = Tools.Run("bash", ["thuisbasis.sh", "bouw"], site, feed.Variables);
        Assert.True(unknown.Code == 2 && unknown.Text.Contains("Typ `bash thuisbasis.sh --help` voor de mogelijkheden."), unknown.Text);
        var viaRun = feed.Dotnet(site, "run", "--", "override", "assets/css/site.css");
        Assert.True(viaRun.Code == 0, viaRun.Text);
        Assert.True(File.Exists(Path.Combine(site, "overrides", "assets", "css", "site.css")), viaRun.Text);
        var footer = Path.Combine(site, "overrides", "partials", "footer.sbn-html");
        var lines = File.ReadAllLines(footer).ToList();
        var phone = lines.FindIndex(l => l.Contains("phone_link c.phone", StringComparison.Ordinal));
        Assert.True(phone >= 0, "the footer has no phone_link c.phone");
        lines[phone] = lines[phone].Replace("phone_link c.phone", "telefoon_link c.phone");
        File.WriteAllLines(footer, lines);

        var build = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today], site, feed.Variables);
        Assert.Equal(1, build.Code);
        Assert.Matches($@"overrides/partials/footer\.sbn-html\({phone + 1},\d+\): The function `telefoon_link` was not found", build.Text);
        Assert.DoesNotContain(".thuisbasis/", build.Text);

        // An `if` without its `end`: the message names the layout that includes the partial, as the built-in theme's.
        File.WriteAllText(footer, "{{ if site }}<footer></footer>\n");
        var unclosed = Tools.Run("bash", ["thuisbasis.sh", "build", "--date", Today], site, feed.Variables);
        Assert.Equal(1, unclosed.Code);
        Assert.Contains("(ingebouwd thema)/layouts/base.sbn-html(", unclosed.Text);
        Assert.Contains("overrides/partials/footer.sbn-html(", unclosed.Text);
        Assert.DoesNotContain(".thuisbasis/", unclosed.Text);
    }

    internal static YamlMappingNode Yaml(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    internal static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;
}
