namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>All browser tests share one built site, one server and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Sample site in Chromium";
}
