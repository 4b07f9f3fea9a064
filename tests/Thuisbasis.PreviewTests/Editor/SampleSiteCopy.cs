namespace Thuisbasis.PreviewTests.Editor;

/// <summary>
/// A temporary copy of the repository's sample site (settings, <c>input/</c> and the default theme with the editor), for
/// tests that save through the web editor; deleted when disposed.
/// </summary>
public sealed class SampleSiteCopy : IDisposable
{
    public SampleSiteCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "thuisbasis-editor-" + Guid.NewGuid().ToString("N")[..10]);
        var source = RepositoryRoot();
        File.Copy(Path.Combine(source, "statiq.config"), Path.Combine(Directory.CreateDirectory(Root).FullName, "statiq.config"));
        Copy(Path.Combine(source, "input"), Path.Combine(Root, "input"));
        Copy(Path.Combine(source, "themes"), Path.Combine(Root, "themes"));
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Site.sln niet gevonden boven " + AppContext.BaseDirectory);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
