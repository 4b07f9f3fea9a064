namespace Thuisbasis.Content.Model;

/// <summary>The social networks a site or a team member may link to, and how each is named on the page and in the editor.</summary>
public static class SocialNetworks
{
    private static readonly (string Key, string Label)[] Networks =
    [
        ("linkedin", "LinkedIn"), ("instagram", "Instagram"), ("facebook", "Facebook"), ("x", "X"), ("youtube", "YouTube"),
        ("tiktok", "TikTok"), ("mastodon", "Mastodon"), ("bluesky", "Bluesky"), ("whatsapp", "WhatsApp"),
    ];

    public static readonly string[] Keys = [.. Networks.Select(n => n.Key)];

    /// <summary>"linkedin" → "LinkedIn"; an unknown network keeps its key.</summary>
    public static string Label(string network) =>
        Networks.FirstOrDefault(n => n.Key == network).Label ?? network;
}
