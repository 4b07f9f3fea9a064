namespace Thuisbasis.Model;

/// <summary>
/// Netlify's deploy contexts as build modes. <c>production</c> is the real site; <c>deploy-preview</c> (a pull request)
/// and <c>branch-deploy</c> (any other branch) show drafts and scheduled items, marked, on their own address, never indexed.
/// </summary>
public static class DeployContext
{
    public const string Production = "production";
    public const string DeployPreview = "deploy-preview";
    public const string BranchDeploy = "branch-deploy";

    public static readonly IReadOnlyList<string> All = [Production, DeployPreview, BranchDeploy];

    /// <summary>A build that Netlify publishes on a preview address (not the live preview server, not a local drafts build).</summary>
    public static bool IsPreviewDeploy(string mode) => mode is DeployPreview or BranchDeploy;
}
