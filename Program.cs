// The site host. Everything lives in the Thuisbasis engine; this file only hands over the arguments.
// First the heap is prepared for huge pages (Linux; see HugePages): a 1,000-story build spent 40% of its CPU time on
// first touches of fresh 4 KiB pages.
var hugePages = Thuisbasis.Cli.HugePages.Advise();
var exitCode = await Thuisbasis.Cli.SiteHost.RunAsync(args);
if (Environment.GetEnvironmentVariable("THUISBASIS_PHASES") == "1")
    Console.Error.WriteLine($"hugepages={hugePages} inuse={Thuisbasis.Cli.HugePages.InUse()}");
return exitCode;
