using System.Text;

namespace Thuisbasis.Tests.Support;

/// <summary>
/// Generates broken and hostile content files from a seeded <see cref="Random"/>, so every failure can be replayed
/// from its seed and index. Each input says which category it belongs to, for the report.
/// </summary>
public sealed class BrokenInputs(int seed)
{
    private readonly Random _random = new(seed);

    public sealed record Input(string Category, string Name, byte[] Bytes);

    public static readonly string[] Categories =
        ["random-bytes", "truncated", "mutated", "deep-nesting", "alias-bomb", "binary", "unicode-noise", "markdown-bombs", "long-line"];

    private static readonly string Valid = """
        ---
        title: "Samen koken: elke dinsdag"
        date: 2026-03-14
        author: anouk-visser
        tags: [mantelzorg, "#buurt", taal]
        summary: Koken met buren.
        audience: [clients, carers]
        image: /assets/img/koken.jpg
        image_alt: Buren koken samen
        closing_date: 23-11-2026
        kind: volunteer
        location: Oost
        contact: { name: Anouk, email: anouk@test.example, phone: 020 123 45 67 }
        salary: { min: 2800, max: 3600, period: month }
        apply_email: werken@test.example
        consent: true
        name: Ria
        role: cliënt
        ---
        ## Wat we doen

        Elke **dinsdag** koken we [samen](/contact/). Kom ook!

        - eten
        - praten
        """;

    private const string YamlChars = ":-[]{}#\"'&*|>!%@`\t\n ,?~\\";

    public Input Next(int index)
    {
        var category = Categories[index % Categories.Length];
        var bytes = category switch
        {
            "random-bytes" => RandomBytes(_random.Next(0, 4096)),
            "truncated" => Utf8(Valid[.._random.Next(0, Valid.Length)]),
            "mutated" => Utf8(Mutate(Valid, _random.Next(1, 12))),
            "deep-nesting" => Utf8(DeepNesting()),
            "alias-bomb" => Utf8(AliasBomb()),
            "binary" => Binary(),
            "unicode-noise" => Utf8(UnicodeNoise()),
            "markdown-bombs" => Utf8(MarkdownBomb()),
            _ => Utf8("---\ntitle: " + new string('a', _random.Next(50_000, 500_000)) + "\n---\n" + new string('b', _random.Next(50_000, 500_000))),
        };
        return new Input(category, FileName(), bytes);
    }

    /// <summary>File names as people make them: spaces, accents, emoji, dots, dashes, scripts without a–z.</summary>
    public string FileName()
    {
        string[] parts = ["verhaal", "Mijn Verhaal", "café één", "ría", "日本語", "🎉", "..", "a.b", "-", " ", "Ünïcödé", "x_y", "2026-01-01-", "CON", "ا", "#tag", "~x"];
        var name = string.Concat(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => parts[_random.Next(parts.Length)])).Trim();
        return (name.Length == 0 ? "leeg" : name) + (_random.Next(10) == 0 ? ".markdown" : ".md");
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private byte[] RandomBytes(int length)
    {
        var b = new byte[length];
        _random.NextBytes(b);
        return b;
    }

    private string Mutate(string text, int edits)
    {
        var sb = new StringBuilder(text);
        for (var i = 0; i < edits && sb.Length > 0; i++)
        {
            var at = _random.Next(sb.Length);
            switch (_random.Next(3))
            {
                case 0: sb.Insert(at, YamlChars[_random.Next(YamlChars.Length)]); break;
                case 1: sb.Remove(at, 1); break;
                default: sb[at] = YamlChars[_random.Next(YamlChars.Length)]; break;
            }
        }
        return sb.ToString();
    }

    private string DeepNesting()
    {
        var depth = _random.Next(40, 20_000);
        return _random.Next(4) switch
        {
            0 => "---\ntitle: A\ntags: " + new string('[', depth) + new string(']', depth) + "\n---\nT.\n",
            1 => "---\ntitle: A\nx: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n---\nT.\n",
            2 => "---\ntitle: A\nx:\n" + string.Concat(Enumerable.Range(1, Math.Min(depth, 2000)).Select(i => new string(' ', i) + "- \n")) + "---\nT.\n",
            _ => "---\ntitle: A\nx: " + new string('[', depth) + "\n---\nT.\n",
        };
    }

    private string AliasBomb()
    {
        var levels = _random.Next(6, 12);
        var sb = new StringBuilder("---\ntitle: A\na0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i < levels; i++)
            sb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        var key = new[] { "tags", "audience", "title", "author", "contact", "salary" }[_random.Next(6)];
        sb.Append($"{key}: *a{levels - 1}\n---\nT.\n");
        return sb.ToString();
    }

    private byte[] Binary()
    {
        byte[][] headers = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [0xFF, 0xD8, 0xFF, 0xE0], [0x25, 0x50, 0x44, 0x46, 0x2D], [0x50, 0x4B, 0x03, 0x04], [0x7F, 0x45, 0x4C, 0x46]];
        return [.. headers[_random.Next(headers.Length)], .. RandomBytes(_random.Next(0, 8192))];
    }

    private string UnicodeNoise()
    {
        var sb = new StringBuilder("---\ntitle: ");
        for (var i = 0; i < _random.Next(10, 400); i++)
        {
            var c = _random.Next(6) switch
            {
                0 => (char)_random.Next(0xD800, 0xE000), // lone surrogates
                1 => "\u202E\u200B\uFEFF\u0000\u0085\u2028"[_random.Next(6)],
                2 => (char)_random.Next(0x20, 0x7F),
                3 => (char)_random.Next(0x80, 0x800),
                4 => YamlChars[_random.Next(YamlChars.Length)],
                _ => (char)_random.Next(0x3000, 0xA000),
            };
            sb.Append(c);
        }
        return sb.Append("\n---\n").Append(sb.ToString()).ToString();
    }

    private string MarkdownBomb()
    {
        var n = _random.Next(500, 8_000);
        var bomb = _random.Next(10) switch
        {
            0 => new string('>', n) + " x",
            1 => new string('*', n),
            2 => new string('[', n),
            3 => string.Concat(Enumerable.Repeat("- ", n)) + "x",
            4 => string.Concat(Enumerable.Repeat("*a **b ", n / 4)),
            5 => string.Concat(Enumerable.Repeat("<div>", n)),
            6 => string.Concat(Enumerable.Repeat("[a](", n)),
            7 => string.Concat(Enumerable.Repeat("|a", n)) + "\n" + string.Concat(Enumerable.Repeat("|-", n)),
            8 => "```\n" + new string('`', n),
            _ => string.Concat(Enumerable.Range(0, Math.Min(n, 3000)).Select(i => new string(' ', i * 2) + "- x\n")),
        };
        return "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nconsent: true\n---\n" + bomb;
    }
}
