using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// How long an <c>Expect(…)</c> waits for the page to get where the test says. Playwright's default of 5 seconds is short
/// for a CI machine of 2 shared cores that starts Chromium and Pagefind's WebAssembly while other test projects build:
/// the search page once still said "Bezig met zoeken…" after 5 seconds. An expectation that holds returns at once, so a
/// longer limit only changes how long a real failure takes to be reported.
/// </summary>
internal static class ExpectTimeout
{
    public const float Milliseconds = 30_000;

    [ModuleInitializer]
    internal static void Set() => Assertions.SetDefaultExpectTimeout(Milliseconds);
}
