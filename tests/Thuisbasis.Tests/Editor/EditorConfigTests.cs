using Thuisbasis.Content;
using Thuisbasis.Content.Model;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;
using YamlDotNet.RepresentationModel;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Tests.Editor;

/// <summary>The web editor in a build: only with <c>editor:</c> in production, and its configuration made from the content model.</summary>
public sealed class EditorConfigTests
{
    private const string EditorSettings = """

        editor:
          backend: github
          repo: buurtkracht/website
          branch: main
        """;

    private static FixtureSite SiteWithEditor()
    {
        var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + EditorSettings);
        site.Write("input/services/taalcafe.md", "---\ntitle: Taalcafé\nsummary: Samen Nederlands praten.\n---\nElke week.\n");
        site.Write("input/stories/2026-01-10-markt.md", "---\ntitle: Naar de markt\ndate: 2026-01-10\nauthor: anouk-visser\ntags: [mantelzorg, buurt]\n---\nTekst.\n");
        return site;
    }

    private static YamlMappingNode Config(BuildResult result)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(result.Text("admin/config.yml")));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlNode map, string key) =>
        ((YamlMappingNode)map).Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;

    private static YamlSequenceNode Sequence(YamlNode map, string key) => (YamlSequenceNode)((YamlMappingNode)map).Children[new YamlScalarNode(key)];

    /// <summary>
    /// Every collection names the photo folder itself, in the preview and online, so Decap lists the photos when an entry
    /// opens: a new entry from a bookmark had none in its media library (online too, an outside test found). The folder and
    /// the address in the entry are the same as the site-wide ones.
    /// </summary>
    [Fact]
    public void ThePreviewsAndTheOnlineEditorNameThePhotoFolderInEachCollection()
    {
        using var site = SiteWithEditor();
        var result = site.Build();
        Assert.Empty(result.Diagnostics);

        foreach (var local in new[] { true, false })
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(Thuisbasis.Editor.EditorConfig.Yaml(result.Site!, local)));
            var config = (YamlMappingNode)yaml.Documents[0].RootNode;
            Assert.Equal(("input/assets/img", "/assets/img"), (Scalar(config, "media_folder"), Scalar(config, "public_folder")));
            foreach (var collection in Sequence(config, "collections"))
                Assert.Equal(("/input/assets/img", "/assets/img"), (Scalar(collection, "media_folder"), Scalar(collection, "public_folder")));
        }
    }

    [Fact]
    public void AProductionBuildWithoutEditorSettingsHasNoAdmin()
    {
        using var site = new FixtureSite();
        var result = site.Build();

        Assert.False(result.Diagnostics.Any(d => d.IsError), result.Describe());
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("admin/", StringComparison.Ordinal));
        Assert.DoesNotContain("/admin/", result.Text("_headers"));
    }

    [Fact]
    public void WithEditorSettingsTheConfigMarksExactlyTheModelsRequiredKeysRequired()
    {
        using var site = SiteWithEditor();
        var result = site.Build();
        Assert.Empty(result.Diagnostics);

        var config = Config(result);
        var backend = ((YamlMappingNode)config)["backend"];
        Assert.Equal("github", Scalar(backend, "name"));
        Assert.Equal("buurtkracht/website", Scalar(backend, "repo"));
        Assert.Equal("editorial_workflow", Scalar(config, "publish_mode"));
        Assert.Equal("input/assets/img", Scalar(config, "media_folder"));
        Assert.Equal("/assets/img", Scalar(config, "public_folder"));
        Assert.True(result.Has("admin/index.html") && result.Has("admin/decap-cms.js") && result.Has("admin/LICENSE"));

        var collections = Sequence(config, "collections").Cast<YamlMappingNode>().ToDictionary(c => Scalar(c, "name")!);
        foreach (var type in ContentTypes.All)
        {
            var collection = collections[type.Name];
            Assert.Equal(type.Folder, Scalar(collection, "folder"));
            var fields = Sequence(collection, "fields").Cast<YamlMappingNode>().Where(f => Scalar(f, "name") != "body").ToList();
            Assert.Equal(type.Keys, fields.Select(f => Scalar(f, "name")));
            AssertRequiredMatches(type.Fields, fields, type.Name);
        }
        var settings = (YamlMappingNode)Sequence(collections["settings"], "files")[0];
        Assert.Equal("statiq.config", Scalar(settings, "file"));
        AssertRequiredMatches(SettingsScreen.Fields, Sequence(settings, "fields").Cast<YamlMappingNode>().ToList(), "settings");
    }

    private static void AssertRequiredMatches(IReadOnlyList<FieldSpec> specs, IReadOnlyList<YamlMappingNode> fields, string where)
    {
        Assert.Equal(specs.Count, fields.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            Assert.True(specs[i].Key == Scalar(fields[i], "name"), $"{where}: {specs[i].Key}");
            Assert.True((specs[i].Required ? "true" : "false") == Scalar(fields[i], "required"), $"{where}.{specs[i].Key} required");
            if (specs[i].Kind == FieldKind.Group) AssertRequiredMatches(specs[i].Fields, Sequence(fields[i], "fields").Cast<YamlMappingNode>().ToList(), $"{where}.{specs[i].Key}");
        }
    }

    [Fact]
    public void TheConfigOffersTheTeamAsAuthorsServicesAsARelationAndTheTagsInUse()
    {
        using var site = SiteWithEditor();
        var stories = Sequence(Config(site.Build()), "collections").Cast<YamlMappingNode>().Single(c => Scalar(c, "name") == "stories");
        var fields = Sequence(stories, "fields").Cast<YamlMappingNode>().ToDictionary(f => Scalar(f, "name")!);

        Assert.Equal("tb-author", Scalar(fields["author"], "widget"));
        Assert.Equal("anouk-visser", Scalar(Sequence(fields["author"], "options")[0], "value"));
        Assert.Equal("tb-date", Scalar(fields["date"], "widget"));
        Assert.Equal("tb-consent", Scalar(fields["consent"], "widget"));
        Assert.Equal("false", Scalar(fields["consent"], "default"));
        Assert.Equal("select", Scalar(fields["audience"], "widget"));
        Assert.Equal(KnownKeys.Audiences, Sequence(fields["audience"], "options").Select(o => Scalar(o, "value")));
        Assert.Equal("image", Scalar(fields["image"], "widget"));
        Assert.Equal("image", Scalar(fields["image_alt"], "image_field"));
        Assert.Contains("Al in gebruik: buurt, mantelzorg.", Scalar(fields["tags"], "hint"));
        var testimonials = Sequence(Config(site.Build()), "collections").Cast<YamlMappingNode>().Single(c => Scalar(c, "name") == "testimonials");
        var service = Sequence(testimonials, "fields").Cast<YamlMappingNode>().Single(f => Scalar(f, "name") == "service");
        Assert.Equal("relation", Scalar(service, "widget"));
        Assert.Equal("services", Scalar(service, "collection"));

        // An hourly wage has cents (14,50); a place in a list does not.
        var vacancies = Sequence(Config(site.Build()), "collections").Cast<YamlMappingNode>().Single(c => Scalar(c, "name") == "vacancies");
        var salary = Sequence(vacancies, "fields").Cast<YamlMappingNode>().Single(f => Scalar(f, "name") == "salary");
        var amounts = Sequence(salary, "fields").Cast<YamlMappingNode>().Where(f => Scalar(f, "name") is "min" or "max").ToList();
        Assert.Equal(2, amounts.Count);
        Assert.All(amounts, f => Assert.Equal("float", Scalar(f, "value_type")));
        var services = Sequence(Config(site.Build()), "collections").Cast<YamlMappingNode>().Single(c => Scalar(c, "name") == "services");
        Assert.Equal("int", Scalar(Sequence(services, "fields").Cast<YamlMappingNode>().Single(f => Scalar(f, "name") == "order"), "value_type"));
    }

    [Fact]
    public void TheRulesTheFormCannotMarkRequiredGoToTheWidgetsThatCheckThem()
    {
        // An activity's place may be one line in a file; `repeat.every` is needed once the repeat is used; a vacancy needs
        // an e-mail address or a web address to apply. Each was a file the form saved and the build refused (or could not edit).
        using var site = SiteWithEditor();
        var collections = Sequence(Config(site.Build()), "collections").Cast<YamlMappingNode>().ToDictionary(c => Scalar(c, "name")!);
        YamlMappingNode Field(string collection, string key) =>
            Sequence(collections[collection], "fields").Cast<YamlMappingNode>().Single(f => Scalar(f, "name") == key);

        var location = Field("activities", "location");
        Assert.Equal("tb-place", Scalar(location, "widget"));
        Assert.Equal(["name", "street", "postal_code", "city"], Sequence(location, "fields").Select(f => Scalar(f, "name")));
        var every = Sequence(Field("activities", "repeat"), "fields").Cast<YamlMappingNode>().Single(f => Scalar(f, "name") == "every");
        Assert.Equal(("tb-choice", "repeat", "false"), (Scalar(every, "widget"), Scalar(every, "group"), Scalar(every, "required")));
        // Open, so its message can be seen (Decap shows none inside a folded group); the other optional groups stay folded.
        Assert.Equal("false", Scalar(Field("activities", "repeat"), "collapsed"));
        Assert.Equal("true", Scalar(Field("activities", "registration"), "collapsed"));
        Assert.StartsWith("Kies hoe vaak", Scalar(every, "needed_message"));
        Assert.Equal("week", Scalar(Sequence(every, "options")[0], "value"));
        var email = Field("vacancies", "apply_email");
        Assert.Equal(("tb-text", "apply_url"), (Scalar(email, "widget"), Scalar(email, "one_of")));
        var url = Field("vacancies", "apply_url");
        Assert.Equal(("tb-text", "apply_email"), (Scalar(url, "widget"), Scalar(url, "one_of")));
    }

    [Fact]
    public void OnlyTheAdminFolderGetsTheEditorsLooserPolicy()
    {
        using var site = SiteWithEditor();
        var rules = HeaderRules(site.Build().Text("_headers"));

        Assert.DoesNotContain("Content-Security-Policy", rules["/*"].Keys);
        var admin = rules["/admin/*"]["Content-Security-Policy"];
        Assert.Contains("'unsafe-eval'", admin);
        Assert.Contains("https://api.github.com", admin);
        var strict = rules.Where(r => r.Key != "/admin/*" && r.Value.ContainsKey("Content-Security-Policy")).ToList();
        Assert.Contains(strict, r => r.Key == "/");
        Assert.Contains(strict, r => r.Key == "/verhalen/*");
        Assert.All(strict, r => Assert.DoesNotContain("unsafe", r.Value["Content-Security-Policy"]));
    }

    [Fact]
    public void ThePreviewAlwaysHasTheEditorSavingThroughItsOwnLocalBackend()
    {
        using var site = new FixtureSite();
        var result = new SiteEngine(site.Options() with { Mode = "preview", IncludeDrafts = true }).Build();

        var backend = ((YamlMappingNode)Config(result))["backend"];
        Assert.Equal("proxy", Scalar(backend, "name"));
        Assert.Equal("/api/v1", Scalar(backend, "proxy_url"));
    }

    [Fact]
    public void AnEditorWithoutARepositoryIsAnErrorThatSaysWhatToWrite()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\neditor:\n  backend: github\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("TB0101", error.Code);
        Assert.Contains("repo:", error.Help);
    }

    /// <summary>The <c>_headers</c> file as rules; two rules for one path (policy and caching) are joined.</summary>
    private static Dictionary<string, Dictionary<string, string>> HeaderRules(string text)
    {
        var rules = new Dictionary<string, Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0])) { current = rules.TryGetValue(line, out var had) ? had : rules[line] = []; continue; }
            var colon = line.IndexOf(':');
            current![line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return rules;
    }
}
