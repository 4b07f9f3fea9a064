// The site host. Everything lives in the Thuisbasis engine; this file only hands over the arguments.
return await Thuisbasis.Cli.SiteHost.RunAsync(args);
