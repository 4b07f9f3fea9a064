using System.Text.Json;
using Thuisbasis.Content.Model;
using Thuisbasis.Model;

namespace Thuisbasis.Editor;

/// <summary>What a field's widget offers from the site itself: the team to choose an author from, the tags in use.</summary>
internal sealed class FieldContext(Site site)
{
    public IReadOnlyList<(string Id, string Name)> Staff { get; } =
        [.. site.Team.OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (p.Id, p.Name))];

    /// <summary>The site's time zone (IANA id), in which a date with a time must exist (TB0145).</summary>
    public string TimeZone { get; } = site.Settings.TimeZone.Id;

    /// <summary>The most used tags first, so the hint names the ones a writer most likely means.</summary>
    public IReadOnlyList<string> Tags { get; } =
        [.. site.Tags.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal).Take(24).Select(t => t.Name)];
}

/// <summary>
/// One <see cref="FieldSpec"/> as a Decap CMS field: its widget, Dutch label and hint, and <c>required</c> exactly as the
/// readers require it. Dates, the author, alt texts and consent use the small widgets of <c>thuisbasis-editor.js</c>:
/// Decap's own date picker cannot read back both date forms the engine accepts, and its fields cannot be required only
/// when another field is set.
/// </summary>
internal static class EditorFields
{
    /// <param name="inOptionalGroup">
    /// Decap fills a new entry with every default, also inside groups; a switch there gets none, so an untouched optional
    /// group (an activity's <c>registration</c>) stays out of the file instead of being written as <c>{ required: false }</c>.
    /// </param>
    /// <param name="group">The key of the group the field is in, if any.</param>
    public static void Write(Utf8JsonWriter w, FieldSpec field, FieldContext context, bool inOptionalGroup = false, string? group = null)
    {
        w.WriteStartObject();
        w.WriteString("name", field.Key);
        w.WriteString("label", field.Label);
        w.WriteBoolean("required", field.Required);
        var hint = field.Hint;
        if (field.Key == "tags" && field.Kind == FieldKind.TextList && context.Tags.Count > 0)
            hint = (hint is null ? "" : hint + " ") + "Al in gebruik: " + string.Join(", ", context.Tags) + ".";
        if (hint is not null) w.WriteString("hint", hint);
        switch (field.Kind)
        {
            case FieldKind.Text when field.OneOf is var (other, message):
                // Decap's string field, with the readers' rule that this key or the other one is filled (TB0109).
                w.WriteString("widget", "tb-text");
                w.WriteString("one_of", other);
                w.WriteString("one_of_message", message);
                break;
            case FieldKind.Text: w.WriteString("widget", "string"); break;
            case FieldKind.LongText: w.WriteString("widget", "text"); break;
            case FieldKind.Date: w.WriteString("widget", "tb-date"); break;
            case FieldKind.DateTime:
                w.WriteString("widget", "tb-date");
                w.WriteBoolean("time", true);
                w.WriteString("timezone", context.TimeZone);
                break;
            case FieldKind.DateList:
                w.WriteString("widget", "list");
                w.WriteStartObject("field");
                w.WriteString("name", "date");
                w.WriteString("label", "Datum");
                w.WriteString("widget", "tb-date");
                w.WriteEndObject();
                break;
            case FieldKind.CancelledDates: w.WriteString("widget", "tb-cancelled"); break;
            case FieldKind.Colour: w.WriteString("widget", "color"); break;
            case FieldKind.Flag:
                w.WriteString("widget", field.IsConsent ? "tb-consent" : "tb-flag");
                if (!inOptionalGroup) w.WriteBoolean("default", false);
                break;
            case FieldKind.Number:
                w.WriteString("widget", "number");
                w.WriteString("value_type", field.Cents ? "float" : "int");
                break;
            case FieldKind.Choice when field.NeededWithGroup is { } needed && group is not null:
                // A select that is needed once the group is used, and shows a value written by hand that is not one of
                // the choices (`every: 3 weeks`) instead of an empty field.
                w.WriteString("widget", "tb-choice");
                w.WriteString("group", group);
                w.WriteString("needed_message", needed);
                Options(w, field.Options);
                break;
            case FieldKind.Choice or FieldKind.Choices:
                w.WriteString("widget", "select");
                if (field.Kind == FieldKind.Choices) w.WriteBoolean("multiple", true);
                Options(w, field.Options);
                break;
            case FieldKind.TextList: w.WriteString("widget", "list"); break;
            case FieldKind.Image:
                w.WriteString("widget", "image");
                w.WriteBoolean("choose_url", false);
                break;
            case FieldKind.ImageAlt:
                w.WriteString("widget", "tb-alt");
                w.WriteString("image_field", field.AltFor);
                break;
            case FieldKind.Service:
                Relation(w, "services", "title");
                break;
            case FieldKind.Staff:
                Relation(w, "team", "name");
                break;
            case FieldKind.Author:
                w.WriteString("widget", "tb-author");
                Options(w, context.Staff.Select(s => (s.Id, s.Name)).ToList());
                break;
            case FieldKind.Group:
                // Decap's group widget breaks on a line of text: every key shows the whole line and typing throws.
                w.WriteString("widget", field.MayBeOneLine ? "tb-place" : "object");
                // An optional group is folded away, unless a key in it has a rule the form checks (`repeat.every`): Decap
                // shows no message inside a folded group, so the writer would not see what to fix.
                w.WriteBoolean("collapsed", !field.Required && field.Fields.All(f => f.NeededWithGroup is null));
                w.WriteStartArray("fields");
                foreach (var sub in field.Fields) Write(w, sub, context, inOptionalGroup || !field.Required, field.Key);
                w.WriteEndArray();
                break;
        }
        w.WriteEndObject();
    }

    /// <summary>A choice of the items of another collection, saved as their file name (the id the readers resolve).</summary>
    private static void Relation(Utf8JsonWriter w, string collection, string titleKey)
    {
        w.WriteString("widget", "relation");
        w.WriteString("collection", collection);
        w.WriteString("value_field", "{{slug}}");
        w.WriteStartArray("search_fields");
        w.WriteStringValue(titleKey);
        w.WriteEndArray();
        w.WriteStartArray("display_fields");
        w.WriteStringValue(titleKey);
        w.WriteEndArray();
    }

    private static void Options(Utf8JsonWriter w, IReadOnlyList<(string Value, string Label)> options)
    {
        w.WriteStartArray("options");
        foreach (var (value, label) in options)
        {
            w.WriteStartObject();
            w.WriteString("label", label);
            w.WriteString("value", value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
