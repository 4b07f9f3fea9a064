using System.Text.RegularExpressions;

namespace Thuisbasis.Tests.Support;

/// <summary>
/// A share card's address in the share tags carries what it shows (<c>?v=1a2b3c4d</c>, see <c>ShareCard.Version</c>),
/// so the networks fetch it again when it changes; tests that look for the file itself read the address without it.
/// </summary>
public static partial class SharedImages
{
    public static string? Unversioned(string? url) => url is null ? null : Version().Replace(url, "");

    [GeneratedRegex(@"\?v=[0-9a-f]{8}$")]
    private static partial Regex Version();
}
