using Thuisbasis.Model;

namespace Thuisbasis.Social;

/// <summary>
/// The share addresses each network documents for plain links. Opening one is the reader's own choice; until then
/// no request goes to any of these sites.
/// </summary>
public static class ShareLinks
{
    public static IReadOnlyList<ShareLink> For(string url, string title)
    {
        var u = Uri.EscapeDataString(url);
        var t = Uri.EscapeDataString(title);
        return
        [
            new("facebook", "Facebook", $"https://www.facebook.com/sharer/sharer.php?u={u}"),
            new("linkedin", "LinkedIn", $"https://www.linkedin.com/sharing/share-offsite/?url={u}"),
            new("whatsapp", "WhatsApp", $"https://wa.me/?text={Uri.EscapeDataString(title + " " + url)}"),
            new("x", "X", $"https://x.com/intent/post?text={t}&url={u}"),
            new("email", "E-mail", $"mailto:?subject={t}&body={u}"),
        ];
    }
}
