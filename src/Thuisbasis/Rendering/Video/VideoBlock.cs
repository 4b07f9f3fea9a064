using Markdig.Parsers;
using Markdig.Syntax;

namespace Thuisbasis.Rendering.Video;

/// <summary>A paragraph that held nothing but <c>![title](video address)</c>, now a video of its own.</summary>
public sealed class VideoBlock(BlockParser? parser, VideoAddress address, string title) : LeafBlock(parser)
{
    public VideoAddress Address { get; } = address;
    /// <summary>What the writer wrote between the brackets, or "Video op YouTube" when that was empty.</summary>
    public string Title { get; } = title;
    /// <summary>True when the writer gave no title (a warning: a play button needs one to be understood).</summary>
    public bool Untitled { get; init; }
}
