using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;
using ProviderSettings = Thuisbasis.Tests.Support.AnalyticsSites;

namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>
/// One small production site per analytics setting (none and each of the six providers), each with a YouTube and a
/// Vimeo video in a story, an open vacancy and a Mailchimp newsletter form, built by the engine and served on 127.0.0.1.
/// </summary>
public sealed class ProviderSites : IAsyncLifetime
{
    public const string VideoStory = "/verhalen/samen-naar-de-markt/";
    public const string Vacancy = "/vacatures/vrijwilliger-taalcafe/";
    public const string NewsletterAction = "https://testorg.us21.list-manage.com/subscribe/post?u=abc123&id=def456";

    /// <summary>Every analytics setting in turn: <c>none</c> and the six providers of <see cref="ProviderSettings.Providers"/>.</summary>
    public static readonly string[] Names = ["none", .. ProviderSettings.Providers.Keys];

    /// <summary>The hosts each setting asks for: its scripts and where they send to; nothing else may be contacted.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ExpectedHosts = new Dictionary<string, string[]>
    {
        ["none"] = [],
        ["plausible"] = ["plausible.io"],
        ["matomo"] = ["statistiek.test.example"],
        ["goatcounter"] = ["gc.zgo.at", "testorg.goatcounter.com"],
        ["umami"] = ["cloud.umami.is", "gateway.umami.is"],
        ["ga4"] = ["www.googletagmanager.com", "region1.google-analytics.com", "www.google-analytics.com"],
        ["custom"] = ["meten.test.example"],
    };

    private readonly List<StaticSiteServer> servers = [];
    private readonly List<FixtureSite> sites = [];
    private readonly Dictionary<string, (string BaseUrl, string Folder)> hosted = [];

    public (string BaseUrl, string Folder) this[string name] => hosted[name];

    public Task InitializeAsync()
    {
        foreach (var name in Names) hosted[name] = Build(name);
        return Task.CompletedTask;
    }

    private (string, string) Build(string name)
    {
        var site = ProviderSettings.With((name == "none" ? "" : ProviderSettings.Providers[name]) +
            $"newsletter:\n  provider: mailchimp\n  action: \"{NewsletterAction}\"\n");
        sites.Add(site);
        site.Write("input/stories/2026-03-14-samen-naar-de-markt.md", """
            ---
            title: Samen naar de markt
            date: 2026-03-14
            author: { name: Ria, role: bewoner }
            consent: true
            ---
            Ria vertelt hoe zij weer naar de markt gaat.

            ![Ria vertelt over de markt](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

            ![Het maatjesproject in beeld](https://vimeo.com/76979871)
            """);
        site.Write("input/vacancies/vrijwilliger-taalcafe.md", """
            ---
            title: Vrijwilliger bij het taalcafé
            date: 2026-11-01
            closing_date: 2026-12-31
            kind: volunteer
            location: Amsterdam-Oost
            contact: { name: Anouk Visser, email: anouk@test.example }
            apply_email: vacatures@test.example
            ---
            Help mee met Nederlandse les.
            """);
        var output = Path.Combine(site.Root, "output");
        var server = StaticSiteServer.Start(output);
        servers.Add(server);
        var result = new SiteEngine(site.Options() with { Output = output, BaseUrl = server.BaseUrl, Mode = "production" }).BuildAndWrite();
        if (!result.Succeeded) throw new InvalidOperationException($"The {name} site did not build: {string.Join("; ", result.Diagnostics)}");
        return (server.BaseUrl, output);
    }

    public async Task DisposeAsync()
    {
        foreach (var s in servers) await s.DisposeAsync();
        foreach (var s in sites) s.Dispose();
    }
}
