using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content.Settings;

public static partial class SettingsReader
{
    private static readonly string[] SearchWords = ["true", "false"];

    /// <summary>
    /// <c>search: true</c> switches site search on (Pagefind indexes the built site, a search box appears in the header);
    /// absent or <c>false</c>: off, so a site without Node.js or Pagefind keeps building as before.
    /// </summary>
    private static bool ReadSearch(FieldReader r)
    {
        if (r.Node("search") is not { } node || !r.Has("search")) return false;
        const string help = "Schrijf `search: true` (zoeken aan) of `search: false` (zoeken uit).";
        if (node is not YamlScalarNode)
        {
            r.WrongKind("search", node, "`true` of `false`", help);
            return false;
        }
        var text = r.Text("search");
        switch (text?.ToLowerInvariant())
        {
            case null: return false;
            case "true" or "yes" or "ja" or "on" or "aan": return true;
            case "false" or "no" or "nee" or "off" or "uit": return false;
        }
        var near = Suggest.Closest(text, SearchWords);
        r.Diagnostics.Error("TB0103", r.At("search"), $"`search` is `{text}`, maar hier past alleen `true` of `false`.",
            (near is null ? "" : $"Bedoelde u `{near}`? ") + help);
        return false;
    }
}
