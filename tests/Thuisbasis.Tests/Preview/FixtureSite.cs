namespace Thuisbasis.Tests.Preview;

/// <summary>
/// A temporary copy of <c>tests/Fixtures/small-site</c> (two team members, five stories of which one is a draft and one
/// scheduled, a closed vacancy, a small theme of its own) that a test may edit freely; deleted when disposed.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    public FixtureSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "thuisbasis-preview-" + Guid.NewGuid().ToString("N")[..10]);
        Copy(Source, Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Saves the way many editors do: write a temp file next to it, then rename it over the original.</summary>
    public void Save(string relative, string text)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, full, overwrite: true);
    }

    public void SaveBytes(string relative, byte[] bytes)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full + ".tmp", bytes);
        File.Move(full + ".tmp", full, overwrite: true);
    }

    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        if (!text.Contains(oldText)) throw new InvalidOperationException($"`{oldText}` staat niet in {relative}.");
        Save(relative, text.Replace(oldText, newText));
    }

    /// <summary>The fixture in the repository, found by walking up from the test assembly.</summary>
    public static string Source
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Fixtures", "small-site");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new DirectoryNotFoundException("tests/Fixtures/small-site niet gevonden boven " + AppContext.BaseDirectory);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
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
