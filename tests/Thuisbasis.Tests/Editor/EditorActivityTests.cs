using System.Text.Json.Nodes;
using Thuisbasis.Content;
using Thuisbasis.Content.Model;
using Thuisbasis.Preview.Editor;
using Thuisbasis.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Tests.Editor;

/// <summary>The agenda in the web editor: its form comes from the same model the activity reader checks keys against.</summary>
public sealed class EditorActivityTests
{
    private static FixtureSite SiteWithEditor()
    {
        var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) +
            "\neditor:\n  backend: github\n  repo: buurtkracht/website\n  branch: main\n");
        site.Write("input/services/taalcafe.md", "---\ntitle: Taalcafé\nsummary: Samen Nederlands praten.\n---\nElke week.\n");
        return site;
    }

    private static string? Scalar(YamlNode map, string key) =>
        ((YamlMappingNode)map).Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;

    private static YamlSequenceNode Sequence(YamlNode map, string key) => (YamlSequenceNode)((YamlMappingNode)map).Children[new YamlScalarNode(key)];

    private static Dictionary<string, YamlMappingNode> Fields(YamlNode collection) =>
        Sequence(collection, "fields").Cast<YamlMappingNode>().ToDictionary(f => Scalar(f, "name")!);

    [Fact]
    public void TheConfigHasAnAgendaCollectionWithTitleStartAndLocationRequired()
    {
        using var site = SiteWithEditor();
        var result = site.Build();
        Assert.True(result.Diagnostics.Count == 0, result.Describe());
        var yaml = new YamlStream();
        yaml.Load(new StringReader(result.Text("admin/config.yml")));

        var agenda = Sequence(yaml.Documents[0].RootNode, "collections").Cast<YamlMappingNode>().Single(c => Scalar(c, "name") == "activities");
        Assert.Equal("input/activities", Scalar(agenda, "folder"));
        Assert.Equal("Agenda", Scalar(agenda, "label"));
        Assert.Equal("Activiteit", Scalar(agenda, "label_singular"));
        var fields = Fields(agenda);
        var required = fields.Values.Where(f => Scalar(f, "required") == "true").Select(f => Scalar(f, "name")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "title", "start", "location" }, required);
        Assert.Subset(new HashSet<string?> { "title", "start", "location", "body" }, required);

        Assert.Equal("tb-date", Scalar(fields["start"], "widget"));
        Assert.Equal("true", Scalar(fields["start"], "time"));
        Assert.Equal("string", Scalar(fields["end"], "widget"));
        var repeat = Fields(fields["repeat"]);
        Assert.Equal(["week", "2 weeks", "month"], Sequence(repeat["every"], "options").Select(o => Scalar(o, "value")));
        Assert.Equal("tb-date", Scalar(repeat["until"], "widget"));
        Assert.Equal("tb-date", Scalar(((YamlMappingNode)repeat["except"])["field"], "widget"));
        var location = Fields(fields["location"]);
        Assert.Equal(["name", "street", "postal_code", "city"], location.Keys);
        Assert.Equal("true", Scalar(location["name"], "required"));
        Assert.Contains("online", Scalar(fields["location"], "hint"));
        var registration = Fields(fields["registration"]);
        Assert.Equal("number", Scalar(registration["places"], "widget"));
        Assert.Equal("tb-flag", Scalar(registration["required"], "widget"));
        Assert.Null(Scalar(registration["required"], "default"));
        Assert.Equal("false", Scalar(fields["draft"], "default"));
        // Decap's list widget cannot open a file with `cancelled: true`; tb-cancelled reads both shapes.
        Assert.Equal("tb-cancelled", Scalar(fields["cancelled"], "widget"));
        Assert.Contains("hele activiteit", Scalar(fields["cancelled"], "hint"));
        Assert.Equal("team", Scalar(fields["contact"], "collection"));
        Assert.Equal("services", Scalar(fields["service"], "collection"));
        Assert.Equal("image", Scalar(fields["image_alt"], "image_field"));
    }

    [Fact]
    public void TheReadersKnowExactlyTheActivityKeysTheEditorOffers()
    {
        Assert.Equal(ContentTypes.Activity.Keys, KnownKeys.Activity);
        Assert.Equal(["every", "until", "except"], KnownKeys.Repeat);
        Assert.Equal(["name", "street", "postal_code", "city"], KnownKeys.Place);
        Assert.Equal(["required", "url", "email", "phone", "places"], KnownKeys.Registration);
    }

    [Fact]
    public void AnActivityAsTheEditorWritesItBuildsWithoutAnyMessage()
    {
        using var site = SiteWithEditor();
        // Decap's YAML: block style, times and dates unquoted, every key of the form filled in.
        const string activity = "---\ntitle: Breicafé\nstart: 2027-01-07 14:00\nend: 16:00\nrepeat:\n  every: week\n  until: 2027-06-24\n" +
            "  except:\n    - 2027-04-29\nlocation:\n  name: Buurthuis De Lindenhof\n  street: Lindenhof 12\n  postal_code: 1094 XK\n  city: Amsterdam\n" +
            "online_url: https://meet.test.example/breicafe\nprice: € 1,50 per keer\nregistration:\n  required: true\n  url: https://test.example/aanmelden\n" +
            "  email: aanmelden@test.example\n  phone: 020 123 45 67\n  places: 12\ncancelled:\n  - 2027-01-21\ncontact: anouk-visser\nservice: taalcafe\n" +
            "summary: Samen breien.\ntags:\n  - ontmoeten\naudience:\n  - clients\n  - carers\ndraft: false\n---\nNeem gerust iemand mee.\n";
        new LocalBackend(site.Root).Run("persistEntry", new JsonObject
        {
            ["entry"] = new JsonObject { ["slug"] = "breicafe", ["path"] = "input/activities/breicafe.md", ["raw"] = activity },
            ["assets"] = new JsonArray(),
            ["options"] = new JsonObject { ["commitMessage"] = "Opgeslagen" },
        });

        var result = site.Build();

        Assert.True(result.Diagnostics.Count == 0, result.Describe());
        Assert.True(result.Has("activiteiten/breicafe/index.html"));
    }

    [Fact]
    public void AOneOffActivityWithOnlyTheRequiredKeysBuildsWithoutAnyMessage()
    {
        using var site = SiteWithEditor();
        site.Write("input/activities/open-dag.md", "---\ntitle: Open dag\nstart: 2027-06-19\nlocation:\n  name: Buurthuis De Lindenhof\ndraft: false\n---\nKom langs.\n");

        var result = site.Build();

        Assert.True(result.Diagnostics.Count == 0, result.Describe());
        Assert.True(result.Has("activiteiten/open-dag/index.html"));
    }
}
