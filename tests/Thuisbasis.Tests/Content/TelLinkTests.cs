using Thuisbasis.Content;

namespace Thuisbasis.Tests.Content;

/// <summary>A phone number as people write it on a letterhead becomes a tel: link a phone can dial.</summary>
public sealed class TelLinkTests
{
    [Theory]
    [InlineData("020 123 45 67", "tel:+31201234567")]
    [InlineData("06-12345678", "tel:+31612345678")]
    [InlineData("+31 20 123 45 67", "tel:+31201234567")]
    [InlineData("+31 (0)20 123 45 67", "tel:+31201234567")] // the (0) is not dialled from abroad, nor in a tel: link
    [InlineData("0031 (0)20 - 123 45 67", "tel:+31201234567")]
    [InlineData("+32 (0)2 123 45 67", "tel:+3221234567")]
    [InlineData("0800 1234", "tel:+318001234")]
    public void APhoneNumberBecomesTheNumberInInternationalForm(string written, string expected) =>
        Assert.Equal(expected, Links.TelHref(written));

    [Fact]
    public void AWhatsappNumberWrittenWithTheTrunkZeroInBracketsLinksToTheRightChat() =>
        Assert.Equal("https://wa.me/31612345678", Links.WhatsappHref("+31 (0)6 12 34 56 78"));
}
