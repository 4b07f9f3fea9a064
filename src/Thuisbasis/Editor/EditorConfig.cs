using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Thuisbasis.Content.Model;
using Thuisbasis.Model;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Editor;

/// <summary>
/// Writes <c>/admin/config.yml</c>, Decap CMS's configuration, from <see cref="ContentTypes"/> and
/// <see cref="SettingsScreen"/>: the same field lists the readers validate with, so the form cannot ask for a key the
/// build rejects or forget one it requires. It is written as JSON, which is YAML too, so every value is escaped by
/// <see cref="Utf8JsonWriter"/> and nothing a writer typed (a tag, a name) can break the file.
/// </summary>
public static class EditorConfig
{
    public const string MediaFolder = "input/assets/img";
    public const string PublicFolder = "/assets/img";
    /// <summary>The preview server's local-backend address (Decap's proxy protocol), relative to the site.</summary>
    public const string ProxyPath = "/api/v1";

    public static string Yaml(Site site, bool localBackend)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            Backend(w, site.Settings.Editor, localBackend);
            w.WriteString("locale", "nl");
            if (!localBackend) w.WriteString("site_url", site.Settings.Url);
            w.WriteString("media_folder", MediaFolder);
            w.WriteString("public_folder", PublicFolder);
            w.WriteStartObject("slug");
            w.WriteString("encoding", "ascii");
            w.WriteBoolean("clean_accents", true);
            w.WriteString("sanitize_replacement", "-");
            w.WriteEndObject();
            w.WriteStartArray("collections");
            var context = new FieldContext(site);
            foreach (var type in ContentTypes.All) Collection(w, type, context);
            SettingsCollection(w, context);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return "# Gemaakt door Thuisbasis uit het inhoudsmodel; wijzigingen hier gaan bij de volgende bouw verloren.\n" +
               Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Backend(Utf8JsonWriter w, EditorSettings? editor, bool localBackend)
    {
        w.WriteStartObject("backend");
        if (localBackend || editor is null)
        {
            w.WriteString("name", "proxy");
            w.WriteString("proxy_url", ProxyPath);
            w.WriteString("branch", editor?.Branch ?? "main");
            w.WriteEndObject();
            return;
        }
        w.WriteString("name", editor.Backend);
        if (editor.Repo is not null) w.WriteString("repo", editor.Repo);
        w.WriteString("branch", editor.Branch);
        if (editor.BaseUrl is not null) w.WriteString("base_url", editor.BaseUrl);
        if (editor.AuthEndpoint is not null) w.WriteString("auth_endpoint", editor.AuthEndpoint);
        if (editor.ApiRoot is not null) w.WriteString("api_root", editor.ApiRoot);
        if (editor.AppId is not null)
        {
            w.WriteString("app_id", editor.AppId);
            w.WriteString("auth_type", "pkce");
        }
        w.WriteEndObject();
        if (editor.UsesWorkflow) w.WriteString("publish_mode", "editorial_workflow");
    }

    /// <summary>
    /// Each collection names the photo folder itself (the same one), so Decap asks for the photos when an entry opens.
    /// With only the site-wide folder, Decap 3.x makes a new entry from the photo list as it was when the entry opened,
    /// even when it waited for that list (<c>createEmptyDraft</c>): a new entry opened from a bookmark, in a fresh page,
    /// had a media library that said there were no photos, and writers uploaded the same photo again. Online that costs
    /// one listing of the folder at the Git host each time an entry opens.
    /// </summary>
    private static void OwnMediaFolder(Utf8JsonWriter w)
    {
        w.WriteString("media_folder", "/" + MediaFolder);
        w.WriteString("public_folder", PublicFolder);
    }

    private static void Collection(Utf8JsonWriter w, ContentType type, FieldContext context)
    {
        w.WriteStartObject();
        w.WriteString("name", type.Name);
        w.WriteString("label", type.Label);
        w.WriteString("label_singular", type.LabelSingular);
        w.WriteString("folder", type.Folder);
        OwnMediaFolder(w);
        w.WriteBoolean("create", type.CanCreate);
        w.WriteString("extension", "md");
        w.WriteString("format", "frontmatter");
        w.WriteString("slug", type.NewFileName);
        w.WriteString("identifier_field", type.TitleKey);
        w.WriteString("summary", $"{{{{{type.TitleKey}}}}}");
        w.WriteStartArray("fields");
        foreach (var field in type.Fields) EditorFields.Write(w, field, context);
        if (type.BodyLabel is not null)
        {
            w.WriteStartObject();
            w.WriteString("name", "body");
            w.WriteString("label", type.BodyLabel);
            w.WriteString("widget", "markdown");
            w.WriteBoolean("required", false);
            if (type.BodyHint is not null) w.WriteString("hint", type.BodyHint);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void SettingsCollection(Utf8JsonWriter w, FieldContext context)
    {
        w.WriteStartObject();
        w.WriteString("name", "settings");
        OwnMediaFolder(w);
        w.WriteString("label", "Instellingen");
        w.WriteBoolean("delete", false);
        // Decap takes a file collection's format from the collection, not the file; `.config` says nothing itself.
        w.WriteString("format", "yaml");
        w.WriteStartArray("files");
        w.WriteStartObject();
        w.WriteString("name", "site");
        w.WriteString("label", "Instellingen van de site");
        w.WriteString("file", Thuisbasis.Content.Settings.SettingsReader.FileName);
        w.WriteStartArray("fields");
        foreach (var field in SettingsScreen.Fields) EditorFields.Write(w, field, context);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
