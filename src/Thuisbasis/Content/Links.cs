using System.Text.RegularExpressions;

namespace Thuisbasis.Content;

/// <summary>Checks on addresses that come from content, so nothing like <c>javascript:</c> ever becomes a link.</summary>
public static partial class Links
{
    public static bool IsEmail(string value) => Email().IsMatch(value);

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var u) && (u.Scheme == "https" || u.Scheme == "http") && !string.IsNullOrEmpty(u.Host);

    /// <summary>A path on this site (<c>/assets/x.png</c>) or a web address: the only kinds of link content may set.</summary>
    public static bool IsSafeLink(string value) =>
        IsWebAddress(value) || (value.StartsWith('/') && !value.StartsWith("//") && !value.Contains('\\'));

    /// <summary>
    /// Digits and a leading + only, for <c>tel:</c> links: "020 123 45 67" → "+31201234567". The trunk zero written in
    /// brackets after a country code ("+31 (0)20 …", as on many letterheads) is not dialled, so it is left out.
    /// </summary>
    public static string TelHref(string phone)
    {
        var digits = new string(TrunkZero().Replace(phone, "").Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        if (digits.StartsWith("00")) digits = "+" + digits[2..];
        else if (digits.StartsWith('0')) digits = "+31" + digits[1..];
        return "tel:" + digits;
    }

    /// <summary>
    /// The <c>tel:</c> address of <paramref name="phone"/> when it is one number a phone can dial, or null: "020 123 45 67
    /// (ma-vr 9-17 uur)" made <c>tel:+31201234567917</c>, a number nobody has (TB0263 warns; the text is shown without a link).
    /// </summary>
    public static string? DialHref(string? phone) => phone is not null && IsPhoneNumber(phone) ? TelHref(phone) : null;

    /// <summary>
    /// One number a tap-to-call link can dial: digits with spaces, dashes, dots, slashes or brackets, a + only in front.
    /// A Dutch number has nine digits after the 0 (0800 and 0900 numbers four to eight), another country's 8 to 15 in all
    /// (E.164), a short number such as 14 020 three to six. Two numbers in one value, or a word, would dial nonsense.
    /// </summary>
    public static bool IsPhoneNumber(string value)
    {
        if (!PhoneText().IsMatch(value)) return false;
        var dial = TelHref(value)["tel:".Length..];
        var digits = dial.TrimStart('+').Length;
        if (!dial.StartsWith('+')) return digits is >= 3 and <= 6;
        if (dial.StartsWith("+31", StringComparison.Ordinal) && dial.Length > 3)
            return dial[3] is '8' or '9' && dial.Length > 4 && dial[4] == '0' ? digits is >= 9 and <= 13 : digits == 11;
        return digits is >= 8 and <= 15;
    }

    /// <summary>"06 12 34 56 78" → "https://wa.me/31612345678".</summary>
    public static string WhatsappHref(string phone)
    {
        var tel = TelHref(phone)[4..].TrimStart('+');
        return "https://wa.me/" + tel;
    }

    [GeneratedRegex(@"^\s*\+?[0-9\s\-./()]+$")]
    private static partial Regex PhoneText();

    [GeneratedRegex(@"\(\s*0\s*\)")]
    private static partial Regex TrunkZero();

    [GeneratedRegex(@"^[^@\s<>""'()]+@[^@\s<>""'()]+\.[a-zA-Z]{2,}$")]
    private static partial Regex Email();
}
