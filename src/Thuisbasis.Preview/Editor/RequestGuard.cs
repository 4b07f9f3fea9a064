using System.Net;
using Microsoft.AspNetCore.Http;

namespace Thuisbasis.Preview.Editor;

/// <summary>
/// Who may use the local backend: a browser on this computer, on a page of this preview. Refused: another computer
/// (even when the preview listens on the network with <c>--host</c>), a page of another site (its <c>Origin</c> differs),
/// a request without an <c>Origin</c>, a <c>Host</c> that is not this computer (DNS rebinding), and anything but a JSON POST
/// (a plain form from another site cannot send one without the browser asking first).
/// </summary>
public static class RequestGuard
{
    public sealed record Refused(int Status, string Message);

    public static Refused? Refusal(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
            return new Refused(StatusCodes.Status405MethodNotAllowed, "De redactie van de preview werkt alleen met POST.");
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
            return new Refused(StatusCodes.Status403Forbidden, "De redactie van de preview werkt alleen op deze computer.");
        if (!IsLoopbackHost(request.Host.Host))
            return new Refused(StatusCodes.Status403Forbidden, $"`{request.Host}` is niet deze computer; open de preview via localhost.");
        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host}";
        if (!string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
            return new Refused(StatusCodes.Status403Forbidden, $"Een verzoek van `{(origin.Length == 0 ? "onbekend" : origin)}` wordt geweigerd; alleen de redactie op {own}/admin/ mag opslaan.");
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return new Refused(StatusCodes.Status415UnsupportedMediaType, "De redactie stuurt JSON; dit verzoek niet.");
        if (request.ContentLength is > LocalBackend.MaxRequestBytes)
            return new Refused(StatusCodes.Status413PayloadTooLarge, "Dit bestand is te groot; een foto voor de site is kleiner dan 50 MB.");
        return null;
    }

    private static bool IsLoopbackHost(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
