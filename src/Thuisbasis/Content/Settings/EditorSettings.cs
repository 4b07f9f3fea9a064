namespace Thuisbasis.Content.Settings;

/// <summary>
/// <c>editor:</c> in <c>statiq.config</c>: where the web editor at <c>/admin/</c> saves online. Without it a production
/// build has no <c>/admin/</c>; the preview always has one, saving straight into <c>input/</c>.
/// </summary>
public sealed record EditorSettings
{
    /// <summary>The Git hosts Decap CMS can save to, and whether each has the editorial workflow (drafts as pull requests).</summary>
    public static readonly IReadOnlyDictionary<string, bool> Backends = new Dictionary<string, bool>
    {
        ["github"] = true, ["gitlab"] = true, ["bitbucket"] = true, ["gitea"] = false, ["git-gateway"] = true,
    };

    public static readonly string[] Keys = ["backend", "repo", "branch", "workflow", "base_url", "auth_endpoint", "api_root", "app_id"];

    public required string Backend { get; init; }
    /// <summary><c>owner/name</c>; not needed for <c>git-gateway</c>.</summary>
    public string? Repo { get; init; }
    public string Branch { get; init; } = "main";
    /// <summary>A draft becomes a pull request (a deploy preview shows it) before it goes live; on where the host supports it.</summary>
    public bool Workflow { get; init; } = true;
    /// <summary>The OAuth server that logs writers in (for GitHub outside Netlify), e.g. <c>https://auth.voorbeeld.nl</c>.</summary>
    public string? BaseUrl { get; init; }
    public string? AuthEndpoint { get; init; }
    /// <summary>The Git host's API, for a self-hosted GitLab or Gitea.</summary>
    public string? ApiRoot { get; init; }
    /// <summary>GitLab's application id (PKCE login without a server).</summary>
    public string? AppId { get; init; }

    public bool UsesWorkflow => Workflow && Backends.GetValueOrDefault(Backend);

    /// <summary>The origins the editor talks to besides the site itself, for the <c>/admin/</c> Content-Security-Policy.</summary>
    public IReadOnlyList<string> ApiOrigins()
    {
        var list = new List<string>();
        if (ApiRoot is not null && Uri.TryCreate(ApiRoot, UriKind.Absolute, out var api)) list.Add(api.GetLeftPart(UriPartial.Authority));
        else if (Backend == "github") list.Add("https://api.github.com");
        else if (Backend == "gitlab") list.Add("https://gitlab.com");
        else if (Backend == "bitbucket") list.AddRange(["https://api.bitbucket.org", "https://bitbucket.org"]);
        if (BaseUrl is not null && Uri.TryCreate(BaseUrl, UriKind.Absolute, out var auth)) list.Add(auth.GetLeftPart(UriPartial.Authority));
        return list.Distinct().ToList();
    }

    internal static EditorSettings? Read(FieldReader root)
    {
        if (root.Map("editor") is not { } e) return null;
        e.WarnUnknownKeys(Keys);
        var backend = e.OneOf("backend", [.. Backends.Keys], required: true);
        var repo = e.Text("repo");
        if (backend is not null and not "git-gateway" && repo is null)
            e.Diagnostics.Error("TB0101", e.At("backend"), "Bij `editor` staat niet in welke repository de site staat.",
                "Voeg `repo: organisatie/website` toe: de naam van de repository zoals in het webadres van GitHub of GitLab.");
        else if (repo is not null && (repo.Count(c => c == '/') < 1 || repo.Any(c => c <= ' ' || c is '"' or '<' or '>' or '\\')))
        {
            e.Diagnostics.Error("TB0302", e.At("repo"), $"`editor.repo` is `{repo}`; dat is geen naam van een repository.",
                "Schrijf eigenaar en naam met een schuine streep ertussen, zoals `buurtkracht/website`.");
            repo = null;
        }
        string? Address(string key)
        {
            var value = e.Text(key);
            if (value is null) return null;
            if (Links.IsWebAddress(value)) return SiteAddress.Read(value, e.Diagnostics, e.At(key), "TB0302", $"editor.{key}");
            e.Diagnostics.Error("TB0302", e.At(key), $"`editor.{key}` is `{value}`; dat is geen webadres.", "Schrijf het volledige adres, met https:// ervoor.");
            return null;
        }
        var result = new EditorSettings
        {
            Backend = backend ?? "github", Repo = repo, Branch = e.Text("branch") ?? "main", Workflow = e.Flag("workflow") ?? true,
            BaseUrl = Address("base_url"), AuthEndpoint = e.Text("auth_endpoint"), ApiRoot = Address("api_root"), AppId = e.Text("app_id"),
        };
        return backend is null ? null : result;
    }
}
