namespace Thuisbasis.Content;

/// <summary>
/// A value with an identity of its own (a content file, a view of one, a tag or author index): the preview tracks what a
/// page reads of it member by member, under this key. Implemented explicitly, so templates and fingerprints never see it.
/// </summary>
public interface IHasIdentity
{
    /// <summary>The kind (<c>src:</c>, <c>view:</c>, <c>tag:</c>…) and the id within it.</summary>
    (string Kind, string Id) Identity { get; }
}

/// <summary>A record read from one content file: its identity is that file.</summary>
public interface IContentRecord : IHasIdentity
{
    Entry Entry { get; }

    (string Kind, string Id) IHasIdentity.Identity => ("src:", Entry.SourcePath);
}
