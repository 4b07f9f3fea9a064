namespace Thuisbasis.Tests.StructuredData;

/// <summary>
/// The part of the schema.org vocabulary (release 30.0, <c>data/releases/30.0/schemaorg-current-https.jsonld</c> in
/// github.com/schemaorg/schemaorg) that Thuisbasis writes: each type with its direct supertypes (<c>rdfs:subClassOf</c>),
/// each property with the types it is meant for (<c>schema:domainIncludes</c>) and the values it takes
/// (<c>schema:rangeIncludes</c>), and the enumeration members used as values. Copied from that file, not from memory. A
/// property or type that is not here fails <see cref="SchemaVocabularyTests"/>: look it up in the release and add it
/// with its domain and range, so nothing goes out that a search engine does not know.
/// </summary>
internal static class SchemaOrgTerms
{
    public static readonly Dictionary<string, string[]> Supertypes = new()
    {
        ["Article"] = ["CreativeWork"],
        ["BlogPosting"] = ["SocialMediaPosting"],
        ["BreadcrumbList"] = ["ItemList"],
        ["ContactPoint"] = ["StructuredValue"],
        ["Enumeration"] = ["Intangible"],
        ["EventAttendanceModeEnumeration"] = ["Enumeration"],
        ["EventStatusType"] = ["StatusEnumeration"],
        ["CreativeWork"] = ["Thing"],
        ["Event"] = ["Thing"],
        ["ImageObject"] = ["MediaObject"],
        ["Intangible"] = ["Thing"],
        ["ItemList"] = ["Intangible"],
        ["JobPosting"] = ["Intangible"],
        ["ListItem"] = ["Intangible"],
        ["MediaObject"] = ["CreativeWork"],
        ["MonetaryAmount"] = ["StructuredValue"],
        ["Offer"] = ["Intangible"],
        ["Organization"] = ["Thing"],
        ["Person"] = ["Thing"],
        ["Place"] = ["Thing"],
        ["PostalAddress"] = ["ContactPoint"],
        ["ProfilePage"] = ["WebPage"],
        ["PropertyValue"] = ["StructuredValue"],
        ["QuantitativeValue"] = ["StructuredValue"],
        ["SocialMediaPosting"] = ["Article"],
        ["StatusEnumeration"] = ["Enumeration"],
        ["StructuredValue"] = ["Intangible"],
        ["Thing"] = [],
        ["VirtualLocation"] = ["Intangible"],
        ["WebPage"] = ["CreativeWork"],
        ["WebSite"] = ["CreativeWork"],
    };

    public static readonly Dictionary<string, string[]> Domains = new()
    {
        ["address"] = ["Place", "Person", "GeoShape", "Organization", "GeoCoordinates"],
        ["addressCountry"] = ["PostalAddress", "GeoShape", "GeoCoordinates", "DefinedRegion"],
        ["addressLocality"] = ["PostalAddress"],
        ["author"] = ["Rating", "CreativeWork"],
        ["availableLanguage"] = ["ServiceChannel", "Course", "TouristAttraction", "ContactPoint", "LodgingBusiness"],
        ["baseSalary"] = ["EmployeeRole", "JobPosting"],
        ["caption"] = ["AudioObject", "VideoObject", "ImageObject"],
        ["contactPoint"] = ["HealthInsurancePlan", "Organization", "Person"],
        ["contactType"] = ["ContactPoint"],
        ["currency"] = ["MonetaryAmountDistribution", "DatedMoneySpecification", "LoanOrCredit", "MonetaryAmount", "ExchangeRateSpecification"],
        ["dateModified"] = ["CreativeWork", "DataFeedItem"],
        ["datePosted"] = ["RealEstateListing", "CDCPMDRecord", "SpecialAnnouncement", "JobPosting"],
        ["datePublished"] = ["Certification", "CreativeWork"],
        ["description"] = ["Thing"],
        ["directApply"] = ["JobPosting"],
        ["email"] = ["ContactPoint", "Organization", "Person"],
        ["employmentType"] = ["JobPosting"],
        ["endDate"] = ["EducationalOccupationalProgram", "MerchantReturnPolicySeasonalOverride", "Schedule", "CreativeWorkSeason", "Role", "Event", "CreativeWorkSeries", "DatedMoneySpecification"],
        ["eventAttendanceMode"] = ["Event"],
        ["eventStatus"] = ["Event"],
        ["headline"] = ["CreativeWork"],
        ["height"] = ["ShippingConditions", "MediaObject", "Person", "Product", "VisualArtwork", "OfferShippingDetails"],
        ["hiringOrganization"] = ["JobPosting"],
        ["identifier"] = ["Thing"],
        ["image"] = ["Thing"],
        ["inLanguage"] = ["CreativeWork", "WriteAction", "PronounceableText", "BroadcastService", "CommunicateAction", "LinkRole", "Event"],
        ["item"] = ["DataFeedItem", "ListItem"],
        ["itemListElement"] = ["ItemList"],
        ["jobLocation"] = ["JobPosting"],
        ["jobTitle"] = ["Person"],
        ["keywords"] = ["Organization", "Event", "Place", "CreativeWork", "Product"],
        ["location"] = ["InteractionCounter", "Action", "Organization", "Event"],
        ["logo"] = ["Product", "Brand", "Place", "Organization", "Service", "Certification"],
        ["maximumAttendeeCapacity"] = ["Event", "Place"],
        ["mainEntity"] = ["CreativeWork"],
        ["mainEntityOfPage"] = ["Thing"],
        ["maxValue"] = ["QuantitativeValue", "MonetaryAmount", "PropertyValue", "PropertyValueSpecification"],
        ["minValue"] = ["MonetaryAmount", "PropertyValue", "PropertyValueSpecification", "QuantitativeValue"],
        ["name"] = ["Thing"],
        ["offers"] = ["CreativeWork", "Product", "Service", "AggregateOffer", "EducationalOccupationalProgram", "MenuItem", "Trip", "Event"],
        ["organizer"] = ["Event"],
        ["position"] = ["CreativeWork", "ListItem"],
        ["postalCode"] = ["GeoCoordinates", "DefinedRegion", "PostalAddress", "GeoShape"],
        ["price"] = ["PriceSpecification", "TradeAction", "DonateAction", "Offer"],
        ["priceCurrency"] = ["Ticket", "TradeAction", "DonateAction", "Offer", "Reservation", "PriceSpecification"],
        ["propertyID"] = ["PropertyValue"],
        ["publisher"] = ["CreativeWork", "FinancialIncentive"],
        ["sameAs"] = ["Thing"],
        ["startDate"] = ["Role", "DatedMoneySpecification", "Event", "CreativeWorkSeries", "EducationalOccupationalProgram", "MerchantReturnPolicySeasonalOverride", "Schedule", "CreativeWorkSeason"],
        ["streetAddress"] = ["PostalAddress"],
        ["telephone"] = ["Organization", "Person", "Place", "ContactPoint"],
        ["title"] = ["JobPosting"],
        ["unitText"] = ["PropertyValue", "TypeAndQuantityNode", "UnitPriceSpecification", "QuantitativeValue"],
        ["url"] = ["Thing"],
        ["validThrough"] = ["Offer", "PriceSpecification", "Demand", "OpeningHoursSpecification", "LocationFeatureSpecification", "MonetaryAmount", "JobPosting", "FinancialIncentive"],
        ["value"] = ["MonetaryAmount", "PropertyValue", "QuantitativeValue"],
        ["width"] = ["VisualArtwork", "OfferShippingDetails", "ShippingConditions", "MediaObject", "Product"],
        ["workHours"] = ["JobPosting"],
        ["worksFor"] = ["Person"],
    };

    public static readonly Dictionary<string, string[]> Ranges = new()
    {
        ["address"] = ["Text", "PostalAddress"],
        ["addressCountry"] = ["Country", "Text"],
        ["addressLocality"] = ["Text"],
        ["author"] = ["Organization", "Person"],
        ["availableLanguage"] = ["Text", "Language"],
        ["baseSalary"] = ["PriceSpecification", "Number", "MonetaryAmount"],
        ["caption"] = ["Text", "MediaObject"],
        ["contactPoint"] = ["ContactPoint"],
        ["contactType"] = ["Text"],
        ["currency"] = ["Text"],
        ["dateModified"] = ["DateTime", "Date"],
        ["datePosted"] = ["DateTime", "Date"],
        ["datePublished"] = ["Date", "DateTime"],
        ["description"] = ["TextObject", "Text"],
        ["directApply"] = ["Boolean"],
        ["email"] = ["Text"],
        ["employmentType"] = ["Text"],
        ["endDate"] = ["DateTime", "Date"],
        ["eventAttendanceMode"] = ["EventAttendanceModeEnumeration"],
        ["eventStatus"] = ["EventStatusType"],
        ["headline"] = ["Text"],
        ["height"] = ["QuantitativeValue", "Distance"],
        ["hiringOrganization"] = ["Organization", "Person"],
        ["identifier"] = ["Text", "URL", "PropertyValue"],
        ["image"] = ["URL", "ImageObject"],
        ["inLanguage"] = ["Text", "Language"],
        ["item"] = ["Thing"],
        ["itemListElement"] = ["Text", "Thing", "ListItem"],
        ["jobLocation"] = ["Place"],
        ["jobTitle"] = ["Text", "DefinedTerm"],
        ["keywords"] = ["DefinedTerm", "Text", "URL"],
        ["location"] = ["Text", "PostalAddress", "VirtualLocation", "Place"],
        ["logo"] = ["URL", "ImageObject"],
        ["maximumAttendeeCapacity"] = ["Integer"],
        ["mainEntity"] = ["Thing"],
        ["mainEntityOfPage"] = ["CreativeWork", "URL"],
        ["maxValue"] = ["Number"],
        ["minValue"] = ["Number"],
        ["name"] = ["Text"],
        ["offers"] = ["Offer", "Demand"],
        ["organizer"] = ["Organization", "Person"],
        ["position"] = ["Text", "Integer"],
        ["postalCode"] = ["Text"],
        ["price"] = ["Text", "Number"],
        ["priceCurrency"] = ["Text"],
        ["propertyID"] = ["Text", "URL"],
        ["publisher"] = ["Organization", "Person"],
        ["sameAs"] = ["URL"],
        ["startDate"] = ["Date", "DateTime"],
        ["streetAddress"] = ["Text"],
        ["telephone"] = ["Text"],
        ["title"] = ["Text"],
        ["unitText"] = ["Text"],
        ["url"] = ["URL"],
        ["validThrough"] = ["DateTime", "Date"],
        ["value"] = ["StructuredValue", "Text", "Number", "Boolean"],
        ["width"] = ["QuantitativeValue", "Distance"],
        ["workHours"] = ["Text"],
        ["worksFor"] = ["Organization"],
    };

    /// <summary>The enumeration members written as values (<c>https://schema.org/EventCancelled</c>), with their type.</summary>
    public static readonly Dictionary<string, string> Members = new()
    {
        ["EventCancelled"] = "EventStatusType",
        ["EventScheduled"] = "EventStatusType",
        ["MixedEventAttendanceMode"] = "EventAttendanceModeEnumeration",
        ["OfflineEventAttendanceMode"] = "EventAttendanceModeEnumeration",
        ["OnlineEventAttendanceMode"] = "EventAttendanceModeEnumeration",
    };

    /// <summary>The type and every type above it.</summary>
    public static HashSet<string> WithSupertypes(string type)
    {
        var all = new HashSet<string>();
        var todo = new Stack<string>([type]);
        while (todo.TryPop(out var t))
            if (all.Add(t) && Supertypes.TryGetValue(t, out var up)) foreach (var s in up) todo.Push(s);
        return all;
    }
}
