namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>The repository's root: the first folder above the test binaries that holds <c>Site.sln</c>.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException(
            $"No folder containing Site.sln was found above {AppContext.BaseDirectory}; run the browser tests from inside the repository.");
    }
}
