namespace Thuisbasis.Model;

/// <summary>
/// A property worked out from other properties of the same object (an output path from its address): templates may read
/// it, but fingerprints and comparisons skip it, since the properties it comes from already count.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DerivedAttribute : Attribute;
